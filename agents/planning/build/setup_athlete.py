"""What the athlete's situation changes: run-walk starts, masters recovery, comebacks."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.build.run_walk import LADDER, RUN_WALK_RUNS, first_step
from agents.planning.build.said import Said
from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.read_athlete import COMEBACK_EASY_WEEKS, CONTINUOUS_MIN

COMEBACK_GROWTH = 1.06
COMEBACK_START = 0.6


@dataclass(frozen=True)
class Athlete:
    """The athlete's adjustments to the plan, already reconciled with the level."""

    run_walk_step: int | None  # the run-walk ladder step of week 1; None: no run-walk
    run_walk_weeks: int
    continuous_limit_s: int | None
    masters: bool
    comeback: str | None
    growth: float
    start_factor: float
    no_speed_weeks: int
    quality_cap: int


def make_athlete(
    asked: Instructions, level: str, weeks: int, quality_cap: int, ultra: bool, said: Said
) -> tuple[Athlete, Said]:
    step, said = _run_walk_step(asked, level, ultra, said)
    run_walk_weeks = 0 if step is None else min(weeks, len(LADDER) - step)
    if step is not None:
        quote = asked.run_walk_quote or "run-walk"
        said = said.read(quote, _run_walk_meaning(step, run_walk_weeks))
        if run_walk_weeks == weeks:
            said = said.note(
                f"Note: the plan ends before continuous running: run-walk takes "
                f"{len(LADDER) - step} weeks from this start (Couch to 5K: 9 weeks in all)"
            )
    no_speed = asked.no_speed_weeks
    if asked.comeback and not no_speed:
        no_speed = COMEBACK_EASY_WEEKS[asked.comeback]
    if step is not None:
        # Continuous running first: no quality until four weeks after the last run-walk week.
        no_speed = max(no_speed, run_walk_weeks + 4)
    athlete = Athlete(
        run_walk_step=step,
        run_walk_weeks=run_walk_weeks,
        continuous_limit_s=asked.continuous_limit_s,
        masters=asked.masters,
        comeback=asked.comeback,
        growth=COMEBACK_GROWTH if asked.comeback else 1.08,
        start_factor=COMEBACK_START if asked.comeback else 1.0,
        no_speed_weeks=min(no_speed, weeks),
        # Masters recover more slowly; a comeback puts volume before intensity (Warden 2014).
        quality_cap=1 if asked.masters or asked.comeback else quality_cap,
    )
    return athlete, said


def _run_walk_step(
    asked: Instructions, level: str, ultra: bool, said: Said
) -> tuple[int | None, Said]:
    """Run-walk when the athlete cannot yet run continuously, or asks for it as a beginner."""
    limit = asked.continuous_limit_s
    cannot = asked.cannot_run_continuously and (limit is None or limit < CONTINUOUS_MIN * 60)
    # An ultra runner's walk breaks are walking breaks in long runs, not a run-walk start.
    wants_run_walk = asked.run_walk_asked and not ultra and (level == "beginner" or asked.comeback)
    if asked.couch_to_5k or cannot or wants_run_walk or asked.comeback == "bone":
        return (0 if asked.couch_to_5k or limit is None else first_step(limit)), said
    if asked.run_walk_asked:
        quote = asked.run_walk_quote
        if ultra:
            said = said.read(
                quote,
                "walking breaks: in long runs and the race, walk the steep climbs and a minute "
                "every 20-30 minutes; practise it in the long runs",
            )
        else:
            said = said.refuse(
                quote,
                "run-walk starts are for athletes who cannot yet run continuously; say so "
                '("can\'t run 10 minutes") or choose the beginner level',
            )
    return None, said


def _run_walk_meaning(step: int, weeks: int) -> str:
    run_s, walk_s, _ = LADDER[step]
    run = f"{run_s // 60} min" if run_s % 60 == 0 else f"{run_s} s"
    walk = f"{walk_s // 60} min" if walk_s % 60 == 0 else f"{walk_s} s"
    return (
        f"run-walk start (NHS Couch to 5K, Galloway): week 1 alternates {run} running and "
        f"{walk} walking after a brisk-walk warm-up, {RUN_WALK_RUNS} days a week; longer "
        f"running each week, continuous running from week {weeks + 1}"
    )
