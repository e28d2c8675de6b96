"""The built-in planner: a periodised plan from parameters, deterministic for equal input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from agents.planning.easy_days import add_easy_days, easy_bounds
from agents.planning.model import Day, Plan, PlanPhase, Race, Week
from agents.planning.paces import Paces, paces_for
from agents.planning.params import Level, PlanParams
from agents.planning.periodise import WeekFrame, plan_frames
from agents.planning.schedule import quality_days, run_days
from agents.planning.sessions import distance_day, quality_day, quality_kinds, steady_day
from agents.planning.setup import LONG_SHARE, Setup, cycles, make_setup
from agents.planning.week_fit import fit_week, training_m

GROWTH = 1.08  # below the 10% warning line, so rounding never crosses it
CUTBACK = 0.78
TAPER_STEPS = {1: (0.5,), 2: (0.72, 0.5), 3: (0.8, 0.64, 0.5)}
LONG_MAX_MIN = 150


@dataclass
class Progress:
    """What earlier weeks leave behind for the next: reference volume and long runs."""

    reference_km: float | None = None
    previous_km: float | None = None
    long_runs_km: list[float] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def build_plan(params: PlanParams) -> Plan:
    """The periodised plan for these parameters."""
    setup = make_setup(params)
    paces = paces_for(setup.vdot)
    progress = Progress()
    weeks = [_build_week(frame, setup, paces, progress) for frame in plan_frames(setup)]
    race = Race(distance_m=setup.race.distance_m, goal_s=setup.race.goal_s) if setup.race else None
    notes = tuple(dict.fromkeys([*setup.notes, *progress.notes]))
    return Plan(
        level=cast(Level, setup.level),
        vdot=setup.vdot,
        race=race,
        notes=notes,
        weeks=tuple(weeks),
    )


def _cycle_peak_km(frame: WeekFrame, setup: Setup) -> float:
    cycles_after = max(0, len(cycles(setup.weeks)) - 1 - frame.cycle)
    return max(setup.start_km, setup.peak_km * 0.88**cycles_after)


def target_km(frame: WeekFrame, setup: Setup, progress: Progress) -> float:
    """This week's volume: grow, hold, cut back or taper from what came before."""
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
        return reference * 0.85
    return min(_cycle_peak_km(frame, setup), reference * GROWTH)


def long_km(
    frame: WeekFrame, week_km: float, setup: Setup, paces: Paces, progress: Progress
) -> float:
    """The long run: +10% at most over the last four weeks, within share and time caps."""
    recent = progress.long_runs_km[-4:]
    by_time = LONG_MAX_MIN * 60 / paces.zone_pace("z2")
    caps = [setup.long_max_km, week_km * long_share(setup), by_time]
    if frame.taper_step:
        caps.append(max(recent or [setup.long_start_km]) * (0.8 - 0.15 * frame.taper_step))
    elif frame.cutback and recent:
        caps.append(recent[-1] * 0.75)
    elif recent:
        caps.append(max(recent) * 1.10)
    else:
        caps.append(setup.long_start_km)
    return max(3.0, int(min(caps) * 2) / 2)


# Marathon plans (Higdon, Pfitzinger) take the long run to 32 km, 35-45% of the week:
# above Daniels' 30%, so the validator's long-run-share warning shows; the coach decides.
MARATHON_LONG_SHARE = {"beginner": 0.49, "intermediate": 0.36, "advanced": 0.32}


def long_share(setup: Setup) -> float:
    """The long run's share of the week; with 3-4 runs a week it cannot stay under 30%."""
    if setup.race is not None and setup.race.distance_m >= 42195:
        return MARATHON_LONG_SHARE[setup.level]
    if setup.level != "beginner" and setup.runs <= 4:
        return 0.35
    return LONG_SHARE[setup.level]


def quality_count(frame: WeekFrame, setup: Setup) -> int:
    """Quality sessions this week, by level, phase and the coach's wishes."""
    if frame.number <= setup.no_speed_weeks:
        return 0
    if frame.phase == "taper" or frame.race_week:
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
    if setup.quality_count is not None:
        count = setup.quality_count
    elif frame.number == 1:
        count = min(count, 1)  # a first week eases in: one light session, nothing stacked
    if setup.quality_max is not None:
        count = min(count, setup.quality_max)
    if frame.cutback:
        count = min(count, 0 if setup.level == "beginner" else 1)
    # Keep at least one easy run beside the long run: quality needs easy days around it.
    return max(0, min(count, setup.quality_cap, setup.runs - 2))


def volume_bounds(frame: WeekFrame, target: float, progress: Progress) -> tuple[float, float]:
    """The km a week may end at after rounding, so no ramp or cutback rule is broken."""
    reference, previous = progress.reference_km, progress.previous_km
    if reference is None or previous is None:
        return target * 0.9, target * 1.1
    if frame.phase == "taper" and frame.final_cycle:
        return target - reference * 0.04, target + reference * 0.04
    if frame.cutback or frame.phase == "taper":
        return previous * 0.705, previous * 0.83
    # Loading weeks may fall short of target (staying under the ramp line matters more),
    # but never below the week before: a coach reads a drop as an unmarked cutback.
    high = min(target * 1.06, reference * 1.095)
    low = min(max(target * 0.8, previous), high)
    # Room for one five-minute step above the floor, still under the ramp line.
    return low, min(max(high, low * 1.04), reference * 1.095)


def _build_week(frame: WeekFrame, setup: Setup, paces: Paces, progress: Progress) -> Week:
    week_km = target_km(frame, setup, progress)
    anchor = setup.race_day if frame.race_week else setup.long_day
    days_run = run_days(setup.runs, setup.rest_days, anchor)
    if frame.race_week:
        days_run = [d for d in days_run if d <= anchor]  # the plan ends with the race
    wanted = quality_count(frame, setup)
    chosen = quality_days(days_run, [anchor], wanted)
    if frame.race_week:
        chosen = [d for d in chosen if anchor - d >= 3][:1]
    elif len(chosen) < wanted:
        progress.notes.append(
            f"Note: week {frame.number}: {len(chosen)} of {wanted} quality "
            "sessions fit without back-to-back hard days"
        )
    days = _key_days(frame, setup, paces, progress, week_km, anchor, chosen)
    free = [d for d in days_run if d not in {day.weekday for day in days}]
    days = add_easy_days(frame, setup, paces, days, free, week_km)
    days = _fit(days, frame, setup, paces, volume_bounds(frame, week_km, progress))
    _remember(frame, days, progress)
    kept = tuple(
        sorted(
            (d for d in days if frame.number > 1 or d.weekday >= setup.start_weekday),
            key=lambda d: d.weekday,
        )
    )
    return Week(
        number=frame.number,
        phase=cast(PlanPhase, frame.phase),
        cutback=frame.cutback,
        focus=frame.focus,
        days=kept,
    )


def _fit(
    days: list[Day], frame: WeekFrame, setup: Setup, paces: Paces, bounds: tuple[float, float]
) -> list[Day]:
    """Fit the week into its volume bounds, size its sessions to it, then fit once more:
    shrinking a session must not leave a loading week below the one before."""
    low_m, high_m = bounds[0] * 1000, bounds[1] * 1000
    min_runs = 2 if setup.level == "beginner" else 3
    days = fit_week(days, low_m, high_m, paces, easy_bounds(frame, setup, days), min_runs)
    days = _resize_quality(days, frame, setup, paces)
    days = _cap_long_share(days, setup, paces)
    if training_m(days) < low_m:
        days = fit_week(days, low_m, high_m, paces, easy_bounds(frame, setup, days), min_runs)
    return days


def _key_days(
    frame: WeekFrame,
    setup: Setup,
    paces: Paces,
    progress: Progress,
    week_km: float,
    anchor: int,
    chosen: list[int],
) -> list[Day]:
    if frame.race_week and setup.race:
        goal = setup.race.goal_s
        race = distance_day("race", anchor, setup.race.distance_m, paces)
        if goal:
            race = race.model_copy(update={"duration_min": max(1, round(goal / 60))})
        days = [race]
    else:
        long_m = round(long_km(frame, week_km, setup, paces, progress) * 1000)
        days = [distance_day("long", anchor, long_m, paces, setup.trail)]
    for weekday, kind in zip(chosen, quality_kinds(frame, setup, len(chosen)), strict=True):
        session = quality_day(kind, weekday, week_km, setup, paces, frame)
        if session is not None:
            days.append(session)
    return days


def _resize_quality(days: list[Day], frame: WeekFrame, setup: Setup, paces: Paces) -> list[Day]:
    """Size quality sessions again from the week's final volume, which may be below target."""
    for _ in range(2):
        week_km = training_m(days) / 1000
        resized = []
        for day in days:
            if day.is_quality:
                smaller = quality_day(day.kind, day.weekday, week_km, setup, paces, frame)
                if smaller is None:
                    smaller = steady_day("easy", day.weekday, day.duration_min, paces)
                day = smaller if smaller.distance_m < day.distance_m else day
            resized.append(day)
        days = resized
    return days


def _cap_long_share(days: list[Day], setup: Setup, paces: Paces) -> list[Day]:
    """Shorten the long run if trimming easy runs left it above its share of the week."""
    share = max(0.49 if setup.level == "beginner" else 0.295, long_share(setup))
    total = training_m(days)
    result = []
    for day in days:
        if day.kind == "long" and day.distance_m > share * total:
            limit = total - day.distance_m
            new_m = int(share * limit / (1 - share) / 500) * 500
            day = distance_day("long", day.weekday, max(new_m, 3000), paces, day.trail)
        result.append(day)
    return result


def _remember(frame: WeekFrame, days: list[Day], progress: Progress) -> None:
    volume = training_m(days) / 1000
    previous = progress.previous_km
    reduced = (
        frame.cutback
        or frame.phase == "taper"
        or (previous is not None and volume <= previous * 0.85)
    )
    if not reduced or progress.reference_km is None:
        progress.reference_km = volume
    progress.previous_km = volume
    longest = max((d.distance_m for d in days if d.kind != "race"), default=0)
    progress.long_runs_km.append(longest / 1000)
