"""The pure training-science core: planner, draft format, parser, structuring, validator."""

from __future__ import annotations

from collections.abc import Sequence

from agents.planning.draft_parse import DraftParseError, parse_draft
from agents.planning.draft_render import draft_sections, render_draft
from agents.planning.model import Day, Plan, Race, Week
from agents.planning.params import Level, PlanParams, Preference
from agents.planning.plan_view import Violation
from agents.planning.planner import build_plan
from agents.planning.structure import PlanResult, structure_plan
from agents.planning.validate import validate_plan
from schemas.workout import LibraryWorkout

PROMPT_VERSION = "builtin-1"

__all__ = [
    "PROMPT_VERSION",
    "Day",
    "DraftParseError",
    "Level",
    "Plan",
    "PlanParams",
    "PlanResult",
    "Preference",
    "Race",
    "Violation",
    "Week",
    "build_plan",
    "draft_outline",
    "make_draft",
    "make_plan",
    "parse_draft",
    "render_draft",
    "structure_plan",
    "validate_plan",
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
    """Parse a coach's draft and structure it; the draft must have params.weeks weeks."""
    plan = parse_draft(draft_text)
    if len(plan.weeks) != params.weeks:
        raise DraftParseError(
            None, f"the draft has {len(plan.weeks)} weeks but the request says {params.weeks}"
        )
    return structure_plan(plan, params, library, preference)
