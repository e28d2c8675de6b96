"""What a projection is: a name, the tables it owns, and its handlers for the log."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import asyncpg

from projections.dead_letters import DeadLetter
from schemas.events import decode_event


@dataclass(frozen=True)
class Projection:
    name: str
    # Emptied by a rebuild, in this order.
    tables: tuple[str, ...]
    # Writes one event (of the type `decode` gives); raises one of
    # dead_letters.POISON_ERRORS if the event cannot be stored.
    apply: Callable[[asyncpg.Connection, Any], Awaitable[None]]
    # Marks what a dead-lettered record leaves incomplete (e.g. a generation failed).
    reject: Callable[[asyncpg.Connection, DeadLetter], Awaitable[None]]
    # Reads a record of its topic; raises schemas.events.UndecodableEvent for one it cannot.
    decode: Callable[[bytes], Any] = decode_event
