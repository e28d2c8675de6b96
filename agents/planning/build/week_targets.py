"""What a week aims at: its volume, the bounds it may end in, and its quality sessions."""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.setup import cycles
from agents.planning.build.tune_ups import after_tune_up
from agents.planning.build.week_runs import runs_in

CUTBACK = 0.78
RAMP_LINE = 1.095  # under the validator's 10% warning, with room for rounding
RAMP_ROOM = 0.015  # a gentler growth keeps a little room above its own rate
TAPER_STEPS = {1: (0.5,), 2: (0.72, 0.5), 3: (0.8, 0.64, 0.5)}


def _cycle_peak_km(week: WeekContext) -> float:
    """A cycle's peak: a step below the plan's peak per cycle still to come, never below
    the biggest week of the cycles before (a later cycle builds on the earlier ones)."""
    frame, setup = week.frame, week.setup
    cycles_after = max(0, len(cycles(setup.weeks)) - 1 - frame.cycle)
    return max(setup.start_km, setup.peak_km * 0.88**cycles_after, week.progress.best_km)


def target_km(week: WeekContext) -> float:
    """This week's volume: grow, hold, cut back or taper from what came before."""
    frame, setup, progress = week.frame, week.setup, week.progress
    reference, previous = progress.reference_km, progress.previous_km
    if reference is None or previous is None:
        return setup.start_km
    if frame.phase == "taper":
        if not frame.final_cycle:
            return previous * 0.76
        return reference * TAPER_STEPS[frame.taper_length][frame.taper_step - 1]
    if frame.cutback:
        return previous * CUTBACK
    if frame.cycle > 0 and frame.phase == "base" and frame.phase_week == 0:
        # A new cycle steps back from the last one's peak, never below its taper week.
        return max(reference * 0.85, previous)
    if after_tune_up(frame.number, setup):
        return min(_cycle_peak_km(week), reference)  # hold while the legs recover
    return min(_cycle_peak_km(week), reference * setup.growth)


def quality_count(week: WeekContext) -> int:
    """Quality sessions this week, by level, phase and the coach's wishes."""
    frame, setup = week.frame, week.setup
    if frame.number <= setup.no_speed_weeks:
        return 0
    asked = setup.quality_count
    if frame.race_week:
        return min(1, asked if asked is not None else 1)
    if asked is not None:  # a count asked holds in every week, cutbacks and taper too
        count = min(asked, setup.quality_max or asked)
        return max(0, min(count, setup.quality_cap, runs_in(frame.number, setup) - 2))
    if frame.phase == "taper":
        return 1
    if setup.level == "beginner":
        late_base = frame.phase_week >= frame.phase_length // 2
        count = 0 if frame.phase == "base" and not late_base else 1
    elif frame.phase == "base":
        count = (
            2
            if setup.level == "advanced"
            and frame.phase_week >= frame.phase_length // 2
            and setup.style != "lydiard"
            else 1
        )
    else:
        count = 2
    if frame.number == 1:
        count = min(count, 1)  # a first week eases in: one light session, nothing stacked
    if setup.quality_max is not None:
        count = min(count, setup.quality_max)
    if frame.cutback:
        count = min(count, 0 if setup.level == "beginner" else 1)
    # Keep at least one easy run beside the long run: quality needs easy days around it.
    return max(0, min(count, setup.quality_cap, runs_in(frame.number, setup) - 2))


def volume_bounds(week: WeekContext, target: float) -> tuple[float, float]:
    """The km a week may end at after rounding, so no ramp or cutback rule is broken."""
    frame, progress = week.frame, week.progress
    reference, previous = progress.reference_km, progress.previous_km
    # A volume limit said by the coach is a ceiling for every week.
    cap = week.setup.peak_km if week.setup.volume_capped else float("inf")
    if reference is None or previous is None:
        return target * 0.9, min(target * 1.1, cap)
    if frame.phase == "taper" and frame.final_cycle:
        return target - reference * 0.04, min(target + reference * 0.04, cap)
    if frame.cutback or frame.phase == "taper":
        return previous * 0.705, min(previous * 0.83, cap)
    # Loading weeks may fall short of target (staying under the ramp line matters more),
    # but never below the week before: a coach reads a drop as an unmarked cutback.
    ramp = min(RAMP_LINE, week.setup.growth + RAMP_ROOM)
    high = min(target * 1.06, reference * ramp, cap)
    # Under a limit, room below it: a run may go rather than the week break the limit.
    low = min(max(target * 0.8, previous), high, cap * 0.9)
    # Room for one five-minute step above the floor, still under the ramp line.
    return low, min(max(high, low * 1.04), reference * ramp, cap)
