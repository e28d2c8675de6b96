"""Filling a week with easy runs and trimming it into its volume bounds."""

from __future__ import annotations

from agents.planning.model import Day
from agents.planning.paces import Paces
from agents.planning.sessions import steady_day

STEP_MIN = 5


def training_m(days: list[Day]) -> int:
    """The week's volume without the race itself, which is not training load to plan."""
    return sum(day.distance_m for day in days if day.kind != "race")


def easy_minutes(remaining_km: float, count: int, paces: Paces, bounds: tuple[int, int]) -> int:
    """Whole five minutes per easy run to cover the remaining volume."""
    if count == 0:
        return 0
    per_run_s = max(0.0, remaining_km) / count * paces.zone_pace("z2")
    minutes = round(per_run_s / 60 / STEP_MIN) * STEP_MIN
    return min(max(minutes, bounds[0]), bounds[1])


def fit_week(days: list[Day], low_m: float, high_m: float, paces: Paces,
             bounds: tuple[int, int]) -> list[Day]:
    """Move easy runs five minutes at a time until the week lies within [low_m, high_m]."""
    days = list(days)
    for _ in range(60):
        volume = training_m(days)
        if volume > high_m:
            changed = _nudge(days, -STEP_MIN, paces, bounds)
        elif volume < low_m:
            changed = _nudge(days, STEP_MIN, paces, bounds)
        else:
            return days
        if not changed:
            return days
    return days


def _nudge(days: list[Day], step: int, paces: Paces, bounds: tuple[int, int]) -> bool:
    steady = [i for i, d in enumerate(days) if d.kind in ("easy", "recovery")]
    # Shorten the longest easy run first, lengthen the shortest first: keeps runs even.
    steady.sort(key=lambda i: days[i].duration_min, reverse=step < 0)
    for index in steady:
        day = days[index]
        minutes = day.duration_min + step
        low = bounds[0] if day.kind == "easy" else min(bounds[0], 20)
        if low <= minutes <= bounds[1]:
            days[index] = steady_day(day.kind, day.weekday, minutes, paces, day.strides, day.trail)
            return True
    return False
