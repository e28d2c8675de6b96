"""What the athlete's situation changes: run-walk starts, masters recovery, comebacks, the
return after a birth, a gentler ramp."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.build.run_walk import LADDER, RUN_WALK_RUNS, first_step
from agents.planning.build.said import Said
from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.read_athlete import COMEBACK_EASY_WEEKS, CONTINUOUS_MIN
from agents.planning.instructions.read_pregnancy import POSTPARTUM_RUN_WEEKS

GROWTH = 1.08
COMEBACK_GROWTH = 1.06
GENTLE_GROWTH = 1.05  # "gently", "conservative": about 5% a week
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
    postpartum: bool = False
    walk_weeks: int = 0  # walking and low-impact weeks before running (postpartum)


def make_athlete(
    asked: Instructions, level: str, weeks: int, quality_cap: int, ultra: bool, said: Said
) -> tuple[Athlete, Said]:
    walk_weeks = _walk_weeks(asked, weeks)
    step, said = _run_walk_step(asked, level, ultra, said)
    run_walk_weeks = 0 if step is None else min(weeks - walk_weeks, len(LADDER) - step)
    if step is not None and run_walk_weeks:
        said = _said_run_walk(asked, step, walk_weeks, run_walk_weeks, weeks, said)
    if asked.postpartum:
        said = said.note(POSTPARTUM_CAUTION)
        if asked.postpartum_weeks is None:
            said = said.note(
                "Note: how long ago was the birth? Running is not advised before 12 weeks "
                "postpartum: say it ('baby is 8 weeks old') and the plan walks until then"
            )
    no_speed = asked.no_speed_weeks
    if asked.comeback and not no_speed:
        no_speed = COMEBACK_EASY_WEEKS[asked.comeback]
    if step is not None:
        # Continuous running first: no quality until four weeks after the last run-walk week.
        no_speed = max(no_speed, walk_weeks + run_walk_weeks + 4)
    growth = COMEBACK_GROWTH if asked.comeback or asked.postpartum else GROWTH
    athlete = Athlete(
        run_walk_step=step,
        run_walk_weeks=walk_weeks + run_walk_weeks if step is not None else 0,
        continuous_limit_s=asked.continuous_limit_s,
        masters=asked.masters,
        comeback=asked.comeback,
        growth=GENTLE_GROWTH if asked.gentle else growth,
        start_factor=COMEBACK_START if asked.comeback else 1.0,
        no_speed_weeks=min(no_speed, weeks),
        # Masters recover more slowly; a comeback puts volume before intensity (Warden 2014).
        quality_cap=1 if asked.masters or asked.comeback or asked.postpartum else quality_cap,
        postpartum=asked.postpartum,
        walk_weeks=walk_weeks,
    )
    return athlete, said


def _said_run_walk(
    asked: Instructions, step: int, walk_weeks: int, run_walk_weeks: int, weeks: int, said: Said
) -> Said:
    quote = (
        asked.run_walk_quote
        or asked.quotes.get("postpartum")
        or asked.quotes.get("comeback")
        or "run-walk"
    )
    said = said.read(quote, _run_walk_meaning(step, walk_weeks + run_walk_weeks, asked))
    if walk_weeks + run_walk_weeks == weeks:
        said = said.note(
            f"Note: the plan ends before continuous running: run-walk takes "
            f"{len(LADDER) - step} weeks from this start (Couch to 5K: 9 weeks in all)"
        )
    return said


def already_running_postpartum(asked: Instructions) -> bool:
    """Running a weekly volume now, 12 weeks or more after the birth (or not said when): the
    walk-run stage of the return (Goom et al. 2019) is behind; the plan starts from that."""
    since = asked.postpartum_weeks
    return bool(asked.current_km) and (since is None or since >= POSTPARTUM_RUN_WEEKS)


def _walk_weeks(asked: Instructions, weeks: int) -> int:
    """Weeks of walking and low-impact work before running: until 12 weeks after the birth."""
    since = asked.postpartum_weeks
    if not asked.postpartum or since is None or since >= POSTPARTUM_RUN_WEEKS:
        return 0
    return min(weeks, POSTPARTUM_RUN_WEEKS - since)


def _run_walk_step(
    asked: Instructions, level: str, ultra: bool, said: Said
) -> tuple[int | None, Said]:
    """Run-walk when the athlete cannot yet run continuously, or asks for it as a beginner."""
    limit = asked.continuous_limit_s
    cannot = asked.cannot_run_continuously and (limit is None or limit < CONTINUOUS_MIN * 60)
    # An ultra runner's walk breaks are walking breaks in long runs, not a run-walk start.
    wants_run_walk = asked.run_walk_asked and not ultra and (level == "beginner" or asked.comeback)
    if (
        asked.couch_to_5k
        or cannot
        or wants_run_walk
        or asked.comeback == "bone"
        or (asked.postpartum and not already_running_postpartum(asked))
    ):
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


POSTPARTUM_CAUTION = (
    "Note: postpartum return (Goom, Donnelly & Brockwell 2019): run only from 12 weeks after "
    "the birth and with a symptom-free pelvic floor (no leaking, heaviness, dragging or pain); "
    "a check with a pelvic-health physiotherapist first is advised, all the more after a "
    "caesarean; stop and seek advice if symptoms appear; sleep, breastfeeding and energy "
    "intake matter: keep the runs easy on hard days"
)


def _run_walk_meaning(step: int, weeks: int, asked: Instructions) -> str:
    run_s, walk_s, _ = LADDER[step]
    run = f"{run_s // 60} min" if run_s % 60 == 0 else f"{run_s} s"
    walk = f"{walk_s // 60} min" if walk_s % 60 == 0 else f"{walk_s} s"
    source = "NHS Couch to 5K, Galloway"
    if asked.comeback == "bone":
        source = "Warden, Davis & Fredericson 2014: run-walk on alternate days after a bone injury"
    elif asked.postpartum:
        source = "Goom, Donnelly & Brockwell 2019: walk-run before running"
    start = "week 1" if not _walk_weeks(asked, 52) else f"week {_walk_weeks(asked, 52) + 1}"
    return (
        f"run-walk start ({source}): {start} alternates {run} running and "
        f"{walk} walking after a brisk-walk warm-up, {RUN_WALK_RUNS} days a week; longer "
        f"running each week, continuous running from week {weeks + 1}"
    )
