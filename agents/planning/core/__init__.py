"""The planner's vocabulary and arithmetic: request parameters, the plan, paces, segments, and
the small values coaches write (numbers, weekdays, race distances).

May import: the standard library, pydantic and `schemas`. Nothing else of the planner: every
other room builds on this one.
"""

from agents.planning.core.calendar import plan_monday, plan_week, week_monday, workout_date
from agents.planning.core.kinds import QUALITY_SUB_TYPES
from agents.planning.core.paces import Paces, format_clock, format_duration, paces_for
from agents.planning.core.params import Level, PlanParams, Preference
from agents.planning.core.plan import (
    QUALITY_KINDS,
    WEEKDAY_NAMES,
    Day,
    Kind,
    Plan,
    PlanPhase,
    Race,
    Week,
    WorkPace,
)
from agents.planning.core.segments import metres_in, seconds_for

__all__ = [
    "QUALITY_KINDS",
    "QUALITY_SUB_TYPES",
    "WEEKDAY_NAMES",
    "Day",
    "Kind",
    "Level",
    "Paces",
    "Plan",
    "PlanParams",
    "PlanPhase",
    "Preference",
    "Race",
    "Week",
    "WorkPace",
    "format_clock",
    "format_duration",
    "metres_in",
    "paces_for",
    "plan_monday",
    "plan_week",
    "seconds_for",
    "week_monday",
    "workout_date",
]
