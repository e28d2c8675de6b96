"""Where an event is in the event log: what reads wait for, and what responses carry."""

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# The Kafka record header that carries the position on a run topic's terminal event.
HEADER = "coach-log-position"


class LogPosition(BaseModel):
    """An event's place in `coach.events`: its partition and offset."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    partition: int = Field(ge=0)
    offset: int = Field(ge=0)

    def header(self) -> tuple[str, bytes]:
        return HEADER, f"{self.partition}:{self.offset}".encode()


def from_headers(headers: Iterable[tuple[str, Any]] | None) -> LogPosition | None:
    """The position a record's headers carry, if any (a malformed one counts as none)."""
    for name, value in headers or ():
        if name != HEADER or not isinstance(value, bytes):
            continue
        partition, _, offset = value.decode("ascii", "replace").partition(":")
        if partition.isdigit() and offset.isdigit():
            return LogPosition(partition=int(partition), offset=int(offset))
    return None
