"""Runs a projection over coach.events, storing its next offsets in the same transaction.

The projector assigns itself every partition (no consumer group) and seeks to the
offsets it stored in Postgres, so a restart neither skips nor repeats an event.
"""

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

import asyncpg
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import ConsumerRecord

from schemas.events import Event, UndecodableEvent, decode_event

log = logging.getLogger(__name__)

Apply = Callable[[asyncpg.Connection, Event], Awaitable[None]]


async def stored_offsets(pool: asyncpg.Pool, projection: str, topic: str) -> dict[int, int]:
    rows = await pool.fetch(
        "SELECT partition, next_offset FROM projection_offsets "
        "WHERE projection = $1 AND topic = $2",
        projection,
        topic,
    )
    return {row["partition"]: row["next_offset"] for row in rows}


async def apply_batch(
    pool: asyncpg.Pool,
    projection: str,
    apply: Apply,
    partition: TopicPartition,
    records: list[ConsumerRecord[bytes, bytes]],
) -> int:
    """Apply records of one partition and store the next offset, in one transaction."""
    applied = 0
    async with pool.acquire() as conn, conn.transaction():
        for record in records:
            event = _decode(record)
            if event is not None:
                await apply(conn, event)
                applied += 1
        await conn.execute(
            """INSERT INTO projection_offsets (projection, topic, partition, next_offset)
               VALUES ($1, $2, $3, $4)
               ON CONFLICT (projection, topic, partition)
               DO UPDATE SET next_offset = EXCLUDED.next_offset""",
            projection,
            partition.topic,
            partition.partition,
            records[-1].offset + 1,
        )
    return applied


def _decode(record: ConsumerRecord[bytes, bytes]) -> Event | None:
    if record.value is None:
        return None
    try:
        return decode_event(record.value)
    except UndecodableEvent:
        log.warning("skipping undecodable event at %s:%d", record.partition, record.offset)
        return None


async def partitions_of(bootstrap: list[str], topic: str, stop: asyncio.Event) -> list[int]:
    """The topic's partitions, waiting until whoever creates it (api or worker) has."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        while not stop.is_set():
            described = await admin.describe_topics([topic])
            found = [
                p["partition"] for d in described if d["error_code"] == 0 for p in d["partitions"]
            ]
            if found:
                return sorted(found)
            log.info("waiting for topic %s to exist", topic)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 1.0)
        return []
    finally:
        await admin.close()


async def assign_from_stored(
    consumer: AIOKafkaConsumer,
    pool: asyncpg.Pool,
    projection: str,
    topic: str,
    partitions: list[int],
) -> list[TopicPartition]:
    assigned = [TopicPartition(topic, p) for p in partitions]
    consumer.assign(assigned)
    offsets = await stored_offsets(pool, projection, topic)
    for tp in assigned:
        if tp.partition in offsets:
            consumer.seek(tp, offsets[tp.partition])
        else:
            consumer.seek(tp, 0)
    return assigned


async def run_projection(
    pool: asyncpg.Pool,
    bootstrap: list[str],
    topic: str,
    projection: str,
    apply: Apply,
    stop: asyncio.Event,
) -> None:
    """Project until `stop` is set."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        # Offset 0 may be gone on a trimmed log: then start at the earliest kept.
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        partitions = await partitions_of(bootstrap, topic, stop)
        await assign_from_stored(consumer, pool, projection, topic, partitions)
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500, max_records=500)
            for partition, records in batches.items():
                if records:
                    await apply_batch(pool, projection, apply, partition, records)
    finally:
        await consumer.stop()
