"""Periodisation: phases, cycles, cutbacks and taper laid over the plan's weeks."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.build.setup import Setup, cycles
from agents.planning.core.kinds import PLAN_PHASES, PlanPhase

FOCUS: dict[PlanPhase, str] = {
    "base": "aerobic foundation",
    "build": "threshold and strength",
    "peak": "race-specific sharpening",
    "taper": "freshen up for race day",
}
CYCLE_END_FOCUS = "absorb the cycle, recover"
CUTBACK_FOCUS = "cutback, absorb and recover"


@dataclass(frozen=True)
class WeekFrame:
    """A week's place in the plan, before any run is chosen."""

    number: int
    phase: PlanPhase
    cutback: bool
    cycle: int
    final_cycle: bool
    phase_week: int  # 0-based index inside its phase
    phase_length: int
    taper_step: int  # 1..taper_length inside a taper, else 0
    taper_length: int
    race_week: bool
    focus: str


def taper_length(length: int, setup: Setup, final: bool) -> int:
    """1-3 taper weeks when a cycle ends in a race or runs 8 weeks or more."""
    if not final:
        return 1
    if setup.race is not None:
        if setup.race.distance_m >= 42195:  # ultras too: 2-3 weeks (Koop)
            wanted = 3 if length >= 12 else 2
        elif setup.race.distance_m >= 21097:
            wanted = 2 if length >= 8 else 1
        else:
            wanted = 2 if length >= 16 else 1
        return min(wanted, length)
    if setup.athlete is not None and (
        setup.athlete.run_walk_weeks or setup.athlete.continuous_limit_s
    ):
        return 0  # learning to run continuously ends with running, not with a taper
    if length >= 8:
        return 2 if length >= 16 else 1
    return 0


def phase_lengths(length: int, setup: Setup, final: bool) -> list[tuple[PlanPhase, int]]:
    """Base, build, peak and taper weeks of one cycle."""
    taper = taper_length(length, setup, final)
    rest = length - taper
    base_share = 0.5 if setup.style == "lydiard" else 0.45
    peak = round(rest * 0.2) if rest >= 4 else (1 if rest == 3 else 0)
    build = round(rest * (1 - base_share - 0.2)) if rest >= 4 else (1 if rest >= 2 else 0)
    base = rest - peak - build
    easy = setup.no_speed_weeks if setup.athlete and setup.athlete.run_walk_weeks else 0
    if final and len(cycles(setup.weeks)) == 1 and base < min(easy, rest):
        # Run-walk and the first continuous weeks are base: build and peak share the rest.
        base = min(easy, rest)
        build = (rest - base + 1) // 2
        peak = rest - base - build
    lengths = dict(zip(PLAN_PHASES, (base, build, peak, taper), strict=True))
    return [(phase, weeks) for phase, weeks in lengths.items() if weeks > 0]


def plan_frames(setup: Setup) -> list[WeekFrame]:
    """Every week's frame, cycle after cycle, with cutbacks every few weeks."""
    frames: list[WeekFrame] = []
    sizes = cycles(setup.weeks)
    for cycle, size in enumerate(sizes):
        final = cycle == len(sizes) - 1
        phases = phase_lengths(size, setup, final)
        taper = dict(phases).get("taper", 0)
        for phase, length in phases:
            for index in range(length):
                number = len(frames) + 1
                step = index + 1 if phase == "taper" else 0
                frames.append(
                    WeekFrame(
                        number=number,
                        phase=phase,
                        cutback=False,
                        cycle=cycle,
                        final_cycle=final,
                        phase_week=index,
                        phase_length=length,
                        taper_step=step,
                        taper_length=taper,
                        race_week=final and number == setup.weeks and setup.race is not None,
                        focus=FOCUS[phase] if final or phase != "taper" else CYCLE_END_FOCUS,
                    )
                )
    race_weeks = {tune_up.week for tune_up in setup.tune_ups}
    return _mark_cutbacks(frames, setup.cutback_every, race_weeks)


def _mark_cutbacks(
    frames: list[WeekFrame], every: int, race_weeks: frozenset[int] | set[int] = frozenset()
) -> list[WeekFrame]:
    """A cutback after every-1 loading weeks; a taper or a tune-up race week counts as one.

    A cutback that would fall right before a taper comes a week early instead, so the last
    loading week leads into the taper and no four weeks pass without a lighter one.
    """
    marked: list[WeekFrame] = []
    loading = 0
    for index, frame in enumerate(frames):
        ahead = [f.phase for f in frames[index + 1 : index + 3]]
        next_is_taper = ahead[:1] == ["taper"]
        early = len(ahead) == 2 and ahead[0] != "taper" == ahead[1] and loading >= every - 2
        if frame.phase == "taper" or frame.number in race_weeks:
            loading = 0
        elif (loading >= every - 1 and not next_is_taper) or early:
            frame = WeekFrame(**{**frame.__dict__, "cutback": True, "focus": CUTBACK_FOCUS})
            loading = 0
        else:
            loading += 1
        marked.append(frame)
    return marked
