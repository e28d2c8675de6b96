"""Minutes first: time budgets and the first weeks of continuous running cap each day."""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.easy_days import returning
from agents.planning.build.run_walk import FIRST_CONTINUOUS_MIN
from agents.planning.build.sessions import distance_day, quality_day, steady_day
from agents.planning.build.setup import Setup
from agents.planning.build.week_fit import QUALITY_FLEX_MIN, core_minutes
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day
from agents.planning.core.segments import Shape, natural_distance_m
from agents.planning.instructions.asked import RunLimit

STEP_MIN = 5
SHORTEST_RETURN_MIN = 20  # the first continuous runs of Couch to 5K
LIMIT_MARGIN = 0.97  # a distance limit as minutes of easy running, strides and rounding aside
CAPPED_UNTIL_MIN = 45  # a continuous-running cap stops mattering once runs may be this long


def continuous_cap(week: int, setup: Setup) -> int | None:
    """How long any run may be while the athlete learns to run continuously, if capped."""
    athlete = setup.athlete
    if athlete is None:
        return None
    if athlete.run_walk_weeks:
        cap = FIRST_CONTINUOUS_MIN + STEP_MIN * (week - athlete.run_walk_weeks - 1)
    elif athlete.continuous_limit_s is not None:
        cap = athlete.continuous_limit_s // 60 + STEP_MIN * (week - 1)
    else:
        return None
    return cap if cap < CAPPED_UNTIL_MIN else None


def day_caps(week: WeekContext) -> dict[int, int]:
    """The most minutes each weekday may hold this week (weekdays without a cap are left out).

    A returning athlete's runs also grow at most 10% over the longest of the last four
    weeks (Frandsen 2025), in whole minutes: five-minute steps are too coarse for short runs.
    """
    frame, setup, paces = week.frame, week.setup, week.paces
    longest_km = week.progress.long_runs_km
    caps = dict(setup.limits.day_max_min)
    cap = continuous_cap(frame.number, setup)
    for limit in setup.limits.run_limits_in(frame.number):
        minutes = limit_minutes(limit, paces)
        if limit.long_only:
            caps[setup.long_day] = min(caps.get(setup.long_day, minutes), minutes)
        elif not limit.every_run and limit.held in ("", "short"):  # some days', all but long
            spared = {setup.long_day} if limit.held == "short" else set()
            for weekday in set(limit.days or range(1, 8)) - spared:
                caps[weekday] = min(caps.get(weekday, minutes), minutes)
    limited = run_limit_cap(week)
    if limited is not None:
        cap = limited if cap is None else min(cap, limited)
    if returning(setup) and longest_km:
        spike = int(max(longest_km[-4:]) * 1.10 * paces.zone_pace("z2") / 60)
        spike = max(spike, SHORTEST_RETURN_MIN)
        cap = spike if cap is None else min(cap, spike)
    if cap is not None:
        for weekday in range(1, 8):
            caps[weekday] = min(caps.get(weekday, cap), cap)
    return caps


def held_caps(week: WeekContext, caps: dict[int, int], easy_days: list[int]) -> dict[int, int]:
    """The caps of limits said of some runs ("easy runs under 45 minutes", "short runs under
    8 km") on the days this week's easy runs take: quality days and the long run are free of
    an easy-run limit; a week without a long run holds every run but a race to a short-run one."""
    caps = dict(caps)
    for limit in week.setup.limits.run_limits_in(week.frame.number):
        if limit.held and not limit.long_only:
            minutes = limit_minutes(limit, week.paces)
            for weekday in easy_days:
                if limit.holds_for(weekday, "easy"):
                    caps[weekday] = min(caps.get(weekday, minutes), minutes)
    return caps


def run_limit_cap(week: WeekContext) -> int | None:
    """The most minutes any run may last this week under the run limits asked, if any."""
    minutes = [
        limit_minutes(limit, week.paces)
        for limit in week.setup.limits.run_limits_in(week.frame.number)
        if limit.every_run
    ]
    return min(minutes, default=None)


def limit_minutes(limit: RunLimit, paces: Paces) -> int:
    """The minutes a run limit leaves a run: its time, or its distance at easy pace (with a
    margin for strides and rounding)."""
    if limit.seconds is not None:
        return limit.seconds // 60
    assert limit.metres is not None
    return int(limit.metres * LIMIT_MARGIN / 1000 * paces.zone_pace("z2") / 60)


def fit_session(week: WeekContext, day: Day, cap: int) -> Day:
    """A quality session within its day's minutes, and no further than that many minutes
    of easy running: a shorter warm-up, else less work, else an easy run."""
    setup, paces = week.setup, week.paces
    cap_m = cap * 60 / paces.zone_pace("z2") * 1000
    if day.duration_min <= cap and day.distance_m <= cap_m:
        return day
    minutes = min(cap, day.duration_min)
    while minutes - STEP_MIN >= core_minutes(day, paces) + QUALITY_FLEX_MIN and (
        natural_distance_m(Shape.of(day), minutes, paces) > cap_m
    ):
        minutes -= STEP_MIN
    fits = natural_distance_m(Shape.of(day), minutes, paces) <= cap_m
    if fits and core_minutes(day, paces) + QUALITY_FLEX_MIN <= minutes:
        return _resized(day, minutes, paces)
    week_km = day.distance_m / 1000 * 5
    for _ in range(8):
        week_km *= 0.8
        smaller = quality_day(week, day.kind, day.weekday, week_km)
        if smaller is not None and core_minutes(smaller, paces) + QUALITY_FLEX_MIN <= cap:
            resized = _resized(smaller, min(cap, smaller.duration_min), paces)
            if resized.distance_m <= cap_m:
                return resized
    return steady_day("easy", day.weekday, cap // STEP_MIN * STEP_MIN, paces, trail=setup.trail)


def _resized(day: Day, minutes: int, paces: Paces) -> Day:
    return day.model_copy(
        update={
            "duration_min": minutes,
            "distance_m": natural_distance_m(Shape.of(day), minutes, paces),
        }
    )


def week_minutes(days: list[Day]) -> int:
    return sum(day.duration_min for day in days if day.kind != "race")


def trim_to_budget(days: list[Day], max_min: int | None, paces: Paces) -> list[Day]:
    """Shorten easy runs, then the long run, five minutes at a time, until the week fits."""
    if max_min is None:
        return days
    days = list(days)
    for _ in range(200):
        if week_minutes(days) <= max_min:
            break
        steady = [i for i, d in enumerate(days) if d.kind in ("easy", "recovery", "long")]
        steady.sort(key=lambda i: (days[i].kind == "long", -days[i].duration_min))
        for index in steady:
            day = days[index]
            if day.duration_min - STEP_MIN >= 20:
                days[index] = _shorter(day, paces)
                break
        else:
            break
    return days


def _shorter(day: Day, paces: Paces) -> Day:
    if day.kind == "long" and not day.by_time:
        return distance_day("long", day.weekday, max(3000, day.distance_m - 1000), paces, day.trail)
    if day.kind == "long":
        return _resized(day, day.duration_min - STEP_MIN, paces)
    return steady_day(
        day.kind, day.weekday, day.duration_min - STEP_MIN, paces, day.strides, day.trail
    )


def hold_run_limits(week: WeekContext, days: list[Day]) -> list[Day]:
    """Every run within the distance limits of its week ("no run over 10 km for the first 3
    weeks", "max 10k midweek" on its days, "easy runs max 10 km" on easy runs), and the runs
    a time limit said of some kinds holds ("recovery runs max 30 min"): a minute shorter at a
    time, a long run to the limit, a session smaller."""
    limits = week.setup.limits.run_limits_in(week.frame.number)
    held = []
    for day in days:
        for limit in limits:
            if day.kind == "race" or not limit.holds_for(day.weekday, day.kind):
                continue
            if limit.metres is not None:
                day = _within_metres(week, day, limit.metres)
            elif limit.held and limit.seconds is not None and day.duration_min > limit.seconds / 60:
                day = _resized(day, limit.seconds // 60, week.paces)
        held.append(day)
    return held


def _within_metres(week: WeekContext, day: Day, metres: int) -> Day:
    paces = week.paces
    for _ in range(60):
        if day.distance_m <= metres or day.duration_min <= 10:
            break
        if day.kind == "long" and not day.by_time:
            day = distance_day("long", day.weekday, metres, paces, day.trail)
        elif day.is_quality:
            day = fit_session(week, day, day.duration_min - 1)
        else:
            day = _resized(day, day.duration_min - 1, paces)
    return day
