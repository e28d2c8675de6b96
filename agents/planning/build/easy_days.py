"""Easy days around the key sessions: how many the week's volume affords, how long, strides."""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.sessions import steady_day
from agents.planning.build.setup import Setup
from agents.planning.build.setup_volume import EASY_MINUTES
from agents.planning.build.week_fit import easy_minutes, training_m
from agents.planning.core.plan import Day
from agents.planning.core.promises import START_TOLERANCE, PromiseKind

RACE_WEEK_EASY_MAX_MIN = {"beginner": 40, "intermediate": 45, "advanced": 50}
RECOVERY_MAX_MIN = 40
SHORTEST_KEPT_MIN = 15


def keeps_runs(setup: Setup) -> bool:
    """Whether the plan promised a number of runs a week (then no light week drops one)."""
    return any(p.kind == "runs" for p in setup.promises)


def easy_bounds(week: WeekContext, days: list[Day]) -> tuple[int, int]:
    """Shortest and longest easy run: shorter in light weeks, never longer than the long run."""
    frame, setup = week.frame, week.setup
    shortest, longest = EASY_MINUTES[setup.level][0], setup.easy_max_min
    if returning(setup):
        shortest = min(shortest, EASY_MINUTES["beginner"][0])
        if any(p.kind == "ramp-max" for p in setup.promises):
            shortest = SHORTEST_KEPT_MIN  # the 10% rule over run-walk: shorter first runs
    if frame.phase == "taper":
        shortest -= 10 if setup.level != "beginner" else 5
    elif frame.cutback and setup.level != "beginner":
        shortest -= 5
    light = frame.cutback or frame.phase == "taper" or setup.volume_capped
    if light and keeps_runs(setup):
        # Every run is kept in a light week: shorter runs make it light instead.
        shortest = max(SHORTEST_KEPT_MIN, shortest - 5)
    if frame.race_week:
        longest = min(longest, RACE_WEEK_EASY_MAX_MIN[setup.level])
    long_minutes = [d.duration_min for d in days if d.kind == "long"]
    if long_minutes:
        # Short runs while returning: an easy run may be as long as the (short) long run.
        margin = 0 if returning(setup) else 5
        longest = max(shortest, min(longest, max(long_minutes) - margin))
    return shortest, longest


def returning(setup: Setup) -> bool:
    """Learning to run continuously, or coming back from injury: short runs are fine."""
    athlete = setup.athlete
    if athlete is None:
        return False
    return bool(
        athlete.comeback
        or athlete.postpartum
        or athlete.run_walk_weeks
        or athlete.continuous_limit_s
    )


def strides_days(week: WeekContext) -> int:
    """How many easy runs end with strides this week."""
    frame, setup = week.frame, week.setup
    if frame.number <= setup.no_speed_weeks or (frame.number == 1 and frame.phase == "base"):
        return 0
    if "strides" in setup.asked.avoided:  # 'no strides'
        return 0
    if setup.level == "beginner" and not setup.strides:
        return 1 if frame.phase in ("peak", "taper") else 0
    return 2 if setup.level == "advanced" and frame.phase != "taper" else 1


def add_easy_days(
    week: WeekContext,
    days: list[Day],
    free: list[int],
    week_km: float,
    caps: dict[int, int] | None = None,
) -> list[Day]:
    """Fill the free run days with easy runs sharing what is left of the week's volume;
    a day with a time cap gets at most its cap."""
    frame, setup, paces = week.frame, week.setup, week.paces
    caps = caps or {}
    bounds = easy_bounds(week, days)
    remaining = week_km - training_m(days) / 1000
    step = 1 if returning(setup) else 5
    minutes = easy_minutes(remaining, len(free), paces, bounds, step)
    strides_left = strides_days(week)
    added: list[Day] = []
    named = setup.session_days.get("strides")
    for weekday in sorted(free, key=lambda d: d != named):  # the day said for strides first
        cap = caps.get(weekday, minutes)
        if setup.runs >= 6 and weekday == setup.long_day % 7 + 1 and not frame.race_week:
            short = min(minutes, RECOVERY_MAX_MIN, cap)
            added.append(steady_day("recovery", weekday, max(short, 15), paces))
            continue
        strides = 0
        if strides_left > 0:
            strides, strides_left = (4 if frame.phase == "taper" else 6), strides_left - 1
        added.append(
            steady_day("easy", weekday, max(min(minutes, cap), 15), paces, strides, setup.trail)
        )
    return days + sorted(added, key=lambda d: d.weekday)


def strides_shortfall(week: WeekContext, days: list[Day]) -> list[tuple[PromiseKind, int, str]]:
    """Strides asked that the finished week has no easy run to end: back-to-back long runs or
    the sessions took every day (strides never go on a long run or a session)."""
    if strides_days(week) == 0 or any(d.strides for d in days):
        return []
    if sum(d.kind == "long" for d in days) > 1:
        why = "the back-to-back long runs leave no easy run to end with strides"
    else:
        why = "the week has no easy run to end with strides"
    return [("strides", week.frame.number, why)]


def start_shortfall(week: WeekContext, days: list[Day]) -> list[tuple[PromiseKind, int, str]]:
    """A volume said for now that week 1's runs cannot hold when none may outgrow the long run
    said ("40 km a week now, long run 12 km, 3 runs"): the shorter week is the safer one."""
    start = next((p for p in week.setup.promises if p.kind == "start-km"), None)
    longest = max((d.distance_m for d in days if d.kind == "long"), default=0)
    first_m = training_m(days)
    if week.frame.number != 1 or start is None or not start.metres or not longest:
        return []
    if first_m >= start.metres * (1 - START_TOLERANCE):
        return []
    if any(d.kind == "easy" and d.distance_m < longest * 0.8 for d in days):
        return []  # easy runs had room to grow: not this conflict
    runs = sum(d.kind != "rest" for d in days)
    why = (
        f"{runs} runs no longer than the {longest / 1000:.0f} km long run hold week 1 "
        f"to {first_m / 1000:.0f} km"
    )
    return [("start-km", 1, why)]


def easy_shortfalls(week: WeekContext, days: list[Day]) -> list[tuple[PromiseKind, int, str]]:
    """What the finished week's easy runs could not hold: strides, the volume said for now."""
    return [*strides_shortfall(week, days), *start_shortfall(week, days)]
