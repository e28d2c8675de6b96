"""Dead letters: log records a projection could not decode or apply, kept byte for byte."""

import datetime as dt
import logging
from dataclasses import dataclass

import asyncpg
from aiokafka.structs import ConsumerRecord

from schemas.events import Event

log = logging.getLogger(__name__)

# What the event itself is to blame for: bad data (SQLSTATE class 22), a broken
# constraint (23), a value too large to store (54), or Python refusing a value.
# Anything else (a lost connection, a deadlock, a missing table) is the projector's
# trouble, not the event's: it propagates, and the batch is retried after a restart.
POISON_ERRORS: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.DataError,
    asyncpg.exceptions.IntegrityConstraintViolationError,
    asyncpg.exceptions.ProgramLimitExceededError,
    ValueError,
    TypeError,
    LookupError,
    ArithmeticError,
)
_MAX_ERROR = 2000


@dataclass(frozen=True)
class DeadLetter:
    """One record that could not be projected, where it is in the log, and why."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    error: str
    # The event's time, or the log's timestamp when it has none: what a projection
    # writes about it is the same on every rebuild.
    time: dt.datetime
    event: Event | None = None

    @classmethod
    def of(
        cls, record: ConsumerRecord[bytes, bytes], error: str, event: Event | None = None
    ) -> "DeadLetter":
        return cls(
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            key=record.key,
            value=record.value,
            error=error,
            time=event.time
            if event is not None
            else dt.datetime.fromtimestamp(record.timestamp / 1000, dt.UTC),
            event=event,
        )

    @property
    def request_id(self) -> str | None:
        """The generation it belongs to, if that can be stored as text."""
        if self.event is not None:
            return storable(self.event.request_id)
        try:
            return storable(self.key.decode()) if self.key else None
        except UnicodeDecodeError:
            return None

    @property
    def attempt(self) -> int | None:
        return self.event.attempt if self.event is not None else None

    @property
    def where(self) -> str:
        return f"{self.topic}:{self.partition}:{self.offset}"


def storable(text: str) -> str | None:
    """The text if Postgres can store it in a text column (it refuses NUL)."""
    return None if "\x00" in text else text


async def record(conn: asyncpg.Connection, projection: str, letter: DeadLetter) -> None:
    """Keep the record; a second sight of the same offset (a replay) changes nothing."""
    error = letter.error.replace("\x00", "\\0")[:_MAX_ERROR]
    await conn.execute(
        """INSERT INTO dead_letters (projection, topic, partition, record_offset, key, value,
               error, request_id, attempt)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (projection, topic, partition, record_offset) DO NOTHING""",
        projection,
        letter.topic,
        letter.partition,
        letter.offset,
        letter.key,
        letter.value,
        error,
        letter.request_id,
        letter.attempt,
    )
    log.error(
        "dead letter for projection %s at %s (request %s): %s",
        projection,
        letter.where,
        letter.request_id,
        error,
    )


async def dead_letter_count(pool: asyncpg.Pool, projection: str | None = None) -> int:
    """How many records were dead-lettered, by one projection or by all."""
    count = await pool.fetchval(
        "SELECT count(*) FROM dead_letters WHERE $1::text IS NULL OR projection = $1",
        projection,
    )
    return int(count)


async def clear(conn: asyncpg.Connection, projection: str) -> None:
    await conn.execute("DELETE FROM dead_letters WHERE projection = $1", projection)
