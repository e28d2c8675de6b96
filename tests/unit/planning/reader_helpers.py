"""A real rendered draft to edit, and how to read one edited line of it back."""

from __future__ import annotations

from typing import Any

from planning_helpers import params

from agents.planning import Note, build_plan, read_draft, render_draft
from agents.planning.core.plan import WEEKDAY_NAMES, Day

PROMPT = "Half marathon at the end, goal 1:45:00"
PARAMS = params(2, "intermediate", PROMPT)
PLAN = build_plan(PARAMS)
DRAFT = render_draft(PLAN)


def with_line(line: str, week: int = 1, draft: str = DRAFT) -> str:
    """The draft with the line put in place of that week's lines for the same weekday(s),
    or, if it starts with no weekday, added after the week's last day line."""
    weekday = line[:3] if line[:3] in WEEKDAY_NAMES else None
    out, current, placed = [], 0, False
    for text in draft.splitlines():
        if text.startswith("Week "):
            current = int(text.split()[1])
        if current == week and weekday and text.startswith(weekday + ":"):
            if not placed:
                out.append(line)
                placed = True
            continue
        out.append(text)
        if current == week and not weekday and text.startswith("Sun:"):
            out.append(line)
    return "\n".join(out) + "\n"


def with_week(lines: list[str], week: int = 1, header: str | None = None) -> str:
    """The draft with that week's day lines replaced by these lines (and its header, if given,
    else the header without its volume)."""
    out, current = [], 0
    for text in DRAFT.splitlines():
        if text.startswith("Week "):
            current = int(text.split()[1])
            if current == week:  # the volume left out: the days below are new
                out.extend([header or text.rsplit(" | ", 1)[0], *lines])
                continue
        if current != week:
            out.append(text)
    return "\n".join(out) + "\n"


def read_line(line: str, week: int = 1) -> tuple[list[Day], list[Note], str]:
    """(the days read on the line's weekday, the notes about that line, the edited draft)."""
    draft = with_line(line, week)
    reading = read_draft(draft)
    number = draft.splitlines().index(line) + 1
    weekday = WEEKDAY_NAMES.index(line[:3]) + 1 if line[:3] in WEEKDAY_NAMES else None
    days = [d for d in reading.weeks[week - 1].week.days if d.weekday == weekday]
    notes = [n for n in reading.notes if n.line == number]
    return days, notes, draft


def fields(day: Day, expected: dict[str, Any]) -> dict[str, Any]:
    """The day's values of the fields a test names."""
    return {name: getattr(day, name) for name in expected}
