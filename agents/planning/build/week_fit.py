"""Filling a week with easy runs and trimming it into its volume bounds."""

from __future__ import annotations

from agents.planning.build.sessions import steady_day
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day
from agents.planning.core.segments import (
    Shape,
    core_totals,
    natural_distance_m,
    natural_duration_min,
)

SHORT_EASY_MIN = 20  # under a volume limit, easy runs shorten to this before one goes
STEP_MIN = 5
QUALITY_FLEX_MIN = 15
QUALITY_MAX_EASY_MIN = 40  # warm-up and cool-down together
LONG_STEP_M = 500


def training_m(days: list[Day]) -> int:
    """The week's volume without the race itself, which is not training load to plan."""
    return sum(day.distance_m for day in days if day.kind != "race")


def core_minutes(day: Day, paces: Paces) -> float:
    """The fixed work of a session (repetitions and their recoveries), in minutes."""
    return core_totals(Shape.of(day), paces)[0] / 60


def easy_minutes(
    remaining_km: float, count: int, paces: Paces, bounds: tuple[int, int], step: int = STEP_MIN
) -> int:
    """Whole `step` minutes (five, or one for short runs back to running) per easy run to
    cover the remaining volume."""
    if count == 0:
        return 0
    per_run_s = max(0.0, remaining_km) / count * paces.zone_pace("z2")
    minutes = round(per_run_s / 60 / step) * step
    return min(max(minutes, bounds[0]), bounds[1])


def fit_week(
    days: list[Day],
    low_m: float,
    high_m: float,
    paces: Paces,
    bounds: tuple[int, int],
    min_runs: int = 3,
    caps: dict[int, int] | None = None,
    step_min: int = STEP_MIN,
) -> list[Day]:
    """Move easy runs five minutes at a time until the week lies within [low_m, high_m].

    When every easy run is already as short as it may be, one is dropped instead: a
    lighter week with one run fewer beats a cutback or taper that cuts nothing. `caps`
    holds the most minutes of some weekdays (time budgets), which no run outgrows; short
    runs move `step_min` minutes at a time (one, for an athlete back to running).
    """
    days = list(days)
    caps = caps or {}
    long_floor_m = max((d.distance_m for d in days if d.kind == "long"), default=0) * 0.9
    for _ in range(60):
        volume = training_m(days)
        if volume > high_m:
            changed = (
                _nudge(days, -step_min, paces, bounds, caps)
                or _trim_quality(days, paces)
                or _trim_long(days, paces, long_floor_m)
                or _drop_easy(days, min_runs, low_m)
            )
        elif volume < low_m:
            changed = _nudge(days, step_min, paces, bounds, caps) or _extend_quality(
                days, paces, caps
            )
        else:
            return days
        if not changed:
            return days
    return days


def _trim_quality(days: list[Day], paces: Paces) -> bool:
    """Shorten a quality session's warm-up and cool-down, never below 15 minutes together."""
    return _resize_quality(days, paces, -STEP_MIN, {})


def _extend_quality(days: list[Day], paces: Paces, caps: dict[int, int]) -> bool:
    """Lengthen a session's warm-up and cool-down when easy runs are already at their longest."""
    return _resize_quality(days, paces, STEP_MIN, caps)


def _resize_quality(days: list[Day], paces: Paces, step_min: int, caps: dict[int, int]) -> bool:
    """Resize the first quality session that can take `step_min` more (or fewer) minutes."""
    for index, day in enumerate(days):
        if not day.is_quality or day.kind == "marathon-pace":
            continue
        if day.duration_min + step_min > caps.get(day.weekday, day.duration_min + step_min):
            continue
        shape = Shape.of(day)
        core_s, _ = core_totals(shape, paces)
        minutes = day.duration_min + step_min
        easy_s = minutes * 60 - core_s
        # Shrinking keeps the easy part above its floor, growing keeps it under its ceiling.
        if easy_s >= QUALITY_FLEX_MIN * 60 if step_min < 0 else easy_s <= QUALITY_MAX_EASY_MIN * 60:
            days[index] = day.model_copy(
                update={
                    "duration_min": minutes,
                    "distance_m": natural_distance_m(shape, minutes, paces),
                }
            )
            return True
    return False


def _trim_long(days: list[Day], paces: Paces, floor_m: float) -> bool:
    """Shorten the long run by half a kilometre, at most 10% in all: gentler than losing a run."""
    for index, day in enumerate(days):
        if day.kind != "long":
            continue
        if day.by_time:  # a run sized by time on feet gives five minutes at a time
            minutes = day.duration_min - STEP_MIN
            distance = natural_distance_m(Shape("long"), minutes, paces)
        else:
            distance = day.distance_m - LONG_STEP_M
            minutes = natural_duration_min(Shape("long"), distance, paces)
        if distance >= floor_m and minutes >= 20:
            days[index] = day.model_copy(update={"distance_m": distance, "duration_min": minutes})
            return True
    return False


def _drop_easy(days: list[Day], min_runs: int, low_m: float) -> bool:
    easy = [d for d in days if d.kind in ("easy", "recovery")]
    if not easy or len(days) <= min_runs:
        return False
    shortest = min(easy, key=lambda d: (d.duration_min, -d.weekday))
    if training_m(days) - shortest.distance_m < low_m:
        return False
    days.remove(shortest)
    return True


def _nudge(
    days: list[Day], step: int, paces: Paces, bounds: tuple[int, int], caps: dict[int, int]
) -> bool:
    steady = [i for i, d in enumerate(days) if d.kind in ("easy", "recovery")]
    # Shorten the longest easy run first, lengthen the shortest first: keeps runs even.
    steady.sort(key=lambda i: days[i].duration_min, reverse=step < 0)
    for index in steady:
        day = days[index]
        minutes = day.duration_min + step
        low = bounds[0] if day.kind == "easy" else min(bounds[0], 20)
        high = min(bounds[1], caps.get(day.weekday, bounds[1]))
        if step > 0 and day.duration_min < high < minutes:
            minutes = high  # up to a cap in whole minutes: five are too many for a short run
        if low <= minutes <= high or (step < 0 and low <= minutes and day.duration_min > high):
            days[index] = steady_day(day.kind, day.weekday, minutes, paces, day.strides, day.trail)
            return True
    return False


def hold_ceiling(days: list[Day], ceiling_m: float, min_runs: int, paces: Paces) -> list[Day]:
    """A week under a volume limit the coach said, whatever the other bounds: easy runs get
    shorter (to 20 minutes), then one goes (while more than `min_runs` remain), then easy runs
    and the long run get shorter still. Shortening first keeps the week near the limit: a run
    dropped at once would leave it well below the week before."""
    days = list(days)
    for _ in range(300):
        if training_m(days) <= ceiling_m:
            break
        if not (
            _shorten_easy(days, paces, SHORT_EASY_MIN)
            or _drop_easy(days, min_runs, 0)
            or _shorten_any(days, paces)
        ):
            break
    return days


def _shorten_easy(days: list[Day], paces: Paces, floor_min: int) -> bool:
    """The longest easy run one minute shorter, down to `floor_min`."""
    steady = [
        i
        for i, d in enumerate(days)
        if d.kind in ("easy", "recovery") and d.duration_min > floor_min
    ]
    if not steady:
        return False
    index = max(steady, key=lambda i: days[i].duration_min)
    day = days[index]
    days[index] = steady_day(
        day.kind, day.weekday, day.duration_min - 1, paces, day.strides, day.trail
    )
    return True


def _shorten_any(days: list[Day], paces: Paces) -> bool:
    """The longest easy run one minute shorter (down to 10), else the long run 500 m, else a
    quality session becomes a 20-minute easy run."""
    if _shorten_easy(days, paces, 10):
        return True
    if _trim_long(days, paces, 0):
        return True
    # The easy run a session becomes is where the week's easy runs are (on trails or not).
    trail = any(d.trail for d in days if d.kind in ("easy", "recovery", "long"))
    for index, day in enumerate(days):
        if day.is_quality:
            days[index] = steady_day("easy", day.weekday, 20, paces, trail=day.trail or trail)
            return True
    return False
