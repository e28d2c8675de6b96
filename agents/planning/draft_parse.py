"""Reading a (coach-edited) draft back into a plan, tolerating what coaches do to text."""

from __future__ import annotations

from agents.planning.model import Plan
from agents.planning.reading import DraftParseError, read_draft

__all__ = ["DraftParseError", "parse_draft"]


def parse_draft(text: str) -> Plan:
    """The plan a draft describes; the notes on what was not used or assumed are in
    `read_draft(text).notes`."""
    return read_draft(text).plan()
