"""The tolerant reading of a week's lines: day lines as coaches write them, several weekdays
on a line, several sessions on a day, and prose lines that name their days."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.planning.core.plan import WEEKDAY_NAMES, Day
from agents.planning.core.values import WEEKDAY
from agents.planning.draft.day_sessions import sessions_of
from agents.planning.draft.read_session import SessionReader
from agents.planning.draft.session_words import normalise
from agents.planning.draft.short_days import expand_short_days
from schemas.notes import Note, NoteKind

# A line longer than this is not read: no day line is this long, and a bound keeps reading
# linear whatever the input.
MAX_LINE = 400
_SEPARATOR = r" ?(?:,|/|&|\+|\band\b|-|\u2013|\bto\b) ?"
_DAY = r"\b" + WEEKDAY
DAY_LIST = _DAY + r"(?:" + _SEPARATOR + _DAY + r")*"
# A bullet or a list's number may come first: "- Tue: ...", "1. Thu: ...".
_BULLET = r"^(?:[-*\u2022\u00b7]|\d{1,2}[.)])? ?"
DAY_START = re.compile(_BULLET + "(" + DAY_LIST + r")\.? ?[:\-\u2013\u2014|,)]* ?(.*)$")
DAY_LIST_ANYWHERE = re.compile(DAY_LIST)
ONE_DAY = re.compile(_DAY)
DAY_INDEX = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES, start=1)}
LINKING_WORDS = re.compile(r"\b(?:on|every|each)\b")
RANGE = re.compile(r"^ ?(?:-|\u2013|to) ?$")
CLAUSE_SPLIT = re.compile(r"[,;]|\.(?!\d)")


@dataclass
class WeekSoFar:
    """What the lines of a week gave so far, line by line."""

    sessions: list[tuple[int, Day]] = field(default_factory=list)
    rests: list[tuple[int, int, str]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    used: int = 0
    # Lines read with confidence: in the canonical format, or kept from the planner's draft.
    sure: set[int] = field(default_factory=set)
    # What the tolerant reader says about how it read a line, beside the reading itself.
    remarks: dict[int, list[str]] = field(default_factory=dict)


def note(kind: NoteKind, week: int, line: int, text: str, message: str) -> Note:
    return Note(kind=kind, week=week, line=line, text=text, message=message)


def read_line(
    week: int, line_no: int, text: str, sessions: SessionReader, so_far: WeekSoFar
) -> None:
    """A line as a coach may write it: a day line, or a prose line naming its days."""
    if len(text) > MAX_LINE:
        message = f"longer than {MAX_LINE} characters: not read"
        so_far.notes.append(note("not_used", week, line_no, text[:MAX_LINE], message))
        return
    lowered = expand_short_days(normalise(text))
    start = DAY_START.match(lowered)
    if start:
        weekdays = weekdays_of(start.group(1))
        read_sessions(week, line_no, text, weekdays, start.group(2), sessions, so_far)
    elif DAY_LIST_ANYWHERE.search(lowered):
        read_prose(week, line_no, text, lowered, sessions, so_far)
    else:
        message = "not a day line (a day line starts with a weekday, e.g. 'Tue: easy 40 min')"
        so_far.notes.append(note("not_used", week, line_no, text, message))


def weekdays_of(listed: str) -> list[int]:
    """The weekdays of 'mon/wed/fri', 'tue & thu', 'mon-fri' (a range), in order."""
    days: list[int] = []
    previous_end = None
    for match in ONE_DAY.finditer(listed):
        day = DAY_INDEX[match.group(0)[:3]]
        between = listed[previous_end : match.start()] if previous_end is not None else ""
        if days and RANGE.match(between) and day > days[-1]:
            days.extend(range(days[-1] + 1, day + 1))
        elif day not in days:
            days.append(day)
        previous_end = match.end()
    return days


def read_sessions(
    week: int,
    line_no: int,
    text: str,
    weekdays: list[int],
    body: str,
    sessions: SessionReader,
    so_far: WeekSoFar,
    prefix: str = "",
) -> None:
    """Each session of the body on each weekday listed; the body is read once."""
    previous: Day | None = None
    for piece in sessions_of(body):
        reading = sessions.read(piece, previous)
        if reading.problem:
            so_far.notes.append(note("not_used", week, line_no, text, prefix + reading.problem))
            continue
        so_far.used += 1
        previous = reading.day
        for assumption in reading.assumptions:
            so_far.notes.append(note("changed", week, line_no, text, prefix + assumption))
        remarks = so_far.remarks.setdefault(line_no, [])
        remarks.extend(r for r in reading.remarks if r not in remarks)
        for weekday in weekdays:
            if reading.day is None:
                so_far.rests.append((line_no, weekday, text))
            else:
                so_far.sessions.append(
                    (line_no, reading.day.model_copy(update={"weekday": weekday}))
                )


def read_prose(
    week: int,
    line_no: int,
    text: str,
    lowered: str,
    sessions: SessionReader,
    so_far: WeekSoFar,
) -> None:
    """A sentence listing days: 'easy runs Tue and Thu 45 min, long run Sun 75 min.'"""
    for clause in _clauses(lowered):
        listed = DAY_LIST_ANYWHERE.search(clause)
        if listed is None:
            message = f"the part '{clause}' names no day"
            so_far.notes.append(note("not_used", week, line_no, text, message))
            continue
        weekdays = weekdays_of(listed.group(0))
        body = clause[: listed.start()] + " " + clause[listed.end() :]
        body = LINKING_WORDS.sub(" ", body)
        prefix = f"'{clause}': "
        read_sessions(week, line_no, text, weekdays, body, sessions, so_far, prefix)


def _clauses(text: str) -> list[str]:
    """Clauses of a prose line; '200 m jog' after a comma continues the clause before it."""
    clauses: list[str] = []
    for part in CLAUSE_SPLIT.split(text):
        part = part.strip(" :-")
        if not part:
            continue
        continues = clauses and not DAY_LIST_ANYWHERE.search(part) and part[0].isdigit()
        only_days = clauses and DAY_LIST_ANYWHERE.fullmatch(clauses[-1]) is not None
        if continues or only_days:
            clauses[-1] += ", " + part
        else:
            clauses.append(part)
    return clauses


def drop_overridden_rests(week: int, so_far: WeekSoFar) -> None:
    """A rest line for a day that also has a session is not used, and says so."""
    busy = {day.weekday: line for line, day in so_far.sessions}
    for line_no, weekday, text in so_far.rests:
        if weekday in busy:
            message = (
                f"{WEEKDAY_NAMES[weekday - 1]} has a session on line {busy[weekday]}: rest not used"
            )
            so_far.notes.append(note("not_used", week, line_no, text, message))
