"""Reads what a run topic holds so far, so a redelivered command knows its attempt."""

from aiokafka import AIOKafkaConsumer, TopicPartition

from schemas import topics
from schemas.events import Event, UndecodableEvent, decode_event
from schemas.settings import Settings


async def read_history(settings: Settings, request_id: str) -> list[Event]:
    """Every decodable event of the run topic up to its current end."""
    partition = TopicPartition(topics.run_topic(request_id, settings.topic_prefix), 0)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_servers,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        consumer.assign([partition])
        end = (await consumer.end_offsets([partition]))[partition]
        consumer.seek(partition, 0)
        events: list[Event] = []
        while await consumer.position(partition) < end:
            batches = await consumer.getmany(partition, timeout_ms=1000)
            for record in batches.get(partition, []):
                if record.value is None:
                    continue
                try:
                    events.append(decode_event(record.value))
                except UndecodableEvent:
                    continue
        return events
    finally:
        await consumer.stop()
