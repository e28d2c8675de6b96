"""Reads coach.events from its beginning with a consumer group of its own (aiokafka).

The report lives in memory, so every run reads the whole log again: on each assignment
the consumer seeks its partitions to the beginning, whatever the group committed. It
still commits what it read, so the group's lag is visible to Kafka's own tools. A
consumer that stores its results would commit offsets together with them instead.
"""

import asyncio
import logging
from collections.abc import Iterable

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition

from examples.analytics.report import Report

log = logging.getLogger(__name__)


class FromTheBeginning(ConsumerRebalanceListener):
    """Seeks every newly assigned partition to its first offset."""

    def __init__(self, consumer: AIOKafkaConsumer) -> None:
        self.consumer = consumer

    async def on_partitions_revoked(self, revoked: Iterable[TopicPartition]) -> None:
        pass

    async def on_partitions_assigned(self, assigned: Iterable[TopicPartition]) -> None:
        partitions = list(assigned)
        if partitions:
            await self.consumer.seek_to_beginning(*partitions)


async def caught_up(consumer: AIOKafkaConsumer) -> bool:
    """Every assigned partition is read to its current end (False before the group assigns)."""
    assigned = list(consumer.assignment())
    if not assigned:
        return False
    ends = await consumer.end_offsets(assigned)
    for partition in assigned:
        if await consumer.position(partition) < ends[partition]:
            return False
    return True


async def read_log(
    bootstrap: str, topic: str, group: str, until_idle: float | None, report: Report
) -> None:
    """Fold the log into `report`; with `until_idle`, stop once read to the end and idle that
    many seconds, else run until cancelled."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    consumer.subscribe([topic], listener=FromTheBeginning(consumer))
    await consumer.start()
    loop = asyncio.get_running_loop()
    try:
        idle_since = loop.time()
        while True:
            batches = await consumer.getmany(timeout_ms=500, max_records=1000)
            for records in batches.values():
                for record in records:
                    report.add_record(record.value)
            if batches:
                idle_since = loop.time()
                await consumer.commit()
            elif (
                until_idle is not None
                and loop.time() - idle_since >= until_idle
                and await caught_up(consumer)
            ):
                return
    finally:
        await consumer.stop()
