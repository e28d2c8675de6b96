"""The draft a coach edits: writing a plan as text, and reading (coach-edited) text back into
a plan, week by week and session by session, with a note for every line not used as written.

May import: `core`. Independent of the planner (`build`) and of the instruction readers.
"""

from agents.planning.draft.compare import diff_drafts
from agents.planning.draft.line_days import volume_note, weekdays_named, written_volume_m
from agents.planning.draft.read_draft import (
    DraftHeader,
    DraftReadError,
    DraftReading,
    read_draft,
    read_plan,
    require_weeks,
    week_count,
)
from agents.planning.draft.read_week import LineRead, WeekReading, read_week
from agents.planning.draft.render import draft_sections, paces_line, render_day, render_draft

__all__ = [
    "DraftHeader",
    "DraftReadError",
    "DraftReading",
    "LineRead",
    "WeekReading",
    "diff_drafts",
    "draft_sections",
    "paces_line",
    "read_draft",
    "read_plan",
    "read_week",
    "render_day",
    "render_draft",
    "require_weeks",
    "volume_note",
    "week_count",
    "weekdays_named",
    "written_volume_m",
]
