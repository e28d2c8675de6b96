"""Postpartum return (Goom, Donnelly & Brockwell 2019): brisk walks and low-impact work before
running, and a strength session every week alongside the running."""

from __future__ import annotations

from agents.planning.build.context import WeekContext
from agents.planning.build.schedule import run_days
from agents.planning.build.week_runs import runs_in
from agents.planning.core.plan import Day

WALK_MIN = (30, 45)  # brisk walks: 30 minutes, 5 more each week, up to 45
STRENGTH_MIN = 20  # pelvic floor, core, hips and legs


def walk_week(week: WeekContext) -> list[Day]:
    """A week of brisk walks on the run days, longer each week (no running yet)."""
    setup, frame = week.setup, week.frame
    minutes = min(WALK_MIN[1], WALK_MIN[0] + 5 * (frame.number - 1))
    weekdays = run_days(runs_in(frame.number, setup), setup.rest_days, setup.long_day)
    return [cross_day(day, "walk", minutes) for day in weekdays]


def strength_day(week: WeekContext, days: list[Day]) -> Day | None:
    """A strength session on a free day that leaves the week its rest (two days for beginners,
    one otherwise); None when no day is free."""
    used = {d.weekday for d in days}
    rest_needed = 2 if week.setup.level == "beginner" else 1
    first = week.setup.start_weekday if week.frame.number == 1 else 1
    free = [d for d in (3, 5, 2, 4, 6, 1, 7) if d not in used and d >= first]
    if 7 - len(used) - 1 < rest_needed or not free:
        return None
    # Away from the long run and the race: the day before them stays free.
    before = week.setup.long_day - 1
    free.sort(key=lambda d: d == before)
    return cross_day(free[0], "strength", STRENGTH_MIN)


def cross_day(weekday: int, activity: str, minutes: int) -> Day:
    return Day(
        weekday=weekday,
        kind="cross-training",
        duration_min=minutes,
        distance_m=0,
        activity=activity,
    )
