"""Runs a projection over coach.events, storing its next offsets in the same transaction.

The projector assigns itself every partition (no consumer group) and seeks to the
offsets it stored in Postgres, so a restart neither skips nor repeats an event. Each
batch first locks its partition's stored offset; if that is not where this projector
left it (a rebuild reset it), the projector seeks there instead of writing. A record
that cannot be decoded or applied becomes a dead letter, and the projection goes on.
"""

import asyncio
import contextlib
import logging
import time

import asyncpg
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import ConsumerRecord

from projections import dead_letters, offsets
from projections.dead_letters import POISON_ERRORS, DeadLetter
from projections.kafka_client import KafkaOptions
from projections.projection import Projection
from schemas.events import Event, UndecodableEvent

log = logging.getLogger(__name__)

# The next offset to apply in a partition; None: from the start of the log.
Position = int | None
# How often the projector compares its positions with the stored ones between
# batches, so a rebuild is noticed even on a partition that gets no new events.
RESYNC_INTERVAL_S = 1.0


class PositionMoved(Exception):
    """The stored position is not where this projector left it (a rebuild reset it)."""

    def __init__(self, position: Position) -> None:
        super().__init__(f"stored position is {position}")
        self.position = position


async def apply_batch(
    pool: asyncpg.Pool,
    projection: Projection,
    partition: TopicPartition,
    records: list[ConsumerRecord[bytes, bytes]],
    expected: Position,
) -> int:
    """Apply records of one partition and store the next offset, in one transaction.

    Returns how many records became dead letters. Raises PositionMoved, writing
    nothing, when the stored position is not `expected`.
    """
    async with pool.acquire() as conn, conn.transaction():
        stored = await offsets.lock_position(conn, projection.name, partition)
        if stored != expected:
            raise PositionMoved(stored)
        rejected = await _apply_records(conn, projection, records)
        await offsets.store_position(conn, projection.name, partition, records[-1].offset + 1)
    return rejected


async def _apply_records(
    conn: asyncpg.Connection, projection: Projection, records: list[ConsumerRecord[bytes, bytes]]
) -> int:
    """Apply every record, each poison one as a dead letter; return how many were poison.

    A batch without poison costs one savepoint; one with poison is applied again with a
    savepoint per record, so only the bad records are left out.
    """
    decoded = [_decode(projection, record) for record in records]
    events = [item for item in decoded if not isinstance(item, DeadLetter)]
    if len(events) == len(decoded):
        try:
            async with conn.transaction():
                for event in events:
                    await projection.apply(conn, event)
            return 0
        except POISON_ERRORS:
            pass  # find which ones, below
    rejected = 0
    for record, item in zip(records, decoded, strict=True):
        letter = (
            item
            if isinstance(item, DeadLetter)
            else await _apply_one(conn, projection, record, item)
        )
        if letter is not None:
            await _reject(conn, projection, letter)
            rejected += 1
    return rejected


def _decode(projection: Projection, record: ConsumerRecord[bytes, bytes]) -> Event | DeadLetter:
    if record.value is None:
        return DeadLetter.of(record, "the record has no value")
    try:
        decoded: Event = projection.decode(record.value)
        return decoded
    except UndecodableEvent as exc:
        return DeadLetter.of(record, f"undecodable: {exc}")


async def _apply_one(
    conn: asyncpg.Connection,
    projection: Projection,
    record: ConsumerRecord[bytes, bytes],
    event: Event,
) -> DeadLetter | None:
    try:
        async with conn.transaction():
            await projection.apply(conn, event)
    except POISON_ERRORS as exc:
        return DeadLetter.of(
            record, f"cannot apply {event.type}: {type(exc).__name__}: {exc}", event
        )
    return None


async def _reject(conn: asyncpg.Connection, projection: Projection, letter: DeadLetter) -> None:
    await dead_letters.record(conn, projection.name, letter)
    try:
        async with conn.transaction():
            await projection.reject(conn, letter)
    except POISON_ERRORS as exc:
        log.error("cannot mark the dead letter at %s in the read model: %s", letter.where, exc)


async def partitions_of(kafka: KafkaOptions, topic: str, stop: asyncio.Event) -> list[int]:
    """The topic's partitions, waiting until whoever creates it (api or worker) has."""
    admin = AIOKafkaAdminClient(**kafka)
    await admin.start()
    try:
        while not stop.is_set():
            described = await admin.describe_topics([topic])
            ready = [
                p["partition"] for d in described if d["error_code"] == 0 for p in d["partitions"]
            ]
            if ready:
                return sorted(ready)
            log.info("waiting for topic %s to exist", topic)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 1.0)
        return []
    finally:
        await admin.close()


class _Follower:
    """One consumer over every partition, kept at the positions stored in Postgres."""

    def __init__(
        self, consumer: AIOKafkaConsumer, pool: asyncpg.Pool, projection: Projection, topic: str
    ) -> None:
        self.consumer = consumer
        self.pool = pool
        self.projection = projection
        self.topic = topic
        self.positions: dict[TopicPartition, Position] = {}
        self.synced_at = time.monotonic()

    async def assign(self, partitions: list[int]) -> None:
        assigned = [TopicPartition(self.topic, p) for p in partitions]
        self.consumer.assign(assigned)
        stored = await offsets.stored_offsets(self.pool, self.projection.name, self.topic)
        for partition in assigned:
            self._seek(partition, stored.get(partition.partition))

    async def resync(self) -> None:
        """Seek every partition whose stored position differs from ours (a rebuild)."""
        stored = await offsets.stored_offsets(self.pool, self.projection.name, self.topic)
        for partition, position in self.positions.items():
            if stored.get(partition.partition) != position:
                log.info("stored position of %s is not ours: seeking", partition)
                self._seek(partition, stored.get(partition.partition))
        self.synced_at = time.monotonic()

    async def consume(
        self, partition: TopicPartition, records: list[ConsumerRecord[bytes, bytes]]
    ) -> None:
        expected = self.positions[partition]
        fresh = [r for r in records if expected is None or r.offset >= expected]
        if not fresh:
            return
        try:
            await apply_batch(self.pool, self.projection, partition, fresh, expected)
        except PositionMoved as moved:
            log.info("stored position of %s moved to %s: seeking", partition, moved.position)
            self._seek(partition, moved.position)
            return
        self.positions[partition] = fresh[-1].offset + 1

    def _seek(self, partition: TopicPartition, position: Position) -> None:
        # Offset 0 may be gone on a trimmed log: the consumer then resets to the earliest.
        self.consumer.seek(partition, 0 if position is None else position)
        self.positions[partition] = position


async def run_projection(
    pool: asyncpg.Pool,
    kafka: KafkaOptions,
    topic: str,
    projection: Projection,
    stop: asyncio.Event,
) -> None:
    """Project until `stop` is set."""
    consumer = AIOKafkaConsumer(
        **kafka,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        follower = _Follower(consumer, pool, projection, topic)
        await follower.assign(await partitions_of(kafka, topic, stop))
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500, max_records=500)
            for partition, records in batches.items():
                await follower.consume(partition, records)
            if time.monotonic() - follower.synced_at >= RESYNC_INTERVAL_S:
                await follower.resync()
    finally:
        await consumer.stop()
