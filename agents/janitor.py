"""Deletes run topics some time after their generation finished; the log keeps everything."""

import datetime as dt
import logging

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from schemas import topics
from schemas.events import UndecodableEvent, decode_event, is_terminal
from schemas.settings import Settings

log = logging.getLogger(__name__)


async def finished_at(consumer: AIOKafkaConsumer, topic: str) -> dt.datetime | None:
    """When the topic's generation finished, read from its last record; None if it has not."""
    partition = TopicPartition(topic, 0)
    consumer.assign([partition])
    end = (await consumer.end_offsets([partition]))[partition]
    if end == 0:
        return None
    consumer.seek(partition, end - 1)
    batch = await consumer.getmany(partition, timeout_ms=2000)
    records = batch.get(partition, [])
    if not records or records[-1].value is None:
        return None
    try:
        event = decode_event(records[-1].value)
    except UndecodableEvent:
        return None
    return event.time if is_terminal(event) else None


async def sweep(settings: Settings, now: dt.datetime | None = None) -> list[str]:
    """Delete every run topic whose generation finished longer ago than the retention."""
    now = now or dt.datetime.now(dt.UTC)
    keep = dt.timedelta(hours=settings.run_topic_retention_h)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_servers)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_servers, group_id=None, enable_auto_commit=False
    )
    await admin.start()
    await consumer.start()
    try:
        head = topics.run_topic("", settings.topic_prefix)
        expired = []
        for topic in sorted(t for t in await admin.list_topics() if t.startswith(head)):
            finished = await finished_at(consumer, topic)
            if finished is not None and now - finished >= keep:
                expired.append(topic)
        if expired:
            await admin.delete_topics(expired)
            log.info("janitor deleted %d finished run topics", len(expired))
        return expired
    finally:
        await consumer.stop()
        await admin.close()
