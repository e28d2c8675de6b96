"""The api's side of Kafka: its producer and admin client, run topics, and accepting a request."""

import asyncio
import contextlib
import logging

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

from projections.kafka_client import client_options
from projections.log_topics import TopicError, ensure_topics, log_topics, run_topic_configs
from projections.producer_topics import TrackedTopics
from schemas import topics
from schemas.backoff import backoff_s
from schemas.settings import Settings

log = logging.getLogger(__name__)

# How long the producer keeps metadata of a pool topic nobody has claimed yet.
POOL_TOPIC_TTL_S = 600.0


class KafkaUnavailable(Exception):
    """Kafka could not take the request; nothing was accepted."""


class KafkaGateway:
    """Owns the api's idempotent producer and admin client for its lifetime."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.producer, self.admin = self._clients()
        self._started = False
        self._lock = asyncio.Lock()
        self.topics = TrackedTopics()
        # A run topic's own settings: none unless the brokers' defaults fall short.
        self.run_topic_configs: dict[str, str] = {}

    def _clients(self) -> tuple[AIOKafkaProducer, AIOKafkaAdminClient]:
        timeout_ms = int(self.settings.kafka_send_timeout_s * 1000)
        producer = AIOKafkaProducer(
            **client_options(self.settings),
            enable_idempotence=True,
            acks="all",
            linger_ms=0,
            request_timeout_ms=timeout_ms,
        )
        admin = AIOKafkaAdminClient(**client_options(self.settings), request_timeout_ms=timeout_ms)
        return producer, admin

    async def start(self) -> None:
        """Connect if Kafka answers; if not, the api still serves and answers 503 meanwhile."""
        try:
            await self.ensure_started()
        except KafkaUnavailable as exc:
            log.warning("kafka not reachable at start-up, will retry per request: %s", exc)

    async def ensure_started(self) -> None:
        if self._started:
            return
        async with self._lock:
            if self._started:
                return
            try:
                async with asyncio.timeout(self.settings.kafka_send_timeout_s):
                    await self.admin.start()
                    await self.producer.start()
                    await ensure_topics(self.admin, log_topics(self.settings))
                    self.run_topic_configs = await run_topic_configs(self.admin, self.settings)
            except (KafkaError, TopicError, TimeoutError, OSError) as exc:
                await self._close_clients()
                self.producer, self.admin = self._clients()
                raise KafkaUnavailable(str(exc) or repr(exc)) from exc
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
            await self.ensure_started()
            await asyncio.wait_for(self.admin.describe_cluster(), timeout=3)
        except (KafkaUnavailable, KafkaError, TimeoutError, OSError):
            return False
        return True

    async def create_run_topics(self, names: list[str]) -> None:
        """Create run topics in one request (the topic pool's refill)."""
        await self.ensure_started()
        # Like the log's topics, an acknowledged event is on min_insync_replicas brokers:
        # by the brokers' default or, where that is lower, by the topic's own setting.
        run = [
            NewTopic(
                name,
                num_partitions=1,
                replication_factor=self.settings.replication_factor,
                topic_configs=self.run_topic_configs,
            )
            for name in names
        ]
        await ensure_topics(self.admin, run)
        await self._await_leaders(names)
        # The producer learns where they live now, in one metadata request, rather than
        # in one per request on the way to its first event.
        self.topics.expect(self.producer, names, POOL_TOPIC_TTL_S)

    async def _await_leaders(self, names: list[str]) -> None:
        """Return once every topic has a leader: a busy broker elects them some time after
        saying 'created', and a request writing to one before answers 503."""
        pending = set(names)
        polls = 0
        async with asyncio.timeout(self.settings.kafka_send_timeout_s):
            while True:
                for item in await self.admin.describe_topics(sorted(pending)):
                    partitions = item["partitions"]
                    if (
                        item["error_code"] == 0
                        and partitions
                        and all(p["error_code"] == 0 and p["leader"] >= 0 for p in partitions)
                    ):
                        pending.discard(item["topic"])
                if not pending:
                    return
                await asyncio.sleep(backoff_s(polls, first=0.02, most=0.5))
                polls += 1

    async def delete_topics(self, names: list[str]) -> None:
        await self.ensure_started()
        await self.admin.delete_topics(names)

    async def run_topic_exists(self, request_id: str) -> bool:
        """False once the janitor deleted the request's run topic."""
        try:
            await self.ensure_started()
            name = topics.run_topic(request_id, self.settings.topic_prefix)
            described = await asyncio.wait_for(self.admin.describe_topics([name]), 5)
        except (KafkaError, TimeoutError, OSError) as exc:
            raise KafkaUnavailable(str(exc) or repr(exc)) from exc
        return any(item["error_code"] == 0 and item["partitions"] for item in described)

    async def write_queued(self, request_id: str, value: bytes) -> int:
        """'queued' (the encoded PlanRequested) on the request's run topic; its offset.
        Nothing is accepted by it alone: the run topic is the request's own, which nobody
        else can name yet."""
        run = topics.run_topic(request_id, self.settings.topic_prefix)
        offset = await self._write(run, request_id, value)
        self.topics.forget(self.producer, run)  # the api writes nothing else there
        return offset

    async def write_command(self, request_id: str, value: bytes) -> None:
        """The command: once Kafka acknowledged it (acks=all), the request is accepted."""
        await self._write(topics.commands_topic(self.settings.topic_prefix), request_id, value)

    async def _write(self, topic: str, request_id: str, value: bytes) -> int:
        await self.ensure_started()
        try:
            async with asyncio.timeout(self.settings.kafka_send_timeout_s):
                self.topics.wrote(self.producer, topic)
                sent = await self.producer.send_and_wait(topic, value, key=request_id.encode())
        except (KafkaError, TimeoutError, OSError) as exc:
            log.warning("kafka refused request %s: %r", request_id, exc)
            raise KafkaUnavailable(str(exc) or repr(exc)) from exc
        return int(sent.offset)
