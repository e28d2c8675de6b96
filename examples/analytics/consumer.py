"""Reads coach.events from its beginning with a consumer group of its own (aiokafka).

The report lives in memory, so every run reads the whole log again: on each assignment
the consumer seeks its partitions to the beginning, whatever the group committed. It
still commits what it read, so the group's lag is visible to Kafka's own tools. A
consumer that stores its results would commit offsets together with them instead.
"""

import asyncio
import logging
import os
from collections.abc import Iterable, Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.helpers import create_ssl_context

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


def connection(bootstrap: str, env: Mapping[str, str] = os.environ) -> dict[str, Any]:
    """How to reach Kafka: the bootstrap servers, and the security the deployment's
    COACH_KAFKA_* variables ask for (SASL user and password, a CA file for TLS)."""
    protocol = env.get("COACH_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    options: dict[str, Any] = {"bootstrap_servers": bootstrap, "security_protocol": protocol}
    if protocol in ("SSL", "SASL_SSL"):
        # Verifies the brokers' certificates and names (against the CA file if given).
        options["ssl_context"] = create_ssl_context(cafile=env.get("COACH_KAFKA_SSL_CAFILE"))
    if protocol.startswith("SASL"):
        options["sasl_mechanism"] = env.get("COACH_KAFKA_SASL_MECHANISM", "SCRAM-SHA-256")
        options["sasl_plain_username"] = env["COACH_KAFKA_SASL_USERNAME"]
        options["sasl_plain_password"] = env["COACH_KAFKA_SASL_PASSWORD"]
    return options


async def read_log(
    kafka: Mapping[str, Any], topic: str, group: str, until_idle: float | None, report: Report
) -> None:
    """Fold the log into `report`; with `until_idle`, stop once read to the end and idle that
    many seconds, else run until cancelled. `kafka`: see `connection`."""
    consumer = AIOKafkaConsumer(
        **kafka,
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
