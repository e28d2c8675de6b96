"""Reading one week of a draft: each line read with confidence (the canonical format, or a
line the planner wrote and the coach kept) or by the tolerant reader, and shown back."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day, PlanPhase, Race, Week
from agents.planning.draft.canonical import REST, CanonicalReader, week_form
from agents.planning.draft.line_days import VOLUME_ROUNDING_M, volume_message
from agents.planning.draft.read_as import read_as_text
from agents.planning.draft.read_session import SessionReader
from agents.planning.draft.week_lines import (
    DAY_INDEX,
    DAY_START,
    MAX_LINE,
    WeekSoFar,
    drop_overridden_rests,
    note,
    read_line,
    read_prose,
)
from agents.planning.draft.week_title import read_title, title_parts
from schemas.notes import Note

__all__ = ["DAY_START", "MAX_LINE", "LineRead", "WeekReading", "read_week"]


@dataclass(frozen=True)
class LineRead:
    """How one line of a week was read: what the reader hands to a model, line by line.

    `sure`: the line parses in the canonical draft grammar (and reads back to itself), or
    the planner wrote it and the coach kept it (known from the diff against the draft named
    by `draft_request_id`); a sure line is used as read, whatever a model says. Every other
    line is the coach's own words: `read_as` says how the tolerant reader understood it, in
    the canonical format (or what it could not use, and why), shown to the coach in a
    `read` note without a model and sent to a model as a hint; `days` is what it gave
    (nothing: a rest line, or a line nothing could be used from), `rest` whether it said
    rest.
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
    that said rest; `unsure` lists the line numbers not read with confidence (the coach's
    own words, and lines not used): exactly the lines a model could be asked about.
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


@dataclass(frozen=True)
class _Context:
    """What reading one week needs: its readers, the paces, and the lines kept as written."""

    sessions: SessionReader
    canonical: CanonicalReader
    paces: Paces
    race: Race | None
    kept: Collection[int]


def read_week(
    number: int,
    header_line: int,
    header: str,
    lines: list[tuple[int, str]],
    previous: PlanPhase | None,
    paces: Paces,
    race: Race | None,
    sessions: SessionReader | None = None,
    *,
    canonical: CanonicalReader | None = None,
    kept: Collection[int] = (),
) -> WeekReading:
    """A week block (its header and the lines under it) read into a Week with notes.

    `sessions` and `canonical` read its session texts: ones shared by the weeks of a draft
    read each distinct text once. `kept` are the line numbers the coach kept from the
    planner's draft: read with confidence whatever their wording.
    """
    context = _Context(
        sessions or SessionReader(paces, race),
        canonical or CanonicalReader(paces, race),
        paces,
        race,
        kept,
    )
    so_far = WeekSoFar()
    phase, cutback, focus, volume_m = _read_header(number, header_line, header, context, so_far)
    for line_no, text in lines:
        _read_one(number, line_no, text, context, so_far)
    drop_overridden_rests(number, so_far)
    if phase is None:
        phase = previous or "base"
        so_far.notes.append(
            note("changed", number, header_line, header, f"no phase named: {phase}, as before")
        )
    week = Week(number=number, phase=phase, cutback=cutback, focus=focus, days=())
    _check_volume(number, header_line, header, volume_m, so_far)
    return _reading(week, header_line, header, lines, so_far, context)


def _check_volume(
    week: int, line: int, header: str, written_m: int | None, so_far: WeekSoFar
) -> None:
    """The volume written in the header is only arithmetic: a note when the days differ."""
    volume = sum(day.distance_m for _, day in so_far.sessions)
    if written_m is not None and abs(written_m - volume) > VOLUME_ROUNDING_M:
        so_far.notes.append(volume_message(week, line, header, written_m, volume))


def _read_header(
    number: int, line_no: int, header: str, context: _Context, so_far: WeekSoFar
) -> tuple[PlanPhase | None, bool, str, int | None]:
    """(phase, cutback, focus, the volume written) of the week's header line."""
    form = week_form(header) if len(header) <= MAX_LINE else None
    if form is not None:
        so_far.sure.add(line_no)
        return form.phase, form.cutback, form.focus, form.volume_m
    parts, prose = title_parts(header)
    if prose:
        read_prose(number, line_no, header, prose, context.sessions, so_far)
    if line_no in context.kept:
        so_far.sure.add(line_no)
    return read_title(parts)


def _read_one(week: int, line_no: int, text: str, context: _Context, so_far: WeekSoFar) -> None:
    found = context.canonical.day(text) if len(text) <= MAX_LINE else None
    if found is None:
        read_line(week, line_no, text, context.sessions, so_far)
        if line_no in context.kept:
            so_far.sure.add(line_no)
        return
    weekday_name, day = found
    weekday = DAY_INDEX[weekday_name.lower()]
    so_far.sure.add(line_no)
    so_far.used += 1
    if day == REST:
        so_far.rests.append((line_no, weekday, text))
    else:
        assert isinstance(day, Day)
        so_far.sessions.append((line_no, day.model_copy(update={"weekday": weekday})))


@dataclass(frozen=True)
class _ByLine:
    """What a week's lines gave, by line number (a draft may have thousands of lines)."""

    days: dict[int, tuple[Day, ...]]
    rested: dict[int, tuple[int, ...]]  # the weekdays a line rests that no line gives a run
    reasons: dict[int, list[str]]  # why nothing, or not everything, was used

    @classmethod
    def of(cls, ordered: list[tuple[int, Day]], so_far: WeekSoFar) -> _ByLine:
        busy = {day.weekday for _, day in ordered}
        days: dict[int, tuple[Day, ...]] = {}
        for source, day in ordered:
            days[source] = (*days.get(source, ()), day)
        rested: dict[int, tuple[int, ...]] = {}
        for source, weekday, _ in so_far.rests:
            if weekday not in busy:
                rested[source] = (*rested.get(source, ()), weekday)
        reasons: dict[int, list[str]] = {}
        for unused in so_far.notes:
            if unused.kind == "not_used" and unused.line is not None:
                reasons.setdefault(unused.line, []).append(unused.message)
        return cls(days, rested, reasons)


def _line_read(
    line_no: int,
    text: str,
    is_header: bool,
    week: Week,
    by_line: _ByLine,
    so_far: WeekSoFar,
    context: _Context,
) -> LineRead:
    """How one line was read: sure (read by the grammar or kept), or shown back."""
    reasons = by_line.reasons.get(line_no, [])
    days, rested = by_line.days.get(line_no, ()), by_line.rested.get(line_no, ())
    sure = line_no in so_far.sure and not reasons
    read_as = None
    if not sure:
        title = _title_text(week) if is_header else None
        taken = read_as_text(days, rested, context.paces, context.race)
        shown = "; ".join(filter(None, [title, taken]))
        read_as = _shown_back(line_no, text, week.number, shown, so_far)
        read_as = read_as or "nothing used: " + "; ".join(reasons or ["not read"])
    return LineRead(line_no, text, sure, days, bool(rested), read_as)


def _reading(
    week: Week,
    header_line: int,
    header: str,
    lines: list[tuple[int, str]],
    so_far: WeekSoFar,
    context: _Context,
) -> WeekReading:
    """The reading of a week: its days in weekday order (a day's sessions as written), and
    a `read` note on each line the tolerant reader used."""
    ordered = sorted(so_far.sessions, key=lambda item: item[1].weekday)
    by_line = _ByLine.of(ordered, so_far)
    read_lines = [
        _line_read(line_no, text, line_no == header_line, week, by_line, so_far, context)
        for line_no, text in [(header_line, header), *lines]
    ]
    notes = tuple(sorted(so_far.notes, key=lambda n: n.line or 0))
    unsure = tuple(line.line for line in read_lines if not line.sure)
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
        rest_lines=tuple(sorted(by_line.rested)),
        read_lines=tuple(read_lines),
    )


def _shown_back(line_no: int, text: str, week: int, reading: str, so_far: WeekSoFar) -> str:
    """The `read` note that shows the coach how the tolerant reader took a line (none when
    it took nothing: the line's `not_used` notes say why); the reading, if any."""
    if reading:
        remarks = so_far.remarks.get(line_no, [])
        message = "read as: " + reading + "".join(f" ({remark})" for remark in remarks)
        so_far.notes.append(note("read", week, line_no, text, message))
    return reading


def _title_text(week: Week) -> str:
    phase = f"{week.phase} (cutback)" if week.cutback else week.phase
    return " | ".join(filter(None, [f"Week {week.number}", phase, week.focus]))
