"""The notes a week gets on the model path: how each asked line was read, by whom, and why a
week fell back. Nothing the coach wrote is used or dropped without one.

For a line the model read: `read` (the model's reading, where it agrees with the tolerant
reader's, or where the reader could not read the line), `changed` (they disagree: the
model's reading is used and both are shown), `not_used` (the model's reason). The reader's
notes on lines it was sure of stay as they are; the title's volume note is worked out again
from the week as it ends up.
"""

from collections.abc import Sequence

from agents.planning import volume_note
from agents.providers.model_week import LineReading, ModelWeek
from agents.providers.readings import described, readings_agree
from agents.providers.week_check import PlanFrame
from agents.providers.week_lines import AskedLine, WeekLines
from schemas.notes import Note, NoteKind
from schemas.workout import Workout


def model_week_notes(
    lines: WeekLines,
    answer: ModelWeek,
    model_workouts: Sequence[Workout],
    frame: PlanFrame,
    model: str,
) -> list[Note]:
    """The reader's notes that still hold, and a note on every asked line (the title's
    volume note apart: see `volume_notes`)."""
    said = {item.line: item for item in answer.lines}
    asked = {line.number for line in lines.day_lines}
    header_read = lines.reading.line in said and any(line.header for line in lines.asked)
    kept = [
        note
        for note in lines.reading.notes
        if note.line not in asked
        and not (note.line == lines.reading.line and _replaced_on_title(note, lines, header_read))
    ]
    notes = [*kept]
    for line in lines.asked:
        note = _line_note(line, said.get(line.number), model_workouts, lines, frame, model)
        if note is not None:
            notes.append(note)
    return notes


def volume_notes(lines: WeekLines, running_m: int) -> list[Note]:
    """The title's volume note for the week as it ends up (none when the title's sum holds)."""
    reading = lines.reading
    note = volume_note(reading.number, reading.line, reading.header, running_m)
    return [note] if note is not None else []


def fallback_notes(lines: WeekLines, violations: Sequence[str], frame: PlanFrame) -> list[Note]:
    """The reader's notes, a note on every asked line the reader left without one, and the
    warning that says the week fell back, and why."""
    noted = {note.line for note in lines.reading.notes}
    notes = list(lines.reading.notes)
    for line in lines.day_lines:
        if line.number not in noted:
            notes.append(_reader_note(line, lines, frame))
    shown = "; ".join(violations[:4]) + (" ..." if len(violations) > 4 else "")
    message = (
        f"week {lines.number}: the model's answers could not be used, even after one "
        f"correction ({shown}); this week is as our own reader read it, and a line it could "
        "not read is a rest day"
    )
    notes.append(Note(kind="warning", week=lines.number, message=message))
    return notes


def _replaced_on_title(note: Note, lines: WeekLines, header_read: bool) -> bool:
    """A note on the title that the model path says again: its volume (worked out from the
    final week) and, when the model read the title, the reader's reading of it."""
    reading = lines.reading
    old_volume = volume_note(reading.number, reading.line, reading.header, reading.week.volume_m)
    return note == old_volume or (header_read and note.kind == "read")


def _line_note(
    line: AskedLine,
    item: LineReading | None,
    model_workouts: Sequence[Workout],
    lines: WeekLines,
    frame: PlanFrame,
    model: str,
) -> Note | None:
    by = f"the model {model}"
    if item is not None and not item.used:
        return _note(line, lines, "not_used", f"not used by {by}: {item.how}")
    how = f": {item.how}" if item is not None and item.how.strip() else ""
    if not line.weekdays:
        return _note(line, lines, "read", f"read by {by}{how}") if item is not None else None
    model_reading = [w for w in model_workouts if w.day in line.weekdays]
    shown = f"{described(model_reading)} (by {by}{how})"
    tolerant = frame.reader_workouts(lines.tolerant_week(line))
    if not tolerant and not line.read.rest:
        return _note(line, lines, "read", f"read as: {shown}; our reader could not read it")
    if readings_agree(tolerant, model_reading):
        return _note(line, lines, "read", f"read as: {shown}")
    ours = line.read.read_as or described(tolerant)
    return _note(line, lines, "changed", f"read as: {shown}; our reader had read: {ours}")


def _reader_note(line: AskedLine, lines: WeekLines, frame: PlanFrame) -> Note:
    """How the tolerant reader read a line it left no note on (the week fell back to it)."""
    if not line.read.days and not line.read.rest:
        return _note(line, lines, "not_used", "could not be read: a rest day")
    reading = line.read.read_as or described(frame.reader_workouts(lines.tolerant_week(line)))
    return _note(line, lines, "read", f"read as: {reading}")


def _note(line: AskedLine, lines: WeekLines, kind: NoteKind, message: str) -> Note:
    return Note(
        kind=kind, week=lines.number, line=line.number, text=line.read.text, message=message
    )
