"""Tails one request's run topic from offset 0 with a group-less consumer."""

import logging
from collections.abc import AsyncGenerator

from aiokafka import AIOKafkaConsumer, TopicPartition

from schemas import topics
from schemas.events import Event, UndecodableEvent, decode_event
from schemas.settings import Settings

log = logging.getLogger(__name__)


async def read_run(settings: Settings, request_id: str) -> AsyncGenerator[tuple[int, Event], None]:
    """Yield (offset, event) for every record of the run topic, then wait for more.

    The caller stops iterating (at a terminal event, a timeout or a disconnect);
    closing the generator stops the consumer.
    """
    partition = TopicPartition(topics.run_topic(request_id, settings.topic_prefix), 0)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_servers,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=200,
    )
    await consumer.start()
    try:
        consumer.assign([partition])
        consumer.seek(partition, 0)
        while True:
            batches = await consumer.getmany(partition, timeout_ms=1000)
            for record in batches.get(partition, []):
                if record.value is None:
                    continue
                try:
                    event = decode_event(record.value)
                except UndecodableEvent:
                    log.warning("skipping undecodable record %s@%d", partition, record.offset)
                    continue
                yield record.offset, event
    finally:
        await consumer.stop()
