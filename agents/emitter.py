"""Numbers an attempt's events and writes them to the run topic and the event log."""

import asyncio
import datetime as dt
from collections.abc import Awaitable
from typing import Any, Protocol

from aiokafka.errors import KafkaTimeoutError

from schemas import topics
from schemas.events import LOG_EXCLUDED_TYPES, EventBase, PlanRequested, encode_event
from schemas.settings import Settings


class Producer(Protocol):
    """What the emitter needs of a Kafka producer (aiokafka's fits)."""

    async def send(self, topic: str, value: bytes, key: bytes) -> Awaitable[Any]: ...


class RenewableSink(Producer, Protocol):
    """A producer that can be replaced by a fresh one after a Kafka error."""

    async def renew(self) -> None: ...

    def forget(self, topic: str) -> None: ...


class Emitter:
    """One attempt's writer: seq increases by one per event; `flush` awaits Kafka's acks."""

    def __init__(
        self,
        producer: Producer,
        settings: Settings,
        *,
        request_id: str,
        org_id: str,
        attempt: int,
        provider: str,
        prompt_version: str,
        model: str,
    ) -> None:
        self.producer = producer
        self.settings = settings
        self.request_id = request_id
        self.org_id = org_id
        self.attempt = attempt
        self.provider = provider
        self.prompt_version = prompt_version
        self.model = model
        self.seq = 0
        self._pending: list[Awaitable[Any]] = []

    def envelope(self) -> dict[str, Any]:
        """The common fields of the next event; advances the sequence number."""
        fields = {
            "request_id": self.request_id,
            "attempt": self.attempt,
            "seq": self.seq,
            "time": dt.datetime.now(dt.UTC),
            "org_id": self.org_id,
            "provider": self.provider,
            "prompt_version": self.prompt_version,
            "model": self.model,
        }
        self.seq += 1
        return fields

    async def emit(self, event_type: type[EventBase], **fields: Any) -> EventBase:
        """Queue the event in order on both topics; acks are awaited by `flush`."""
        event = event_type(**self.envelope(), **fields)
        value = encode_event(event)
        key = self.request_id.encode()
        prefix = self.settings.topic_prefix
        run = topics.run_topic(self.request_id, prefix)
        self._pending.append(await self.producer.send(run, value, key=key))
        if getattr(event, "type", "") not in LOG_EXCLUDED_TYPES:
            log = topics.events_topic(prefix)
            self._pending.append(await self.producer.send(log, value, key=key))
        return event

    async def flush(self) -> None:
        """Wait for Kafka's acks; KafkaTimeoutError if they do not come in time.

        aiokafka's idempotent producer never gives a batch up, so an unanswering broker
        would hold the attempt forever: past the bound the attempt is given up (a new one
        starts), while the producer still delivers the old batches, in order, later.
        """
        pending, self._pending = self._pending, []
        await acknowledged(pending, self.settings.kafka_flush_timeout_s)


async def log_request(producer: Producer, settings: Settings, requested: PlanRequested) -> None:
    """Record an accepted request in the event log, as the api wrote it; waits for the ack."""
    key = requested.request_id.encode()
    log = topics.events_topic(settings.topic_prefix)
    sent = await producer.send(log, encode_event(requested), key=key)
    await acknowledged([sent], settings.kafka_flush_timeout_s)


async def acknowledged(pending: list[Awaitable[Any]], timeout: float) -> None:
    """Every send acknowledged within `timeout` seconds, or KafkaTimeoutError (none cancelled)."""
    if not pending:
        return
    futures = [asyncio.ensure_future(item) for item in pending]
    done, waiting = await asyncio.wait(futures, timeout=timeout)
    if waiting:
        raise KafkaTimeoutError(
            f"{len(waiting)} of {len(futures)} records unacknowledged after {timeout:g} s"
        )
    for future in done:
        future.result()
