"""The api's side of Kafka: topic creation and the acknowledged write of a request."""

import asyncio
import contextlib
import logging
import time

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

from schemas import topics
from schemas.events import PlanRequested, encode_event
from schemas.settings import Settings

log = logging.getLogger(__name__)

TOPIC_ALREADY_EXISTS = 36
# The audit log is kept forever; run topics are deleted by the janitor instead.
LOG_TOPIC_CONFIG = {"retention.ms": "-1", "retention.bytes": "-1"}


class KafkaUnavailable(Exception):
    """Kafka could not take the request; nothing was accepted."""


async def ensure_topics(admin: AIOKafkaAdminClient, new_topics: list[NewTopic]) -> None:
    """Create topics, treating 'already exists' as success and any other error as failure."""
    response = await admin.create_topics(new_topics)
    for topic_error in response.topic_errors:
        name, code = topic_error[0], topic_error[1]
        if code not in (0, TOPIC_ALREADY_EXISTS):
            raise KafkaUnavailable(f"creating topic {name} failed with error code {code}")


def log_topics(settings: Settings) -> list[NewTopic]:
    return [
        NewTopic(
            topics.commands_topic(settings.topic_prefix),
            num_partitions=settings.commands_partitions,
            replication_factor=1,
        ),
        NewTopic(
            topics.events_topic(settings.topic_prefix),
            num_partitions=settings.events_partitions,
            replication_factor=1,
            topic_configs=LOG_TOPIC_CONFIG,
        ),
    ]


class KafkaGateway:
    """Owns the api's idempotent producer and admin client for its lifetime."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.producer, self.admin = self._clients()
        self._started = False
        self._lock = asyncio.Lock()

    def _clients(self) -> tuple[AIOKafkaProducer, AIOKafkaAdminClient]:
        timeout_ms = int(self.settings.kafka_send_timeout_s * 1000)
        producer = AIOKafkaProducer(
            bootstrap_servers=self.settings.kafka_servers,
            enable_idempotence=True,
            acks="all",
            linger_ms=0,
            request_timeout_ms=timeout_ms,
        )
        admin = AIOKafkaAdminClient(
            bootstrap_servers=self.settings.kafka_servers, request_timeout_ms=timeout_ms
        )
        return producer, admin

    async def start(self) -> None:
        """Connect if Kafka answers; if not, the api still serves and answers 503 meanwhile."""
        try:
            await self._ensure_started()
        except KafkaUnavailable as exc:
            log.warning("kafka not reachable at start-up, will retry per request: %s", exc)

    async def _ensure_started(self) -> None:
        async with self._lock:
            if self._started:
                return
            try:
                async with asyncio.timeout(self.settings.kafka_send_timeout_s):
                    await self.admin.start()
                    await self.producer.start()
                    await ensure_topics(self.admin, log_topics(self.settings))
            except (KafkaError, TimeoutError, OSError) as exc:
                await self._close_clients()
                self.producer, self.admin = self._clients()
                raise KafkaUnavailable(str(exc)) from exc
            self._started = True

    async def stop(self) -> None:
        await self._close_clients()

    async def _close_clients(self) -> None:
        with contextlib.suppress(Exception):
            await self.producer.stop()
        with contextlib.suppress(Exception):
            await self.admin.close()

    async def healthy(self) -> bool:
        try:
            await self._ensure_started()
            await asyncio.wait_for(self.admin.describe_cluster(), timeout=3)
        except (KafkaUnavailable, KafkaError, TimeoutError, OSError):
            return False
        return True

    async def run_topic_exists(self, request_id: str) -> bool:
        """False once the janitor deleted the request's run topic."""
        await self._ensure_started()
        name = topics.run_topic(request_id, self.settings.topic_prefix)
        described = await self.admin.describe_topics([name])
        return any(item["error_code"] == 0 and item["partitions"] for item in described)

    async def submit(self, requested: PlanRequested) -> float:
        """Create the run topic, write 'queued' to it, then the log entry and the command.

        Answers only after Kafka acknowledged all three (acks=all); returns the seconds
        the topic creation took. Raises KafkaUnavailable when Kafka cannot take it.
        """
        await self._ensure_started()
        prefix = self.settings.topic_prefix
        value = encode_event(requested)
        key = requested.request_id.encode()
        try:
            async with asyncio.timeout(self.settings.kafka_send_timeout_s):
                started = time.perf_counter()
                run = NewTopic(
                    topics.run_topic(requested.request_id, prefix),
                    num_partitions=1,
                    replication_factor=1,
                )
                await ensure_topics(self.admin, [run])
                topic_seconds = time.perf_counter() - started
                await self.producer.send_and_wait(run.name, value, key=key)
                await self.producer.send_and_wait(topics.events_topic(prefix), value, key=key)
                await self.producer.send_and_wait(topics.commands_topic(prefix), value, key=key)
        except (KafkaError, TimeoutError, OSError) as exc:
            log.warning("kafka refused request %s: %r", requested.request_id, exc)
            raise KafkaUnavailable(str(exc)) from exc
        return topic_seconds
