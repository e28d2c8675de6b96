"""The long run of a week: its size, its share of the week, and back-to-back weekend runs."""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.sessions import distance_day
from agents.planning.build.setup import Setup
from agents.planning.build.setup_volume import long_share_of
from agents.planning.build.week_fit import training_m
from agents.planning.build.week_runs import runs_in
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day
from agents.planning.core.segments import Shape, natural_distance_m

BACK_TO_BACK_SHARE = 0.55  # the Saturday run against Sunday's
TIME_STEP_MIN = 5
PAIR_FROM_MIN = 75


def long_km(week: WeekContext, week_km: float) -> float:
    """The long run: +10% at most over the last four weeks, within share and time caps."""
    frame, setup, paces = week.frame, week.setup, week.paces
    recent = week.progress.long_runs_km[-4:]
    by_time = setup.limits.long_max_min * 60 / paces.zone_pace("z2")
    caps = [setup.long_max_km, week_km * long_share(setup, runs_in(frame.number, setup)), by_time]
    if frame.taper_step:
        caps.append(max(recent or [setup.long_start_km]) * (0.8 - 0.15 * frame.taper_step))
    elif frame.cutback and recent:
        caps.append(recent[-1] * 0.75)
    elif recent:
        caps.append(max(recent) * 1.10)
    else:
        caps.append(setup.long_start_km)
    return max(3.0, int(min(caps) * 2) / 2)


def long_share(setup: Setup, runs: int) -> float:
    """The long run's share of the week; with 3-4 runs a week it cannot stay under 30%."""
    return long_share_of(setup.level, setup.race.distance_m if setup.race else None, runs)


def long_day(week: WeekContext, weekday: int, km: float, cap_min: int | None) -> Day:
    """A long run of at most km: by time on feet (whole five minutes from an hour) or by
    distance."""
    setup, paces = week.setup, week.paces
    pace = paces.zone_pace("z2")
    if not setup.limits.long_by_time:
        if cap_min is not None:
            km = min(km, int(cap_min * 60 / pace * 2) / 2)
        return distance_day("long", weekday, max(3000, round(km * 1000)), paces, setup.trail)
    minutes = int(km * pace / 60 + 0.01)  # 55.0 minutes stay 55 after float rounding
    if minutes >= 60:
        # Whole five minutes; a shorter run by the minute, or its 10% a week (under five
        # minutes) would round away and the long run, and the easy runs below it, never grow.
        minutes = minutes // TIME_STEP_MIN * TIME_STEP_MIN
    minutes = max(20, min(minutes, cap_min or minutes))
    return timed_long(weekday, minutes, paces, setup.trail)


def timed_long(weekday: int, minutes: int, paces: Paces, trail: bool) -> Day:
    return Day(
        weekday=weekday,
        kind="long",
        duration_min=minutes,
        distance_m=natural_distance_m(Shape("long"), minutes, paces),
        trail=trail,
        by_time=True,
    )


def back_to_back(week: WeekContext) -> bool:
    """Back-to-back long runs this week: build and peak, loading weeks only."""
    frame, setup = week.frame, week.setup
    return (
        setup.limits.back_to_back_day is not None
        and frame.phase in ("build", "peak")
        and not frame.cutback
        and not frame.race_week
    )


def long_enough_for_a_pair(week: WeekContext) -> bool:
    """Back-to-back long runs once the long run lasts 75 minutes or more: shorter, the pair
    would be two easy runs that swell a small week."""
    recent = week.progress.long_runs_km[-4:]
    minutes = max(recent, default=0) * week.paces.zone_pace("z2") / 60
    return minutes >= PAIR_FROM_MIN


def saturday_run(week: WeekContext, sunday: Day, weekday: int) -> Day:
    """The first of a back-to-back pair: about 60% of the second, at least an hour."""
    setup, paces = week.setup, week.paces
    if sunday.by_time:
        minutes = int(sunday.duration_min * BACK_TO_BACK_SHARE // TIME_STEP_MIN * TIME_STEP_MIN)
        minutes = min(max(60, minutes), sunday.duration_min)  # never longer than Sunday's
        return timed_long(weekday, minutes, paces, setup.trail)
    metres = int(sunday.distance_m * BACK_TO_BACK_SHARE / 500) * 500
    metres = min(max(8000, metres), sunday.distance_m)
    return distance_day("long", weekday, metres, paces, setup.trail)


def _share_held(week: WeekContext) -> float:
    """The most of the week the long run may carry once the week is fitted."""
    setup = week.setup
    runs = runs_in(week.frame.number, setup)
    return max(0.49 if setup.level == "beginner" else 0.295, long_share(setup, runs))


def share_volume_m(week: WeekContext, days: list[Day]) -> float:
    """The week's volume that holds its long run within its share (0 for ultras)."""
    longest = max((d.distance_m for d in days if d.kind == "long"), default=0)
    return 0.0 if week.setup.ultra else longest / _share_held(week)


def cap_long_share(week: WeekContext, days: list[Day]) -> list[Day]:
    """Shorten the long run if trimming easy runs left it above its share of the week."""
    setup, paces = week.setup, week.paces
    if setup.ultra:
        return days  # ultra weeks carry their weekend: the share rule is a road-running one
    share = _share_held(week)
    total = training_m(days)
    longest = max((d.distance_m for d in days if d.kind == "long"), default=0)
    result = []
    for day in days:
        if day.kind == "long" and day.distance_m == longest and day.distance_m > share * total:
            limit = total - day.distance_m
            new_m = int(share * limit / (1 - share) / 500) * 500
            if day.by_time:
                minutes = new_m / 1000 * paces.zone_pace("z2") / 60
                day = timed_long(day.weekday, max(20, int(minutes // 5 * 5)), paces, day.trail)
            else:
                day = distance_day("long", day.weekday, max(new_m, 3000), paces, day.trail)
        result.append(day)
    return result
