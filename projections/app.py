"""Wires the projector: a pool, the generations projection over coach.events and the
evaluations projection over coach.evaluations (rebuild: empty them first)."""

import asyncio
import contextlib
import logging
import signal
from collections.abc import Coroutine
from typing import Any

import asyncpg
from aiokafka.errors import KafkaError

from projections import dead_letters, evaluations, generations, metrics, offsets
from projections.database import create_pool
from projections.kafka_client import client_options
from projections.log_topics import ensure_evaluations_topic
from projections.migrate import require_migrated
from projections.projection import Projection
from projections.runner import run_projection
from schemas import topics
from schemas.settings import Settings

log = logging.getLogger(__name__)
PROJECTIONS = (generations.PROJECTION, evaluations.PROJECTION)


async def serve(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Run the projector until `stop` is set (or SIGINT/SIGTERM when not given)."""
    stop = stop or _stop_on_signals()
    pool = await create_pool(settings, min_size=1, max_size=4)
    topic = topics.events_topic(settings.topic_prefix)
    sampling = asyncio.create_task(
        metrics.sample_forever(settings, pool, topic, generations.NAME, stop), name="metrics"
    )
    try:
        log.info("projector running on %s", topic)
        await _until_one_fails(
            run_projection(pool, client_options(settings), topic, generations.PROJECTION, stop),
            _project_evaluations(settings, pool, stop),
        )
    finally:
        sampling.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sampling
        await pool.close()


async def _until_one_fails(*work: Coroutine[Any, Any, None]) -> None:
    """Run the projections together; the first error stops the others and is raised as it is."""
    tasks = [asyncio.create_task(item) for item in work]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            task.result()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def _project_evaluations(settings: Settings, pool: asyncpg.Pool, stop: asyncio.Event) -> None:
    """The evaluations' read model; their topic is created here if no evaluation has run yet
    (the projector would otherwise wait for it, saying so every second)."""
    try:
        await ensure_evaluations_topic(settings)
    except (KafkaError, OSError) as exc:
        log.warning("cannot create the evaluations topic yet (%s); waiting for it", exc)
    topic = topics.evaluations_topic(settings.topic_prefix)
    await run_projection(pool, client_options(settings), topic, evaluations.PROJECTION, stop)


async def rebuild(settings: Settings, *chosen: Projection) -> None:
    """Empty read models (all when none is named), their dead letters and offsets, in one
    transaction.

    A running projector notices its stored positions moved and replays from zero; a
    stopped one does so when it starts.
    """
    await require_migrated(settings)
    pool = await create_pool(settings, min_size=1, max_size=1)
    try:
        async with pool.acquire() as conn, conn.transaction():
            await offsets.lock_for_rebuild(conn)
            for projection in chosen or PROJECTIONS:
                await conn.execute(f"TRUNCATE {', '.join(projection.tables)}")
                await dead_letters.clear(conn, projection.name)
                await offsets.forget(conn, projection.name)
    finally:
        await pool.close()


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    return stop
