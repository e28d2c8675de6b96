"""Reads coach.events from the start of every partition to where it ended when asked."""

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from projections.kafka_client import client_options
from projections.runner import partitions_of
from schemas import topics
from schemas.events import UndecodableEvent, decode_event
from schemas.settings import Settings

TOPIC_WAIT_S = 10


class LogUnavailable(Exception):
    """The log's topic does not exist or cannot be read."""


@dataclass
class LogSnapshot:
    """The log's events as logged (unknown fields kept), and the offsets read per partition."""

    topic: str
    records: list[dict[str, Any]] = field(default_factory=list)
    offsets: dict[str, dict[str, int]] = field(default_factory=dict)
    undecodable: int = 0


async def read_log(settings: Settings) -> LogSnapshot:
    topic = topics.events_topic(settings.topic_prefix)
    never = asyncio.Event()
    try:
        numbers = await asyncio.wait_for(
            partitions_of(client_options(settings), topic, never), TOPIC_WAIT_S
        )
    except TimeoutError:
        raise LogUnavailable(f"no topic {topic} on {settings.kafka_bootstrap}") from None
    consumer = AIOKafkaConsumer(
        **client_options(settings),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, number) for number in numbers]
        consumer.assign(partitions)
        starts = await consumer.beginning_offsets(partitions)
        ends = await consumer.end_offsets(partitions)
        snapshot = LogSnapshot(topic)
        for partition in partitions:
            snapshot.offsets[str(partition.partition)] = {
                "from": starts[partition],
                "to": ends[partition],
            }
            consumer.seek(partition, starts[partition])
            await _read_partition(consumer, partition, ends[partition], snapshot)
        return snapshot
    finally:
        await consumer.stop()


async def _read_partition(
    consumer: AIOKafkaConsumer, partition: TopicPartition, end: int, snapshot: LogSnapshot
) -> None:
    while await consumer.position(partition) < end:
        batch = await consumer.getmany(partition, timeout_ms=1000, max_records=2000)
        for record in batch.get(partition, []):
            if record.offset >= end or record.value is None:
                continue
            try:
                decode_event(record.value)  # what the projector refuses is left out here too
                snapshot.records.append(json.loads(record.value))
            except (UndecodableEvent, ValueError):
                snapshot.undecodable += 1
