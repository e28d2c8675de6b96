"""What setting a plan up tells the coach: a value each setup step returns anew, never a list
the steps append to."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from agents.planning.instructions.asked import Instructions, reading, refusal


@dataclass(frozen=True)
class Said:
    """The phrases read (with how), then what was not applied (with why), in the order said."""

    readings: tuple[str, ...] = ()
    not_applied: tuple[str, ...] = ()

    @classmethod
    def of(cls, asked: Instructions) -> Said:
        """What the instruction readers said."""
        return cls(tuple(asked.readings), tuple(asked.not_applied))

    @property
    def lines(self) -> tuple[str, ...]:
        return (*self.readings, *self.not_applied)

    def read(self, quote: str, meaning: str) -> Said:
        return self.reading(reading(quote, meaning))

    def reading(self, line: str) -> Said:
        """A reading written whole ("Read: ...")."""
        return dataclasses.replace(self, readings=(*self.readings, line))

    def refuse(self, quote: str, reason: str) -> Said:
        return self.note(refusal(quote, reason))

    def note(self, line: str) -> Said:
        """A line of what was not applied, written whole ("Note: ...", "Not applied: ...")."""
        return dataclasses.replace(self, not_applied=(*self.not_applied, line))

    def unsay(self, line: str) -> Said:
        """Without a reading that a later step reads otherwise."""
        readings = list(self.readings)
        readings.remove(line)
        return dataclasses.replace(self, readings=tuple(readings))
