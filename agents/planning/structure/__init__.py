"""Turning a plan into the contract's structured Workouts and weekly_info: segments, names and
descriptions, dates from the start date, and the organisation's library workouts.

May import: `draft` (the words a workout's text shares with the draft) and `core`.
"""

from agents.planning.structure.library import choose_workout, find_match, from_library
from agents.planning.structure.workouts import (
    PlanResult,
    day_workouts,
    place_week,
    structure_plan,
    structure_week,
    week_info,
)

__all__ = [
    "PlanResult",
    "choose_workout",
    "day_workouts",
    "find_match",
    "from_library",
    "place_week",
    "structure_plan",
    "structure_week",
    "week_info",
]
