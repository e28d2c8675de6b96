"""Wires the agents worker: a Faust app whose agent carries out PlanRequested commands."""

import asyncio
import logging
import os
import socket
import tempfile

import faust
import mode
from aiokafka import AIOKafkaProducer

from agents.handler import handle_command
from agents.janitor import sweep
from agents.providers import provider_for
from schemas import topics
from schemas.events import PlanRequested, UndecodableEvent, decode_event
from schemas.settings import Settings

log = logging.getLogger(__name__)


def create_app(settings: Settings) -> faust.App:
    """The Faust app; nothing connects until the worker starts it."""
    app = faust.App(
        f"{settings.topic_prefix}coach-agents",
        broker=[f"kafka://{server}" for server in settings.kafka_servers],
        store="memory://",
        web_enabled=False,
        datadir=os.path.join(tempfile.gettempdir(), f"coach-agents-{os.getpid()}"),
        topic_replication_factor=1,
        topic_partitions=settings.commands_partitions,
        consumer_auto_offset_reset="earliest",
        broker_commit_every=1,
        broker_session_timeout=settings.worker_session_timeout_s,
        broker_heartbeat_interval=min(3.0, settings.worker_session_timeout_s / 3),
    )
    commands = app.topic(
        topics.commands_topic(settings.topic_prefix),
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.commands_partitions,
    )
    provider = provider_for(settings)
    worker = f"{socket.gethostname()}-{os.getpid()}"
    events_producer = EventsProducer(settings)

    @app.service
    class _ProducerLifetime(mode.Service):
        async def on_stop(self) -> None:
            await events_producer.stop()

    @app.agent(commands, concurrency=settings.worker_concurrency)
    async def generate(stream: faust.StreamT[bytes]) -> None:
        async for value in stream:
            try:
                requested = decode_event(value)
                assert isinstance(requested, PlanRequested)
            except (UndecodableEvent, AssertionError) as exc:
                # A poison record would crash every worker in turn; skip it, loudly.
                log.error("skipping undecodable command: %s", exc)
                continue
            await handle_command(
                requested,
                settings=settings,
                producer=await events_producer.ready(),
                provider=provider,
                worker=worker,
            )

    @app.timer(settings.janitor_interval_s, on_leader=True)
    async def clean_run_topics() -> None:
        await sweep(settings)

    return app


class EventsProducer:
    """The worker's idempotent producer, started on first use by whichever agent needs it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.producer: AIOKafkaProducer | None = None
        self._lock: asyncio.Lock | None = None

    async def ready(self) -> AIOKafkaProducer:
        # Built here, not in __init__: aiokafka needs the running loop.
        self._lock = self._lock or asyncio.Lock()
        async with self._lock:
            if self.producer is None:
                producer = AIOKafkaProducer(
                    bootstrap_servers=self.settings.kafka_servers,
                    enable_idempotence=True,
                    linger_ms=5,
                )
                await producer.start()
                self.producer = producer
        return self.producer

    async def stop(self) -> None:
        if self.producer is not None:
            await self.producer.stop()
            self.producer = None


def run_worker(settings: Settings) -> None:
    """Run the worker in the foreground until interrupted."""
    app = create_app(settings)
    worker = faust.Worker(app, loglevel="INFO", quiet=True)
    worker.execute_from_commandline()
