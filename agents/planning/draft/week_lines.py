"""The tolerant reading of a week's lines: day lines as coaches write them, several weekdays
on a line, several sessions on a day, and prose lines that name their days."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.planning.core.plan import WEEKDAY_NAMES, Day
from agents.planning.core.values import WEEKDAY
from agents.planning.draft.phrase_rewrites import twice_a_day
from agents.planning.draft.read_session import SessionReader
from agents.planning.draft.sequence_words import bare_part_after_effort, one_session
from agents.planning.draft.session_kind import activity, run_kind
from agents.planning.draft.session_words import EASY_PART, STRIDES, find_reps, normalise
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
# Sessions of a day: "easy 30 min + strength 20 min", "10k easy am, 5k pm".
SESSION_SPLIT = re.compile(
    r" \+ | plus |; |(?<=\bam)[,&] |(?<=\bpm)[,&] |, (?=(?:am|pm)\b)| and (?=\S+ ?(?:am|pm)\b)"
    r"|(?<=\b[ap]m) ?/ | ?/ (?=(?:am|pm)\b)"  # "AM 8k easy / PM 5k easy"
    r"|(?<=\w) (?=(?:pm|evening):? ?\d)"  # "AM: 40' easy PM: 30' easy"
    r"|,? then (?=\d)"  # "parkrun then 6 km easy" ('first half then steady' is one run)
)
# A run and a cross-training session written as parts of one ("40 min easy, then strength
# 20 min", "Easy 40' / Gym 30'"): two sessions.
PART_SPLIT = re.compile(r",? then |, | / ")
# "2 runs: 40' + 30'", "Double - ...": every '+' there is another session.
DOUBLE_LEAD = re.compile(r"^(?:double|2 runs|two runs)\b ?[:\-\u2013\u2014]? ?")
STRIDE_MAX_M = 200  # as read_words: repetitions this short beside an easy run are strides
STRIDE_MAX_S = 30
WORK_PACE = re.compile(r"@|\b(?:mp|hmp|lt|t|threshold|pace)\b")
WORKOUT_KINDS = frozenset({"tempo", "intervals", "repetition", "marathon-pace", "fartlek"})
DOUBLE_MARK = re.compile(r"\b(?:am|pm|morning|evening|double)\b")
DIGIT = re.compile(r"\d")
BARE_SIZE = re.compile(r"^ ?\d{1,3}(?:\.\d{1,2})? ?(?:km|k|mi|miles?|mins?|minutes|') ?$", re.I)
REPEATS = re.compile(r"\d ?[x*] ?\d")
DRILLS = re.compile(r"\bdrills?\b")
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


def sessions_of(body: str) -> list[str]:
    """A day's body split into its sessions: 'easy 30 min + strength 20 min' is two, and so
    is a double ('10k easy am + 5k pm'); '+ 6 strides' stays with its run, a warm-up with
    the session after it ('3 km warm-up + 20 min tempo + 3 km cool-down' is one)."""
    if one_session(normalise(body)):
        return [body]  # shown back whole, not partly read as a double
    body = twice_a_day(body)  # '2 x 20 min easy (am/pm)'
    double = DOUBLE_LEAD.match(body)
    body = body[double.end() :] if double else body
    pieces = [part for piece in _split_outside_brackets(body) for part in _cross_apart(piece)]
    sessions = [pieces[0]]
    warm_up = _only_a_part(pieces[0], "warm")
    for piece in pieces[1:]:
        kind = run_kind(piece)
        own = activity(piece)[0] or (kind is not None and not STRIDES.search(piece))
        alone = (own or DOUBLE_MARK.search(piece)) and not _no_run(sessions[-1])
        beside = None if double else _easy_beside_work(sessions[-1], piece)
        if beside == "before":
            sessions[-1] += " wu"
        piece = piece + " cd" if beside == "after" else piece
        alone = double is not None or (alone and beside is None)
        if alone and not warm_up and not _only_a_part(piece, "cool"):
            sessions.append(piece)
        else:
            sessions[-1] += " + " + piece
        warm_up = False
    return sessions


def _easy_beside_work(before: str, piece: str) -> str | None:
    """Easy running joined to a workout by '+', no double said ('3 km easy + 5 km tempo + 2
    km easy'): the workout's warm-up ('before') or cool-down ('after'), one session."""
    if DOUBLE_MARK.search(before) or DOUBLE_MARK.search(piece) or EASY_PART.search(piece):
        return None
    if " + " not in before and _plain_easy(before) and _workout(piece):
        return "before"
    if bare_part_after_effort(f"{before} + {piece}"):
        return None  # 'tempo 20 min + 10 min': more of it or a cool-down, shown back
    last = before.split(" + ")[-1]
    return "after" if _plain_easy(piece) and _workout(last) else None


def _plain_easy(piece: str) -> bool:
    """An easy run with a size and nothing else: no strides, no warm-up or cool-down word."""
    plain = not STRIDES.search(piece) and not EASY_PART.search(piece)
    easy = run_kind(piece) == "easy" or BARE_SIZE.match(piece) is not None  # '2 mi + 4 x 1 mi'
    return plain and easy and DIGIT.search(piece) is not None


def _workout(piece: str) -> bool:
    """Work at a pace: a workout's kind, a pace named, or repetitions longer than strides."""
    if STRIDES.search(piece):
        return False
    if run_kind(piece) in WORKOUT_KINDS or WORK_PACE.search(piece):
        return True
    reps = find_reps(piece)  # short repetitions beside an easy run are its strides
    return reps is not None and (reps[0].metres > STRIDE_MAX_M or reps[0].seconds > STRIDE_MAX_S)


def _no_run(piece: str) -> bool:
    """Only drills or strides, no session of their own: they go with the run after them
    ('drills + 6 x 100m strides + 30' easy')."""
    if STRIDES.search(piece) is None and DRILLS.search(piece) is None:
        return False
    return activity(piece)[0] is False and run_kind(STRIDES.sub(" ", piece)) is None


def _cross_apart(piece: str) -> list[str]:
    """A piece holding a run and a sized cross-training session, each on its side of a comma,
    'then' or ' / ', split in two ('40 min easy, then strength 20 min'); any other piece as
    it is."""
    parts = PART_SPLIT.split(piece)
    if len(parts) < 2 or "(" in piece:
        return [piece]
    cross = [_sized_cross_training(part) for part in parts]
    runs = [run_kind(part) is not None for part in parts]
    mixed = any(cross) and any(r and not c for r, c in zip(runs, cross, strict=True))
    if not mixed or not all(c or r for c, r in zip(cross, runs, strict=True)):
        return [piece]
    return parts


def _sized_cross_training(part: str) -> bool:
    """The part is cross-training with a size, and not a walk (a walk beside a run is its
    recovery or its run-walk split: '400m walk', '90s run / 30s walk')."""
    cross, name = activity(part)
    sized = DIGIT.search(part) is not None and REPEATS.search(part) is None
    return cross and name != "walk" and sized  # Hansons' 'Strength: 3 x 2 mi' is a run


def _split_outside_brackets(body: str) -> list[str]:
    """The body split at its session separators, but not inside brackets ('10 x (3 min run
    + 1 min walk)' is one session)."""
    pieces, start = [], 0
    for match in SESSION_SPLIT.finditer(body):
        if body.count("(", 0, match.start()) > body.count(")", 0, match.start()):
            continue
        pieces.append(body[start : match.start()])
        start = match.end()
    return [*pieces, body[start:]]


def _only_a_part(piece: str, which: str) -> bool:
    """The piece is only a warm-up ('warm') or cool-down ('cool'), no session of its own
    ('10' easy cd' too: easy is how it is run)."""
    part = EASY_PART.search(piece)
    return part is not None and part.group(which) is not None and run_kind(piece) in (None, "easy")


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
