"""A week's lines as the model path sees them: which it asks a model about, which it keeps.

A line the reader is sure of (it parses in the draft grammar, or the planner wrote it and
the coach kept it) is used as read, whatever a model says. Every other line, the week's
header included, is the coach's own words: the week goes to the model, which reads them
with the reader's tolerant reading as a hint. A week whose lines are all sure makes no
model call.
"""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning import (
    WEEKDAY_NAMES,
    LineRead,
    Week,
    WeekReading,
    volume_note,
    weekdays_named,
)


@dataclass(frozen=True)
class AskedLine:
    """A line the model is asked about, and the weekdays it is on (named, or as read)."""

    read: LineRead
    weekdays: tuple[int, ...]
    header: bool

    @property
    def number(self) -> int:
        return self.read.line

    @property
    def where(self) -> str:
        """The line as a repair names it: its number and text."""
        return f"line {self.number} ('{self.read.text[:80]}')"


@dataclass(frozen=True)
class WeekLines:
    """One week's lines split into those asked about and those kept as read."""

    reading: WeekReading
    asked: tuple[AskedLine, ...]
    sure: tuple[LineRead, ...]

    @classmethod
    def of(cls, reading: WeekReading) -> WeekLines:
        unsure = [read for read in reading.read_lines if _asked(read, reading)]
        asked = tuple(
            AskedLine(read, _weekdays(read), header=read.line == reading.line) for read in unsure
        )
        sure = tuple(read for read in reading.read_lines if read not in unsure)
        return cls(reading, asked, sure)

    @property
    def number(self) -> int:
        return self.reading.number

    @property
    def needs_model(self) -> bool:
        """Whether any line is read without confidence (a week whose lines are all sure but
        give nothing is refused before: see structure_with_model)."""
        return bool(self.asked)

    @property
    def asked_days(self) -> frozenset[int]:
        """The weekdays an asked line is on: the model's to fill."""
        return frozenset(day for line in self.asked for day in line.weekdays)

    @property
    def named_days(self) -> frozenset[int]:
        """Every weekday some line of the week is on; the others the coach left at rest."""
        sure = (day for read in self.sure for day in _weekdays(read))
        return self.asked_days | frozenset(sure)

    @property
    def day_lines(self) -> tuple[AskedLine, ...]:
        """The asked lines a model must account for: all but the week's header."""
        return tuple(line for line in self.asked if not line.header)

    def sure_week(self) -> Week:
        """The week with only the days read from sure lines: kept as read."""
        days = sorted((day for read in self.sure for day in read.days), key=lambda day: day.weekday)
        return self.reading.week.model_copy(update={"days": tuple(days)})

    def tolerant_week(self, line: AskedLine) -> Week:
        """The week with only the days the tolerant reader read from one asked line."""
        return self.reading.week.model_copy(update={"days": line.read.days})


def _asked(read: LineRead, reading: WeekReading) -> bool:
    """Whether a line is the coach's own words, for a model to read.

    A title that is unsure only because its volume figure no longer adds up (the coach
    changed a day) is arithmetic, not words: the note on it is worked out again from the
    week as it ends up."""
    if read.sure:
        return False
    if read.line != reading.line or read.read_as is not None:
        return True
    stale = volume_note(reading.number, reading.line, reading.header, reading.week.volume_m)
    return [note for note in reading.notes if note.line == reading.line] != [stale]


def _weekdays(read: LineRead) -> tuple[int, ...]:
    named = weekdays_named(read.text)
    return tuple(sorted({*named, *(day.weekday for day in read.days)}))


def day_names(days: tuple[int, ...] | frozenset[int]) -> str:
    return ", ".join(WEEKDAY_NAMES[day - 1] for day in sorted(days))
