"""A real rendered draft to edit, and how to read one edited line of it back."""

from __future__ import annotations

import re
from typing import Any

from planning_helpers import params

from agents.planning import Note, build_plan, read_draft, render_draft
from agents.planning.core.plan import WEEKDAY_NAMES, Day

PROMPT = "Half marathon at the end, goal 1:45:00"
LEADING_WEEKDAY = re.compile(r"^\W{0,3}(mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)
PARAMS = params(2, "intermediate", PROMPT)
PLAN = build_plan(PARAMS)
DRAFT = render_draft(PLAN)


def weekday_of(line: str) -> str | None:
    """The weekday a line starts with, as the draft writes it ('Sat' for '• sat) ...')."""
    found = LEADING_WEEKDAY.match(line)
    return found.group(1).title() if found else None


def with_line(line: str, week: int = 1, draft: str = DRAFT) -> str:
    """The draft with the line put in place of that week's lines for the same weekday(s),
    or, if it starts with no weekday, added after the week's last day line."""
    weekday = weekday_of(line)
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
    """(the days read on the line's weekday, the notes about that line other than the `read`
    note that shows every line outside the draft format back, the edited draft)."""
    days, notes, draft = read_line_notes(line, week)
    return days, [n for n in notes if n.kind != "read"], draft


def read_line_notes(line: str, week: int = 1) -> tuple[list[Day], list[Note], str]:
    """(the days read on the line's weekday, every note about that line, the edited draft)."""
    draft = with_line(line, week)
    reading = read_draft(draft)
    number = draft.splitlines().index(line) + 1
    name = weekday_of(line)
    weekday = WEEKDAY_NAMES.index(name) + 1 if name else None
    days = [d for d in reading.weeks[week - 1].week.days if d.weekday == weekday]
    notes = [n for n in reading.notes if n.line == number]
    return days, notes, draft


def fields(day: Day, expected: dict[str, Any]) -> dict[str, Any]:
    """The day's values of the fields a test names."""
    return {name: getattr(day, name) for name in expected}


def assert_honoured(line: str, expected: list[dict[str, Any]]) -> None:
    """The line, put in a real draft, gives these sessions on its weekday (the fields named),
    is shown back in one `read` note and no `not_used` one, and its canonical rendering
    reads back to the same plan with no note."""
    days, notes, draft = read_line_notes(line)
    assert len(days) == len(expected), (line, days)
    for day, wanted in zip(days, expected, strict=True):
        assert fields(day, wanted) == wanted, (line, day)
    read = [note for note in notes if note.kind == "read"]
    assert len(read) == 1 and read[0].message.startswith("read as: "), notes
    assert not [note for note in notes if note.kind == "not_used"], notes
    plan = read_draft(draft).plan()
    again = read_draft(render_draft(plan))
    assert again.plan() == plan and again.notes == []


def assert_not_used(line: str, message: str) -> None:
    """Nothing is used from the line, and its one note says so in these words."""
    days, notes, _ = read_line_notes(line)
    assert days == []
    assert [(n.kind, message in n.message) for n in notes] == [("not_used", True)], notes
