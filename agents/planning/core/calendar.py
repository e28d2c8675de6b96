"""The plan's calendar: week 1 is the calendar week (Monday to Sunday) holding the start date,
day 1 is Monday, and no workout falls before the start date."""

from __future__ import annotations

import datetime


def week_monday(start: datetime.date) -> datetime.date:
    """The Monday of the calendar week holding `start`: plan week 1's first day."""
    return start - datetime.timedelta(days=start.weekday())


def plan_monday(start: datetime.date, week: int) -> datetime.date:
    """The Monday of plan week `week` (1-based)."""
    return week_monday(start) + datetime.timedelta(weeks=week - 1)


def workout_date(start: datetime.date, week: int, weekday: int) -> datetime.date:
    """The date of ISO weekday `weekday` (Monday = 1) in plan week `week`."""
    return plan_monday(start, week) + datetime.timedelta(days=weekday - 1)


def plan_week(start: datetime.date, day: datetime.date) -> int:
    """The plan week a date falls in (0 or less: before the plan's first week)."""
    return (day - week_monday(start)).days // 7 + 1
