"""The worker's idempotent producer, replaced by a fresh one after a Kafka error.

An idempotent producer numbers its records per partition; once the broker refused a
record (too large, say), the numbers no longer match and every later record to that
partition fails (OutOfOrderSequenceNumber). A new producer starts a new sequence, so
after any Kafka error the next attempt writes through a fresh one.
"""

import asyncio
import contextlib
import logging
from typing import Any

from aiokafka import AIOKafkaProducer

from projections.kafka_client import client_options
from projections.producer_topics import TrackedTopics
from schemas.settings import Settings

log = logging.getLogger(__name__)

RETIRE_S = 30.0


class RenewableProducer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._producer: AIOKafkaProducer | None = None
        self._retiring: set[asyncio.Task[None]] = set()
        self.renewals = 0
        self.topics = TrackedTopics()

    def _new(self) -> AIOKafkaProducer:
        return AIOKafkaProducer(
            **client_options(self.settings),
            enable_idempotence=True,
            linger_ms=5,
            request_timeout_ms=int(self.settings.kafka_send_timeout_s * 1000),
        )

    async def start(self) -> None:
        producer = self._new()
        await producer.start()
        self._producer = producer

    async def send(self, topic: str, value: bytes, key: bytes) -> Any:
        assert self._producer is not None, "start() the producer first"
        self.topics.wrote(self._producer, topic)
        return await self._producer.send(topic, value, key=key)

    def forget(self, topic: str) -> None:
        """The producer will not write to `topic` again (its records are acknowledged)."""
        if self._producer is not None:
            self.topics.forget(self._producer, topic)

    async def renew(self) -> None:
        """Write through a fresh producer from now on; the old one delivers what it can."""
        old, fresh = self._producer, self._new()
        await fresh.start()
        self._producer = fresh
        self.renewals += 1
        log.warning("the worker's Kafka producer was replaced after an error")
        if old is not None:
            task = asyncio.create_task(self._retire(old))
            self._retiring.add(task)
            task.add_done_callback(self._retiring.discard)

    async def _retire(self, producer: AIOKafkaProducer) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(producer.stop(), RETIRE_S)

    async def stop(self) -> None:
        for task in list(self._retiring):
            task.cancel()
        if self._producer is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._producer.stop(), RETIRE_S)
            self._producer = None
