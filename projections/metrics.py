"""The projector's Prometheus metrics: its position in the log, its lag, its dead letters.

Sampled from what the projector stored in Postgres (its next offsets, the dead-letter
table) and from the log's end offsets, so they say what a restart would resume from.
"""

import asyncio
import contextlib
import logging

import asyncpg
from prometheus_client import (
    Gauge,
)

from projections import dead_letters, offsets
from projections.kafka_client import client_options
from projections.registry import process_registry
from projections.telemetry import OffsetProbe, lag, serve_metrics
from schemas.settings import Settings

log = logging.getLogger(__name__)

REGISTRY = process_registry()

POSITION = Gauge(
    "coach_projector_position",
    "The next offset of coach.events the projector will apply, per partition (as stored).",
    ["projection", "partition"],
    registry=REGISTRY,
)
LAG = Gauge(
    "coach_projector_lag",
    "Events in coach.events the projector has not applied yet, per partition.",
    ["projection", "partition"],
    registry=REGISTRY,
)
DEAD_LETTERS = Gauge(
    "coach_projector_dead_letters",
    "Records of the log the projection could not decode or apply (table dead_letters).",
    ["projection"],
    registry=REGISTRY,
)


async def sample(pool: asyncpg.Pool, probe: OffsetProbe, topic: str, projection: str) -> None:
    """Set every gauge from Postgres and the log's end offsets."""
    stored = await offsets.stored_offsets(pool, projection, topic)
    ends = await probe.end_offsets(topic)
    for partition, behind in lag(ends, stored).items():
        LAG.labels(projection, str(partition)).set(behind)
        POSITION.labels(projection, str(partition)).set(stored.get(partition, 0))
    DEAD_LETTERS.labels(projection).set(await dead_letters.dead_letter_count(pool, projection))


async def sample_forever(
    settings: Settings, pool: asyncpg.Pool, topic: str, projection: str, stop: asyncio.Event
) -> None:
    """Serve the metrics and sample them every `metrics_sample_s` until `stop` is set."""
    server = serve_metrics(REGISTRY, settings.metrics_host, settings.projector_metrics_port)
    if server is None:
        return
    probe = OffsetProbe(client_options(settings))
    started = False
    try:
        while not stop.is_set():
            try:
                if not started:
                    await probe.start()
                    started = True
                await sample(pool, probe, topic, projection)
            except Exception as exc:  # Kafka or Postgres away: say why, try again later
                log.warning("sampling the projector's metrics failed: %r", exc)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), settings.metrics_sample_s)
    finally:
        await probe.stop()
        server.close()
