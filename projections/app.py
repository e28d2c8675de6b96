"""Wires the projector: a pool and the generations projection (rebuild: empty it first)."""

import asyncio
import contextlib
import logging
import signal

from projections import dead_letters, generations, metrics, offsets
from projections.database import create_pool
from projections.kafka_client import client_options
from projections.migrate import require_migrated
from projections.projection import Projection
from projections.runner import run_projection
from schemas import topics
from schemas.settings import Settings

log = logging.getLogger(__name__)


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
        await run_projection(pool, client_options(settings), topic, generations.PROJECTION, stop)
    finally:
        sampling.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sampling
        await pool.close()


async def rebuild(settings: Settings, projection: Projection = generations.PROJECTION) -> None:
    """Empty a read model, its dead letters and its offsets, in one transaction.

    A running projector notices its stored positions moved and replays from zero; a
    stopped one does so when it starts.
    """
    await require_migrated(settings)
    pool = await create_pool(settings, min_size=1, max_size=1)
    try:
        async with pool.acquire() as conn, conn.transaction():
            await offsets.lock_for_rebuild(conn)
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
