"""The pure training-science core: planner, draft format, reader, structuring, validator."""

from __future__ import annotations

from collections.abc import Sequence

from agents.planning.draft_parse import parse_draft
from agents.planning.draft_render import draft_sections, render_draft
from agents.planning.model import Day, Plan, Race, Week
from agents.planning.params import Level, PlanParams, Preference
from agents.planning.plan_view import Violation
from agents.planning.planner import build_plan
from agents.planning.reading import (
    DraftHeader,
    DraftParseError,
    DraftReading,
    read_draft,
    week_count,
)
from agents.planning.structure import PlanResult, structure_plan, structure_week
from agents.planning.validate import validate_plan
from agents.planning.week_read import WeekReading, read_week
from schemas.notes import Note
from schemas.workout import LibraryWorkout

PROMPT_VERSION = "builtin-1"

__all__ = [
    "PROMPT_VERSION",
    "Day",
    "DraftHeader",
    "DraftParseError",
    "DraftReading",
    "Level",
    "Note",
    "Plan",
    "PlanParams",
    "PlanResult",
    "Preference",
    "Race",
    "Violation",
    "Week",
    "WeekReading",
    "build_plan",
    "draft_outline",
    "make_draft",
    "make_plan",
    "parse_draft",
    "read_draft",
    "read_week",
    "render_draft",
    "structure_plan",
    "structure_week",
    "validate_plan",
    "warning_notes",
    "week_count",
]


def make_draft(params: PlanParams) -> str:
    """The draft text for these parameters; equal parameters give equal text."""
    return render_draft(build_plan(params))


def draft_outline(params: PlanParams) -> list[str]:
    """The draft in sections (header, then one per week) for progress while streaming."""
    return draft_sections(build_plan(params))


def make_plan(
    params: PlanParams,
    draft_text: str,
    library: Sequence[LibraryWorkout] = (),
    preference: Preference = "ai_generate",
) -> PlanResult:
    """Read a coach's draft and structure it; the draft must have params.weeks weeks.

    The notes are, in order: what reading did not use or assumed, what structuring left
    out or replaced, and the validator's warnings.
    """
    reading = read_draft(draft_text)
    plan = reading.plan()
    if len(plan.weeks) != params.weeks:
        raise DraftParseError(
            None, f"the draft has {len(plan.weeks)} weeks but the request says {params.weeks}"
        )
    result = structure_plan(plan, params, library, preference)
    notes = [*reading.notes, *result.notes, *warning_notes(result, params)]
    return result.model_copy(update={"notes": notes})


def warning_notes(result: PlanResult, params: PlanParams) -> list[Note]:
    """Every training rule the plan breaks, as notes for the coach.

    A plan structured from a coach's draft is the coach's: a rule it breaks, even one the
    built-in planner itself never breaks (an error), is said, not refused.
    """
    return [
        Note(
            kind="warning",
            week=v.week,
            message=v.message if v.severity == "warning" else f"{v.message} (a hard rule)",
        )
        for v in validate_plan(result, params)
    ]
