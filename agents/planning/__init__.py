"""The pure training-science core, in rooms that say what happens inside:

    core          the vocabulary: parameters, the plan, paces, segments, small values
    instructions  reading the coach's free text (prompt, principle) into settings
    build         the built-in planner: a periodised plan from parameters
    draft         the draft text: writing a plan, reading coach-edited text back
    structure     a plan as structured Workouts and weekly_info
    check         the validator's training rules

This module is the facade: code outside `agents.planning` imports from here (or from a
room's `__init__`), never from a room's modules. No room does I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from agents.planning.build import Planned, build_plan, planned
from agents.planning.check import HARD_ZONES, Violation, validate_plan, validate_week
from agents.planning.core import (
    QUALITY_SUB_TYPES,
    WEEKDAY_NAMES,
    Day,
    Level,
    Paces,
    Plan,
    PlanParams,
    Preference,
    Race,
    Week,
    metres_in,
    paces_for,
    plan_monday,
    seconds_for,
)
from agents.planning.core.promises import Promise
from agents.planning.draft import (
    DraftHeader,
    DraftReadError,
    DraftReading,
    LineRead,
    WeekReading,
    diff_drafts,
    draft_sections,
    paces_line,
    read_draft,
    read_plan,
    read_week,
    render_day,
    render_draft,
    require_weeks,
    volume_note,
    week_count,
    weekdays_named,
    written_volume_m,
)
from agents.planning.structure import (
    PlanResult,
    day_workouts,
    place_week,
    structure_plan,
    structure_week,
    week_info,
)
from schemas.notes import Note
from schemas.workout import LibraryWorkout

PROMPT_VERSION = "builtin-1"

# Deprecated names, kept for callers written before "read" became the one verb for text.
DraftParseError = DraftReadError
parse_draft = read_plan

__all__ = [
    "HARD_ZONES",
    "PROMPT_VERSION",
    "QUALITY_SUB_TYPES",
    "WEEKDAY_NAMES",
    "Day",
    "DraftHeader",
    "DraftParseError",
    "DraftReadError",
    "DraftReading",
    "Level",
    "LineRead",
    "Note",
    "Paces",
    "Plan",
    "PlanParams",
    "PlanResult",
    "Planned",
    "Preference",
    "Promise",
    "Race",
    "Violation",
    "Week",
    "WeekReading",
    "build_plan",
    "day_workouts",
    "diff_drafts",
    "draft_outline",
    "make_draft",
    "make_plan",
    "metres_in",
    "paces_for",
    "paces_line",
    "parse_draft",
    "place_week",
    "plan_monday",
    "planned",
    "read_draft",
    "read_plan",
    "read_week",
    "render_day",
    "render_draft",
    "require_weeks",
    "seconds_for",
    "structure_plan",
    "structure_week",
    "validate_plan",
    "validate_week",
    "volume_note",
    "warning_notes",
    "week_count",
    "week_info",
    "weekdays_named",
    "written_volume_m",
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
    kept: Collection[int] = (),
) -> PlanResult:
    """Read a coach's draft and structure it; the draft must have params.weeks weeks.

    `kept`: the draft's line numbers the coach kept as the planner wrote them (read with
    confidence). The notes are, in order: what reading did not use, read or assumed, what
    structuring left out or replaced, and the validator's warnings.
    """
    reading = read_draft(draft_text, kept)
    plan = reading.plan()
    require_weeks(reading, params.weeks)
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
