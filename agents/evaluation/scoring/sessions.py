"""A draft as sessions per week and weekday, the unit the edit distance counts in.

A session the reader understood is its Day (two lines that read the same are the same
session); a day line it could not read is its text, so a coach's own words still count.
"""

import re
from dataclasses import dataclass, field

from agents.planning import Day, DraftParseError, read_draft

DAY_LINE = re.compile(r"^\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*:\s*(.*)$", re.IGNORECASE)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Session = Day | str
Slot = tuple[int, int]  # (week, weekday)


@dataclass(frozen=True)
class DraftSessions:
    """What a draft holds: sessions by (week, weekday), each week's volume, its header lines."""

    slots: dict[Slot, list[Session]] = field(default_factory=dict)
    weekly_volume_m: dict[int, int] = field(default_factory=dict)
    header_lines: tuple[str, ...] = ()
    readable: bool = True


def draft_sessions(text: str) -> DraftSessions:
    """The draft's sessions; a draft with no readable week gives none (readable=False)."""
    try:
        reading = read_draft(text)
    except DraftParseError:
        return DraftSessions(readable=False)
    slots: dict[Slot, list[Session]] = {}
    volumes: dict[int, int] = {}
    for week in reading.weeks:
        volumes[week.number] = week.week.volume_m
        for day in week.week.days:
            slots.setdefault((week.number, day.weekday), []).append(day)
        known = set(week.sources) | set(week.rest_lines)
        for number, line in week.lines:
            matched = DAY_LINE.match(line)
            if matched and number not in known and matched.group(2).strip():
                weekday = WEEKDAYS.index(matched.group(1).lower()) + 1
                words = " ".join(matched.group(2).lower().split())
                slots.setdefault((week.number, weekday), []).append(words)
    return DraftSessions(slots, volumes, reading.header.lines, readable=bool(reading.weeks))
