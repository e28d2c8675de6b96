"""Reading one record of the event log back, by its position (rare: see `handler.take`)."""

import asyncio
import contextlib
from typing import Protocol

from aiokafka import AIOKafkaConsumer, TopicPartition

from projections.kafka_client import client_options
from schemas import topics
from schemas.log_position import LogPosition
from schemas.settings import Settings


class LogReader(Protocol):
    async def read(self, position: LogPosition) -> bytes:
        """The value of the log's record at that position."""
        ...


class KafkaLogReader:
    """One consumer with no group, started on first use, shared by whoever needs a record."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._consumer: AIOKafkaConsumer | None = None
        self._lock = asyncio.Lock()

    async def read(self, position: LogPosition) -> bytes:
        partition = TopicPartition(
            topics.events_topic(self.settings.topic_prefix), position.partition
        )
        async with self._lock, asyncio.timeout(self.settings.kafka_flush_timeout_s):
            consumer = await self._started()
            consumer.assign([partition])
            consumer.seek(partition, position.offset)
            while True:
                record = await consumer.getone(partition)
                if record.offset == position.offset and record.value is not None:
                    return bytes(record.value)
                if record.offset > position.offset:
                    raise LookupError(f"no record at {position} (compacted or deleted)")

    async def _started(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            consumer = AIOKafkaConsumer(
                **client_options(self.settings), group_id=None, enable_auto_commit=False
            )
            await consumer.start()
            self._consumer = consumer
        return self._consumer

    async def stop(self) -> None:
        if self._consumer is not None:
            with contextlib.suppress(Exception):
                await self._consumer.stop()
            self._consumer = None
