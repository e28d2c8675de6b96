"""Wires the agents worker: a Faust app whose agent takes PlanRequested commands.

The agent itself only hands each command to the runner (`agents/runner.py`), which runs
hundreds at once and acknowledges them in order; `agents/handler.py` carries one out.
Two loops: Faust's takes commands, holds them fairly and acknowledges them; the
generations, and all they connect to, run on a loop of their own
(`agents/generation_loop.py`), so a burst's work never delays the intake.
"""

import asyncio
import concurrent.futures
import logging
import os
import socket
import tempfile
from collections.abc import Awaitable
from typing import Any

import asyncpg
import faust
import mode
from faust.types.auth import CredentialsT

from agents import metrics
from agents.generation_loop import GenerationLoop
from agents.handler import Ports, handle_command
from agents.janitor import Janitor
from agents.ledger import PostgresLedger
from agents.log_reader import KafkaLogReader
from agents.planner_processes import planner_executor
from agents.producer import RenewableProducer
from agents.providers import close_provider, provider_for
from agents.queue_notices import announce, queued_notice
from agents.runner import CommandRunner
from agents.source_drafts import PostgresSourceDrafts
from projections.database import create_pool
from projections.kafka_client import client_options, ssl_context, uses_sasl, uses_tls
from projections.log_topics import ensure_log_topics
from schemas import log_context, topics
from schemas.events import PlanRequested
from schemas.settings import Settings

log = logging.getLogger(__name__)

# More acknowledgements than a worker ever holds between two timer commits.
COMMIT_EVERY_NEVER = 1_000_000


class Resources:
    """What the worker connects to: built, used and closed on the generation loop only."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ready = asyncio.Event()
        self.pool: asyncpg.Pool | None = None
        self.producer: RenewableProducer | None = None
        self.executor: concurrent.futures.Executor | None = None
        self.log_reader = KafkaLogReader(settings)
        self.ports: Ports | None = None

    async def start(self, worker: str) -> None:
        settings = self.settings
        self.pool = await create_pool(settings, min_size=1, max_size=10)
        self.producer = RenewableProducer(settings)
        await self.producer.start()
        self.executor = planner_executor(settings.planner_processes, settings.planner_niceness)
        self.ports = Ports(
            producer=self.producer,
            ledger=PostgresLedger(self.pool),
            provider=provider_for(settings, self.executor),
            settings=settings,
            worker=worker,
            drafts=PostgresSourceDrafts(self.pool),
            log=self.log_reader,
        )
        self.ready.set()

    async def stop(self) -> None:
        if self.ports is not None:
            await close_provider(self.ports.provider)
        await self.log_reader.stop()
        if self.producer is not None:
            await self.producer.stop()
        if self.pool is not None:
            await self.pool.close()
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)


def faust_credentials(settings: Settings) -> CredentialsT | None:
    """The worker's Kafka credentials, from the settings every other client uses too."""
    context = ssl_context(settings.kafka_ssl_cafile) if uses_tls(settings) else None
    if uses_sasl(settings):
        assert settings.kafka_sasl_password is not None  # the settings check it
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password.get_secret_value(),
            ssl_context=context,
            mechanism=settings.kafka_sasl_mechanism,
        )
    return None if context is None else faust.SSLCredentials(context)


def create_app(settings: Settings) -> faust.App:
    """The Faust app; nothing connects until the worker starts it."""
    app = faust.App(
        f"{settings.topic_prefix}coach-agents",
        broker=[f"kafka://{server}" for server in settings.kafka_servers],
        broker_credentials=faust_credentials(settings),
        store="memory://",
        web_enabled=False,
        datadir=os.path.join(tempfile.gettempdir(), f"coach-agents-{os.getpid()}"),
        topic_replication_factor=settings.replication_factor,
        topic_partitions=settings.commands_partitions,
        consumer_auto_offset_reset="earliest",
        # The runner acknowledges in order; waiting for in-flight generations (minutes
        # with a model) would stall every rebalance, so Faust does not wait for them.
        stream_wait_empty=False,
        # Offsets are committed by the timer only: Faust's per-count commit runs inside the
        # loop that takes commands, which then waits for the commit's round trip (over a
        # second under load, with commands held in line): another organisation's command
        # would wait behind it.
        broker_commit_every=COMMIT_EVERY_NEVER,
        broker_commit_interval=1.0,
        broker_session_timeout=settings.worker_session_timeout_s,
        broker_heartbeat_interval=min(3.0, settings.worker_session_timeout_s / 3),
    )
    commands = app.topic(
        topics.commands_topic(settings.topic_prefix),
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.commands_partitions,
    )
    worker = f"{socket.gethostname()}-{os.getpid()}"
    resources = Resources(settings)

    generations = GenerationLoop()

    async def generate(requested: PlanRequested) -> None:
        # On the generation loop, in a task of its own: this binds its log lines only.
        log_context.bind(request_id=requested.request_id)
        await resources.ready.wait()
        assert resources.ports is not None
        await handle_command(requested, resources.ports)

    async def handle(requested: PlanRequested) -> None:
        await generations.run(generate(requested))

    def announce_place(requested: PlanRequested, place: int, notice: int) -> None:
        producer = resources.producer
        if producer is None:
            return  # not connected yet: the stream says "queued" without a place
        event = queued_notice(requested, place, notice)
        generations.spawn(_announced(announce(producer, settings, event)))

    runner = CommandRunner(
        handle, settings.worker_concurrency, settings.org_running_limit, announce_place
    )
    # For tests and metrics; faust.App declares no such attribute, hence the ignore.
    app.runner = runner  # type: ignore[attr-defined]
    metrics.watch_in_flight(lambda: runner.running, lambda: runner.queued)
    telemetry = metrics.WorkerTelemetry(
        settings.metrics_host,
        settings.worker_metrics_port,
        client_options(settings),
        app.conf.id,
        commands.get_topic_name(),
    )

    async def close() -> None:
        await resources.stop()
        await telemetry.stop()

    @app.service
    class _Lifetime(mode.Service):
        async def on_start(self) -> None:
            generations.start()
            await generations.run(telemetry.start())
            await generations.run(resources.start(worker))

        async def on_stop(self) -> None:
            # The runner's tasks end once their generations have: only then do the
            # producer and the pool close, on the loop that used them.
            await runner.stop()
            await generations.stop(close)

        @mode.Service.timer(settings.metrics_sample_s)
        async def _sample_metrics(self) -> None:
            await generations.run(telemetry.sample())

        @mode.Service.timer(settings.heartbeat_s)
        async def _heartbeat(self) -> None:
            held = runner.held  # read here: the runner lives on this loop
            if held:
                await generations.run(heartbeat(resources, held))

    @app.agent(commands)
    async def take_commands(stream: faust.StreamT[bytes]) -> None:
        # StreamT (faust's interface) lacks noack(), which every Stream has: hence the ignore.
        async for event in stream.noack().events():  # type: ignore[attr-defined]
            runner.submit(event.message.tp, event.message.offset, event.value, event)

    async def on_revoked(sender: Any, revoked: set[Any], **kwargs: Any) -> None:
        runner.on_revoked(revoked)

    async def on_assigned(sender: Any, assigned: set[Any], **kwargs: Any) -> None:
        runner.on_assigned(assigned)

    # faust types a receiver as (sender, *args, signal=..., **kwargs); these name the
    # partitions it passes positionally: hence the ignores.
    app.on_partitions_revoked.connect(on_revoked)  # type: ignore[arg-type]
    app.on_partitions_assigned.connect(on_assigned)  # type: ignore[arg-type]

    janitor = Janitor(settings, resources)

    @app.timer(settings.janitor_interval_s, on_leader=True)
    async def clean_up() -> None:
        # A timer that raises would stop the worker: the janitor never does.
        await generations.run(janitor.sweep_safely())

    return app


async def heartbeat(resources: Resources, held: list[str]) -> None:
    """Tell the ledger this worker still holds `held`; a failure is tried at the next beat."""
    if resources.ports is None:
        return
    try:
        await resources.ports.ledger.heartbeat(held)
    except Exception as exc:
        log.warning("heartbeat failed: %r", exc)


async def _announced(sending: Awaitable[None]) -> None:
    try:
        await sending
    except Exception as exc:  # a place in line is a courtesy; the generation goes on
        log.info("a queued notice was not written: %r", exc)


def run_worker(settings: Settings) -> None:
    """Run the worker in the foreground until interrupted."""
    # Subscribing before the command topic exists would leave the worker without
    # partitions until its next metadata refresh: create the topics first.
    asyncio.run(ensure_log_topics(settings))
    app = create_app(settings)
    # The logging set up by the command line stays: Faust would replace it with its own.
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True, override_logging=False)
    # Faust drops its terminal spinner only when it sets logging up itself; its control
    # characters would otherwise land in the log.
    worker.spinner = None
    worker.execute_from_commandline()
