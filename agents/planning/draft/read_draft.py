"""Reading a (coach-edited) draft week by week: what each line gave, and notes for the rest."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from agents.planning.core.paces import DEFAULT_VDOT, paces_for
from agents.planning.core.params import Level
from agents.planning.core.plan import Plan, PlanPhase, Race
from agents.planning.core.values import race_distance, race_time_s
from agents.planning.draft.canonical import CanonicalReader
from agents.planning.draft.read_session import SessionReader
from agents.planning.draft.read_week import DAY_START, MAX_LINE, WeekReading, read_week
from agents.planning.draft.render import paces_line
from agents.planning.draft.session_words import normalise
from schemas.notes import Note, NoteKind

WEEK_HEADER = re.compile(r"^\W*week\s*(\d{1,2})\b", re.IGNORECASE)
FALLBACK_VDOT = 45.0
VDOT_RANGE = (20.0, 90.0)


class DraftReadError(ValueError):
    """A draft with no weeks, or a week that cannot be used at all."""

    def __init__(self, line: int | None, message: str) -> None:
        where = f"line {line}: " if line is not None else ""
        super().__init__(where + message)
        self.line = line
        self.message = message

    def __reduce__(self) -> tuple[type[DraftReadError], tuple[int | None, str]]:
        # Drafts are read in other processes: the error must cross back intact.
        return (DraftReadError, (self.line, self.message))


@dataclass(frozen=True)
class DraftHeader:
    """What the lines before the first week say; `lines` are kept as written, for the round trip.

    `notes` are the header lines that name a value the reader could not use (a Paces line
    without a VDOT) or changed (a VDOT out of range).
    """

    level: Level | None
    vdot: float
    race: Race | None
    lines: tuple[str, ...]
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class DraftReading:
    """A whole draft as read: the header and each week with its notes."""

    header: DraftHeader
    weeks: tuple[WeekReading, ...]

    @property
    def notes(self) -> list[Note]:
        return [*self.header.notes, *(note for week in self.weeks for note in week.notes)]

    def plan(self) -> Plan:
        """The plan the draft describes; a week with no line the plan can use is an error."""
        for week in self.weeks:
            if not week.usable:
                raise DraftReadError(
                    week.line,
                    f"week {week.number} has no day line the plan can use "
                    "(e.g. 'Tue: easy run 40 min')",
                )
        return self.plan_as_read()

    def plan_as_read(self) -> Plan:
        """The plan with every week as read, a week with no usable line empty (a model may
        still structure it from its text)."""
        return Plan(
            level=self.header.level,
            vdot=self.header.vdot,
            race=self.header.race,
            notes=self.header.lines,
            weeks=tuple(week.week for week in self.weeks),
        )


@dataclass
class _Block:
    number: int
    line: int
    header: str
    lines: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Header:
    level: Level | None = None
    vdot: float | None = None
    race: Race | None = None
    lines: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    # The zones' pace texts as the Paces line writes them (None: no Paces line).
    pace_texts: str | None = None


def read_draft(text: str, kept: Collection[int] = ()) -> DraftReading:
    """Every line of a draft read or noted; raises DraftReadError only when no plan can be had
    (no week at all, a week number twice or missing).

    `kept` are the line numbers the coach kept as the planner wrote them (from the diff
    against the draft named by `draft_request_id`): read with confidence, whatever their
    wording.
    """
    header, blocks = _checked_split(text)
    vdot = header.vdot or (DEFAULT_VDOT[header.level] if header.level else FALLBACK_VDOT)
    paces = paces_for(vdot)
    # One of each for the draft: each distinct text is read once.
    sessions = SessionReader(paces, header.race)
    stale = header.pace_texts is not None and header.pace_texts != paces_line(paces)
    canonical = CanonicalReader(paces, header.race, derived_stale=stale)
    weeks: list[WeekReading] = []
    previous: PlanPhase | None = None
    for block in sorted(blocks, key=lambda b: b.number):
        week = read_week(
            block.number,
            block.line,
            block.header,
            block.lines,
            previous,
            paces,
            header.race,
            sessions,
            canonical=canonical,
            kept=kept,
        )
        weeks.append(week)
        previous = week.week.phase
    draft_header = DraftHeader(
        header.level, vdot, header.race, tuple(header.lines), tuple(header.notes)
    )
    return DraftReading(draft_header, tuple(weeks))


def read_plan(text: str) -> Plan:
    """The plan a draft describes; the notes on what was not used or assumed are in
    `read_draft(text).notes`."""
    return read_draft(text).plan()


def require_weeks(reading: DraftReading, weeks: int) -> None:
    """A draft of another length than the request's is an error, whoever structures it."""
    if len(reading.weeks) != weeks:
        raise DraftReadError(
            None, f"the draft has {len(reading.weeks)} weeks but the request says {weeks}"
        )


def week_count(text: str) -> int:
    """How many weeks the draft holds, without reading their lines (a fraction of read_draft's
    cost); raises DraftReadError exactly where read_draft would."""
    _, blocks = _checked_split(text)
    return len(blocks)


def _checked_split(text: str) -> tuple[_Header, list[_Block]]:
    header, blocks = _split(text)
    if not blocks:
        raise DraftReadError(
            None,
            "no week found: a week starts with a line like 'Week 1 | base | aerobic foundation'",
        )
    _check_numbers(blocks)
    return header, blocks


def _split(text: str) -> tuple[_Header, list[_Block]]:
    header = _Header()
    blocks: list[_Block] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        week = WEEK_HEADER.match(line[:MAX_LINE])
        if week:
            long = len(line) > MAX_LINE  # only its number is read; the line gets a note
            blocks.append(_Block(int(week.group(1)), number, week.group(0) if long else line))
            if long:
                blocks[-1].lines.append((number, line))
        elif blocks:
            blocks[-1].lines.append((number, line))
        else:
            _read_header_line(number, line, header)
    return header, blocks


def _read_header_line(number: int, line: str, header: _Header) -> None:
    lowered = line[:MAX_LINE].lower()
    if lowered.startswith("training plan"):
        header.level = next((lv for lv in DEFAULT_VDOT if lv in lowered), None)
        return
    if lowered.startswith("paces"):
        _read_vdot(number, line, lowered, header)
        return
    if lowered.startswith("race:"):
        race = _race(" ".join(lowered.split())) if len(line) <= MAX_LINE else None
        if race is not None:
            header.race = race
            return
        header.notes.append(_header_note("not_used", number, line, "no race distance found"))
    elif DAY_START.match(normalise(line[:MAX_LINE])):
        message = "a day line before the first week: it belongs to no week"
        header.notes.append(_header_note("not_used", number, line, message))
    header.lines.append(line)


def _read_vdot(number: int, line: str, lowered: str, header: _Header) -> None:
    vdot_written = re.search(r"vdot\s{0,3}[:=]?\s{0,3}(\d{1,3}(?:[.,]\d{1,2})?)(?!\d)", lowered)
    if vdot_written is None:
        header.notes.append(_header_note("not_used", number, line, "no VDOT found"))
        header.lines.append(line)
        return
    written = float(vdot_written.group(1).replace(",", "."))
    header.pace_texts = " | ".join(part.strip() for part in line.split("|")[1:])
    low, high = VDOT_RANGE
    header.vdot = min(high, max(low, written))
    if header.vdot != written:
        message = f"VDOT {written:g} is outside {low:g}-{high:g}: {header.vdot:g} used"
        header.notes.append(_header_note("changed", number, line, message))


def _header_note(kind: NoteKind, number: int, line: str, message: str) -> Note:
    return Note(kind=kind, line=number, text=line[:MAX_LINE], message=message)


def _race(text: str) -> Race | None:
    explicit = re.search(r"\((\d{1,3}(?:\.\d{1,3})?) ?km\)", text)
    named = race_distance(text)
    metres = round(float(explicit.group(1)) * 1000) if explicit else (named[0] if named else None)
    if not metres:
        return None
    goal_text = text.split("goal", 1)[1] if "goal" in text else ""
    goal = race_time_s(goal_text, metres) if goal_text else None
    return Race(distance_m=metres, goal_s=goal or None)


def _check_numbers(blocks: list[_Block]) -> None:
    seen: dict[int, int] = {}
    for block in blocks:
        if block.number in seen:
            raise DraftReadError(
                block.line,
                f"week {block.number} appears twice (first on line {seen[block.number]})",
            )
        seen[block.number] = block.line
    for expected, block in enumerate(sorted(blocks, key=lambda b: b.number), start=1):
        if block.number != expected:
            raise DraftReadError(
                block.line, f"week {block.number} follows a gap: week {expected} is missing"
            )
