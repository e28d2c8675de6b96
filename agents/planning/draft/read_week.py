"""Reading one week of a draft: its day lines, prose lines and title, each line accounted for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.planning.core.kinds import PLAN_PHASES
from agents.planning.core.paces import Paces
from agents.planning.core.plan import WEEKDAY_NAMES, Day, PlanPhase, Race, Week
from agents.planning.core.values import WEEKDAY
from agents.planning.draft.read_session import SessionReader
from agents.planning.draft.session_kind import activity, run_kind
from agents.planning.draft.session_words import STRIDES, normalise
from schemas.notes import Note, NoteKind

# A line longer than this is not read: no day line is this long, and a bound keeps reading
# linear whatever the input.
MAX_LINE = 400
_SEPARATOR = r" ?(?:,|/|&|\+|\band\b|-|\u2013|\bto\b) ?"
_DAY = r"\b" + WEEKDAY
DAY_LIST = _DAY + r"(?:" + _SEPARATOR + _DAY + r")*"
DAY_START = re.compile(r"^[-*\u2022\u00b7]? ?(" + DAY_LIST + r")\.? ?[:\-\u2013\u2014|,)]* ?(.*)$")
DAY_LIST_ANYWHERE = re.compile(DAY_LIST)
ONE_DAY = re.compile(_DAY)
DAY_INDEX = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES, start=1)}
LINKING_WORDS = re.compile(r"\b(?:on|every|each)\b")
RANGE = re.compile(r"^ ?(?:-|\u2013|to) ?$")
SESSION_SPLIT = re.compile(r" \+ | plus |; ")
CLAUSE_SPLIT = re.compile(r"[,;]|\.(?!\d)")
WEEK_TITLE = re.compile(r"^\W*week\s*\d{1,2}\b\s*(.*)$", re.IGNORECASE)
TITLE_BARS = re.compile(r" ?\| ?")
TITLE_SEPARATORS = re.compile(r" ?(?:[:;\u2014\u2013]| - |,) ?")
CUTBACK = re.compile(r"\bcut ?back\b|\bstep ?back\b|\brecovery\b|\bdeload\b")
VOLUME = re.compile(r"([\d.,]{1,12}) ?(km|k|mi|miles)?")
VOLUME_ROUNDING_M = 100  # the header shows the volume to 0.1 km


@dataclass(frozen=True)
class LineRead:
    """How one line of a week was read: what the reader hands to a model, line by line.

    `sure`: the line parses in the canonical draft grammar, or the planner wrote it and the
    coach kept it (known from the diff against the draft named by `draft_request_id`); a
    sure line is used as read, whatever a model says. Every other line is the coach's own
    words: `read_as` says how the tolerant reader understood it (shown to the coach in a
    `read` note without a model, sent to a model as a hint), `days` what it gave (nothing:
    a rest line, or a line nothing could be used from), `rest` whether it said rest.
    """

    line: int
    text: str
    sure: bool
    days: tuple[Day, ...] = ()
    rest: bool = False
    read_as: str | None = None


@dataclass(frozen=True)
class WeekReading:
    """One week as read: its lines, the Week, its notes, and the lines read without confidence.

    `sources` gives the line each day of `week.days` was read from, `rest_lines` the lines
    that said rest; `unsure` lists the line numbers that were not used or were read with an
    assumption: exactly the lines a model could be asked about.
    """

    number: int
    line: int
    header: str
    lines: tuple[tuple[int, str], ...]
    week: Week
    usable: bool
    notes: tuple[Note, ...]
    unsure: tuple[int, ...]
    sources: tuple[int, ...] = ()
    rest_lines: tuple[int, ...] = ()
    # Every line of the week (its header first), in draft order; see LineRead.
    read_lines: tuple[LineRead, ...] = ()


@dataclass
class _WeekSoFar:
    """What the lines of a week gave so far."""

    sessions: list[tuple[int, Day]] = field(default_factory=list)
    rests: list[tuple[int, int, str]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    used: int = 0


def read_week(
    number: int,
    header_line: int,
    header: str,
    lines: list[tuple[int, str]],
    previous: PlanPhase | None,
    paces: Paces,
    race: Race | None,
    sessions: SessionReader | None = None,
) -> WeekReading:
    """A week block (its header and the lines under it) read into a Week with notes.

    `sessions` reads its session texts: one shared by the weeks of a draft reads each
    distinct text once.
    """
    sessions = sessions or SessionReader(paces, race)
    so_far = _WeekSoFar()
    parts, prose = _title_parts(header)
    phase, cutback, focus, volume_m = _read_title(parts)
    if prose:
        _read_prose(number, header_line, header, prose, sessions, so_far)
    for line_no, text in lines:
        _read_line(number, line_no, text, sessions, so_far)
    _drop_overridden_rests(number, so_far)
    if phase is None:
        phase = previous or "base"
        so_far.notes.append(
            _note("changed", number, header_line, header, f"no phase named: {phase}, as before")
        )
    week = Week(number=number, phase=phase, cutback=cutback, focus=focus, days=())
    reading = _reading(week, header_line, header, lines, so_far)
    if volume_m is not None and abs(volume_m - reading.week.volume_m) > VOLUME_ROUNDING_M:
        message = (
            f"the week's volume is the sum of its days, {reading.week.volume_m / 1000:.1f} km, "
            f"not the {volume_m / 1000:g} km written"
        )
        note = _note("changed", number, header_line, header, message)
        so_far.notes.append(note)
        reading = _reading(week, header_line, header, lines, so_far)
    return reading


def _reading(
    week: Week, header_line: int, header: str, lines: list[tuple[int, str]], so_far: _WeekSoFar
) -> WeekReading:
    """The reading of a week: its days in weekday order (a day's sessions as written)."""
    ordered = sorted(so_far.sessions, key=lambda item: item[1].weekday)
    notes = tuple(sorted(so_far.notes, key=lambda n: n.line or 0))
    unsure = tuple(sorted({n.line for n in notes if n.line is not None}))
    rests = {line for line, _, _ in so_far.rests}
    read_lines = tuple(
        LineRead(
            line=line_no,
            text=text,
            sure=line_no not in unsure,
            days=tuple(day for source, day in ordered if source == line_no),
            rest=line_no in rests,
        )
        for line_no, text in [(header_line, header), *lines]
    )
    return WeekReading(
        number=week.number,
        line=header_line,
        header=header,
        lines=tuple(lines),
        week=week.model_copy(update={"days": tuple(day for _, day in ordered)}),
        usable=so_far.used > 0,
        notes=notes,
        unsure=unsure,
        sources=tuple(line for line, _ in ordered),
        rest_lines=tuple(sorted(rests)),
        read_lines=read_lines,
    )


def _note(kind: NoteKind, week: int, line: int, text: str, message: str) -> Note:
    return Note(kind=kind, week=week, line=line, text=text, message=message)


def _read_line(
    week: int, line_no: int, text: str, sessions: SessionReader, so_far: _WeekSoFar
) -> None:
    if len(text) > MAX_LINE:
        message = f"longer than {MAX_LINE} characters: not read"
        so_far.notes.append(_note("not_used", week, line_no, text[:MAX_LINE], message))
        return
    lowered = normalise(text)
    start = DAY_START.match(lowered)
    if start:
        weekdays = _weekdays(start.group(1))
        _read_sessions(week, line_no, text, weekdays, start.group(2), sessions, so_far)
    elif DAY_LIST_ANYWHERE.search(lowered):
        _read_prose(week, line_no, text, lowered, sessions, so_far)
    else:
        message = "not a day line (a day line starts with a weekday, e.g. 'Tue: easy 40 min')"
        so_far.notes.append(_note("not_used", week, line_no, text, message))


def _weekdays(listed: str) -> list[int]:
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


def _read_sessions(
    week: int,
    line_no: int,
    text: str,
    weekdays: list[int],
    body: str,
    sessions: SessionReader,
    so_far: _WeekSoFar,
    prefix: str = "",
) -> None:
    """Each session of the body on each weekday listed; the body is read once."""
    for piece in sessions_of(body):
        reading = sessions.read(piece)
        if reading.problem:
            so_far.notes.append(_note("not_used", week, line_no, text, prefix + reading.problem))
            continue
        so_far.used += 1
        for assumption in reading.assumptions:
            so_far.notes.append(_note("changed", week, line_no, text, prefix + assumption))
        for weekday in weekdays:
            if reading.day is None:
                so_far.rests.append((line_no, weekday, text))
            else:
                so_far.sessions.append(
                    (line_no, reading.day.model_copy(update={"weekday": weekday}))
                )


def sessions_of(body: str) -> list[str]:
    """A day's body split into its sessions: 'easy 30 min + strength 20 min' is two."""
    pieces = SESSION_SPLIT.split(body)
    sessions = [pieces[0]]
    for piece in pieces[1:]:
        own = activity(piece)[0] or (run_kind(piece) is not None and not STRIDES.search(piece))
        if own:
            sessions.append(piece)
        else:
            sessions[-1] += " + " + piece
    return sessions


def _read_prose(
    week: int,
    line_no: int,
    text: str,
    lowered: str,
    sessions: SessionReader,
    so_far: _WeekSoFar,
) -> None:
    """A sentence listing days: 'easy runs Tue and Thu 45 min, long run Sun 75 min.'"""
    for clause in _clauses(lowered):
        listed = DAY_LIST_ANYWHERE.search(clause)
        if listed is None:
            message = f"the part '{clause}' names no day"
            so_far.notes.append(_note("not_used", week, line_no, text, message))
            continue
        weekdays = _weekdays(listed.group(0))
        body = clause[: listed.start()] + " " + clause[listed.end() :]
        body = LINKING_WORDS.sub(" ", body)
        prefix = f"'{clause}': "
        _read_sessions(week, line_no, text, weekdays, body, sessions, so_far, prefix)


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


def _drop_overridden_rests(week: int, so_far: _WeekSoFar) -> None:
    """A rest line for a day that also has a session is not used, and says so."""
    busy = {day.weekday: line for line, day in so_far.sessions}
    for line_no, weekday, text in so_far.rests:
        if weekday in busy:
            message = (
                f"{WEEKDAY_NAMES[weekday - 1]} has a session on line {busy[weekday]}: rest not used"
            )
            so_far.notes.append(_note("not_used", week, line_no, text, message))


def _title_parts(header: str) -> tuple[list[str], str]:
    """(the parts of the title after 'Week N', any days written in it as prose)."""
    match = WEEK_TITLE.match(header)
    title = match.group(1) if match else ""
    separator = TITLE_BARS if "|" in title else TITLE_SEPARATORS
    parts = [p.strip() for p in separator.split(title) if p.strip(" -:|")]
    prose = [p for p in parts if DAY_LIST_ANYWHERE.search(normalise(p))]
    return [p for p in parts if p not in prose], normalise(", ".join(prose))


def _read_title(parts: list[str]) -> tuple[PlanPhase | None, bool, str, int | None]:
    """(phase, cutback, focus, the volume written in metres) of a week's title."""
    lowered = " | ".join(parts).lower()
    phase = next((p for p in PLAN_PHASES if re.search(rf"\b{p}\b", lowered)), None)
    cutback = bool(CUTBACK.search(lowered))
    volumes = [v for v in map(_volume_m, parts) if v is not None]
    focus = [p for p in parts if _volume_m(p) is None and not _is_phase(p)]
    return phase, cutback, ", ".join(focus), (volumes[0] if volumes else None)


def _volume_m(part: str) -> int | None:
    match = VOLUME.fullmatch(part.lower().strip(" -:"))
    if match is None:
        return None
    try:
        value = float(match.group(1).replace(",", "."))
    except ValueError:
        return None
    return round(value * (1609.344 if match.group(2) in ("mi", "miles") else 1000))


def _is_phase(part: str) -> bool:
    words = part.lower().strip(" -:").replace("(", " ").replace(")", " ").split()
    return bool(words) and all(w in (*PLAN_PHASES, "cutback", "phase", "week") for w in words)
