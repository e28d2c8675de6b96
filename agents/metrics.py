"""The worker's Prometheus metrics: generations, model calls, commands in flight and lag.

The worker serves its own registry on COACH_WORKER_METRICS_PORT (`projections.telemetry`).
Providers report each model call with `observe_model_call` or `timed_model_call`.
"""

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from prometheus_client import (
    Counter,
    Gauge,
    Histogram,
)

from projections.registry import process_registry
from schemas.events import TokenUsage
from schemas.outcomes import MetricOutcome

if TYPE_CHECKING:  # the offline planner imports this module: no Kafka client at import
    from projections.kafka_client import KafkaOptions
    from projections.telemetry import MetricsServer, OffsetProbe

log = logging.getLogger(__name__)

REGISTRY = process_registry()

# A generation with the built-in planner takes well under a second; with a model, minutes.
DURATION_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200)

GENERATIONS = Counter(
    "coach_generations",
    "Attempts the worker ended: succeeded or failed (a terminal event in the log), or "
    "interrupted by the infrastructure (Kafka, Postgres) and tried again.",
    ["step", "outcome"],
    registry=REGISTRY,
)
GENERATION_SECONDS = Histogram(
    "coach_generation_duration_seconds",
    "Time from an attempt's start to its terminal event being acknowledged by Kafka.",
    ["step", "outcome"],
    buckets=DURATION_BUCKETS,
    registry=REGISTRY,
)
MODEL_CALL_SECONDS = Histogram(
    "coach_model_call_duration_seconds",
    "Time of one call to the model server, by step and outcome (ok or failed).",
    ["step", "outcome"],
    buckets=DURATION_BUCKETS,
    registry=REGISTRY,
)
MODEL_TOKENS = Counter(
    "coach_model_tokens",
    "Tokens the model server reported, by step and kind (prompt or completion).",
    ["step", "kind"],
    registry=REGISTRY,
)
IN_FLIGHT = Gauge(
    "coach_generations_in_flight",
    "Commands this worker runs or waits to run now.",
    registry=REGISTRY,
)
COMMAND_LAG = Gauge(
    "coach_command_lag",
    "Commands written to coach.commands that the worker group has not committed yet.",
    ["partition"],
    registry=REGISTRY,
)


def generation_finished(step: str, outcome: MetricOutcome, seconds: float) -> None:
    """Count one attempt that ended (`succeeded`, `failed` or `interrupted`)."""
    GENERATIONS.labels(step, outcome).inc()
    GENERATION_SECONDS.labels(step, outcome).observe(seconds)


def observe_model_call(
    step: str, seconds: float, usage: TokenUsage | None, *, failed: bool = False
) -> None:
    """Record one model call: how long it took and the tokens it cost (when reported)."""
    MODEL_CALL_SECONDS.labels(step, "failed" if failed else "ok").observe(seconds)
    if usage is not None:
        MODEL_TOKENS.labels(step, "prompt").inc(usage.prompt_tokens)
        MODEL_TOKENS.labels(step, "completion").inc(usage.completion_tokens)


@dataclass
class ModelCall:
    """Filled in by the caller inside `timed_model_call`: what the server reported."""

    usage: TokenUsage | None = None


@contextlib.contextmanager
def timed_model_call(step: str) -> Iterator[ModelCall]:
    """Time the block as one model call; an exception counts it as failed, and propagates."""
    call = ModelCall()
    started = time.monotonic()
    try:
        yield call
    except BaseException:
        observe_model_call(step, time.monotonic() - started, call.usage, failed=True)
        raise
    observe_model_call(step, time.monotonic() - started, call.usage)


def watch_in_flight(running: Callable[[], int]) -> None:
    """Report `running()` (the runner's commands in hand) at every scrape."""
    IN_FLIGHT.set_function(running)


async def sample_command_lag(probe: "OffsetProbe", group: str, topic: str) -> None:
    """Set the lag of the worker group on the command topic, per partition."""
    from projections.telemetry import lag

    ends = await probe.end_offsets(topic)
    committed = await probe.committed(group, topic)
    starts = await probe.start_offsets(topic)
    for partition, behind in lag(ends, committed, starts).items():
        COMMAND_LAG.labels(str(partition)).set(behind)


class WorkerTelemetry:
    """The worker's metrics endpoint and its lag sampling, for the worker's lifetime."""

    def __init__(self, host: str, port: int, kafka: "KafkaOptions", group: str, topic: str) -> None:
        self.host, self.port = host, port
        self.kafka, self.group, self.topic = kafka, group, topic
        self.server: MetricsServer | None = None
        self._probe: OffsetProbe | None = None

    async def start(self) -> None:
        from projections.telemetry import OffsetProbe, serve_metrics

        self.server = serve_metrics(REGISTRY, self.host, self.port)
        if self.server is not None:
            self._probe = OffsetProbe(self.kafka)
            await self._probe.start()

    async def sample(self) -> None:
        """Sample the command lag; a failure (Kafka away) is logged and tried next time."""
        if self._probe is None:
            return
        try:
            await sample_command_lag(self._probe, self.group, self.topic)
        except Exception as exc:
            log.warning("sampling the command lag failed: %r", exc)

    async def stop(self) -> None:
        if self._probe is not None:
            await self._probe.stop()
        if self.server is not None:
            self.server.close()
