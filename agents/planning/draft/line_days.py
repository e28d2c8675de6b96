"""What a draft line says about the week's shape, whoever reads its session: the weekdays it
names, and the volume a week's title claims (and the note when its days do not add up to it).

A model that reads a line must still put it on the days the coach named; these facts are
read here once, so the reader and a model's check agree on them.
"""

from __future__ import annotations

from agents.planning.draft.session_words import normalise
from agents.planning.draft.short_days import expand_short_days
from agents.planning.draft.week_lines import DAY_LIST_ANYWHERE, DAY_START, MAX_LINE, weekdays_of
from agents.planning.draft.week_title import read_title, title_parts
from schemas.notes import Note

# The header shows the volume to 0.1 km: a difference under this is rounding.
VOLUME_ROUNDING_M = 100


def weekdays_named(text: str) -> tuple[int, ...]:
    """The weekdays (1 = Monday) a line names: those it starts with ('Tue/Thu: ...'), else
    every one it mentions ('easy runs Tue and Thu'); none for a line that names no day."""
    lowered = expand_short_days(normalise(text[:MAX_LINE]))
    start = DAY_START.match(lowered)
    if start:
        return tuple(weekdays_of(start.group(1)))
    named: list[int] = []
    for listed in DAY_LIST_ANYWHERE.finditer(lowered):
        named.extend(day for day in weekdays_of(listed.group(0)) if day not in named)
    return tuple(named)


def written_volume_m(header: str) -> int | None:
    """The week's volume its title claims ('Week 3 | build | 42.5 km'), in metres, if any."""
    parts, _ = title_parts(header)
    return read_title(parts)[3]


def volume_note(number: int, line: int, header: str, actual_m: int) -> Note | None:
    """The note a week's title gets when its days add up to another volume than it claims."""
    written = written_volume_m(header)
    if written is None or abs(written - actual_m) <= VOLUME_ROUNDING_M:
        return None
    return volume_message(number, line, header, written, actual_m)


def volume_message(number: int, line: int, header: str, written_m: int, actual_m: int) -> Note:
    message = (
        f"the week's volume is the sum of its days, {actual_m / 1000:.1f} km, "
        f"not the {written_m / 1000:g} km written"
    )
    return Note(kind="changed", week=number, line=line, text=header, message=message)
