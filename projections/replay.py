"""Reads one generation back from the log, for audit and for prompt evaluation.

Nothing here calls a model: the recorded output is in the events.
"""

import asyncio
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.partitioner import DefaultPartitioner

from projections.kafka_client import client_options
from projections.runner import partitions_of
from schemas import topics
from schemas.events import (
    DraftGenerated,
    Event,
    GenerationFailed,
    PlanGenerated,
    PlanRequested,
    UndecodableEvent,
    WorkoutGenerated,
    decode_event,
)
from schemas.settings import Settings
from schemas.workout import Workout


class NotInLog(LookupError):
    """The log holds no PlanRequested for that request id."""


@dataclass
class RecordedGeneration:
    """A request and the output of its last attempt, as the log has them."""

    requested: PlanRequested
    events: list[Event] = field(default_factory=list)

    @property
    def last_attempt(self) -> int:
        return max((e.attempt for e in self.events), default=0)

    def final(self) -> list[Event]:
        return [e for e in self.events if e.attempt == self.last_attempt]

    @property
    def draft(self) -> DraftGenerated | None:
        return next((e for e in self.final() if isinstance(e, DraftGenerated)), None)

    @property
    def plan(self) -> PlanGenerated | None:
        return next((e for e in self.final() if isinstance(e, PlanGenerated)), None)

    @property
    def workouts(self) -> list[Workout]:
        return [e.workout for e in self.final() if isinstance(e, WorkoutGenerated)]

    @property
    def failure(self) -> GenerationFailed | None:
        return next((e for e in self.final() if isinstance(e, GenerationFailed)), None)


async def recorded_generation(settings: Settings, request_id: str) -> RecordedGeneration:
    """Every logged event of the request, from the one partition its key maps to."""
    topic = topics.events_topic(settings.topic_prefix)
    kafka = client_options(settings)
    consumer = AIOKafkaConsumer(
        **kafka,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    stop = asyncio.Event()
    try:
        partitions = await asyncio.wait_for(partitions_of(kafka, topic, stop), 10)
    except TimeoutError:
        raise NotInLog(f"no topic {topic}") from None
    await consumer.start()
    try:
        key = request_id.encode()
        partition = TopicPartition(topic, DefaultPartitioner()(key, partitions, partitions))
        consumer.assign([partition])
        end = (await consumer.end_offsets([partition]))[partition]
        consumer.seek(partition, 0)
        events: list[Event] = []
        while await consumer.position(partition) < end:
            batch = await consumer.getmany(partition, timeout_ms=1000)
            for record in batch.get(partition, []):
                if record.key == key and record.value is not None:
                    try:
                        events.append(decode_event(record.value))
                    except UndecodableEvent:
                        continue
    finally:
        await consumer.stop()
    requested = next((e for e in events if isinstance(e, PlanRequested)), None)
    if requested is None:
        raise NotInLog(f"no generation {request_id!r} in {topic}")
    return RecordedGeneration(requested, [e for e in events if e is not requested])
