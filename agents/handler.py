"""Carries out one PlanRequested command: take it, log it, run attempts until one ends.

At-least-once for real: the command is acknowledged only after this returns, and this
returns only once a terminal event of the request is in Kafka (or the request was
already finished, or was never accepted). A Kafka or Postgres failure mid-way starts a
new attempt after a pause; cancellation (shutdown, rebalance) leaves the command
unacknowledged, so it is redelivered and another attempt starts.
"""

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

import asyncpg
from aiokafka.errors import KafkaError

from agents import metrics
from agents.emitter import Emitter, RenewableSink, log_request
from agents.ledger import Ledger, Taken
from agents.planning import DraftParseError
from agents.providers.base import Provider, ProviderError
from agents.source_drafts import SourceDrafts
from agents.steps import run_draft, run_plan
from schemas import log_context, topics
from schemas.backoff import backoff_s
from schemas.events import PlanRequested
from schemas.outcomes import AttemptOutcome
from schemas.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
# Failures of the infrastructure, not of the generation: retried, never a GenerationFailed.
TRANSIENT = (KafkaError, asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError)


@dataclass(frozen=True)
class Ports:
    """What handling a command talks to."""

    producer: RenewableSink
    ledger: Ledger
    provider: Provider
    settings: Settings
    worker: str
    # How the handler waits before trying again (unit tests pass one that does not wait).
    pause: Callable[[float], Awaitable[None]] = asyncio.sleep
    # The drafts plans name by draft_request_id (None: no plan's draft is compared).
    drafts: SourceDrafts | None = None


async def handle_command(requested: PlanRequested, ports: Ports) -> int | None:
    """Run the command to its end; the last attempt's number, None if it had nothing to do."""
    taken = await take(requested, ports)
    if taken is None:
        return None
    failures = 0
    attempt = taken.attempt
    while True:
        log_context.update(attempt=attempt)
        began = time.monotonic()
        try:
            outcome = await run_attempt(requested, attempt, ports)
        except TRANSIENT as exc:
            metrics.generation_finished(requested.step, "interrupted", time.monotonic() - began)
            following = await next_attempt(requested, attempt, exc, failures, ports)
            if following is None:
                return None  # the janitor ended it meanwhile
            attempt, failures = following, failures + 1
            continue
        seconds = time.monotonic() - began
        metrics.generation_finished(requested.step, outcome, seconds)
        log.info("%s attempt %s in %.2f s", requested.step, outcome, seconds)
        rid = requested.request_id
        finish = functools.partial(ports.ledger.finish, rid, outcome)
        await retrying(finish, f"finishing {rid}", ports.pause)
        # Its terminal event is acknowledged: this worker writes to the run topic no more.
        ports.producer.forget(topics.run_topic(rid, ports.settings.topic_prefix))
        return attempt


async def take(requested: PlanRequested, ports: Ports) -> Taken | None:
    """Number the first attempt and put the request in the log; None if there is nothing
    to do (never accepted, or already finished)."""
    rid = requested.request_id
    start = functools.partial(ports.ledger.start_attempt, rid)
    taken = await retrying(start, f"taking {rid}", ports.pause)
    if taken is None:
        log.warning("request %s was never accepted (the api answered 503); skipping", rid)
        return None
    if taken.finished:
        log.info("request %s already finished; skipping", rid)
        return None
    if not taken.logged:
        await retrying(functools.partial(logged, requested, ports), "logging", ports.pause)
        mark = functools.partial(ports.ledger.mark_logged, rid)
        await retrying(mark, f"marking {rid} logged", ports.pause)
    return taken


async def next_attempt(
    requested: PlanRequested, attempt: int, exc: BaseException, failures: int, ports: Ports
) -> int | None:
    """After an infrastructure failure: a pause, then the next attempt's number (None if
    the request ended meanwhile)."""
    rid = requested.request_id
    if isinstance(exc, KafkaError):
        # The producer's sequence may be broken: the next attempt writes afresh.
        await retrying(ports.producer.renew, "renewing the producer", ports.pause)
    delay = backoff_s(failures)
    log.warning(
        "attempt %d of %s failed (%r); attempt %d in %s s", attempt, rid, exc, attempt + 1, delay
    )
    await ports.pause(delay)
    start = functools.partial(ports.ledger.start_attempt, rid)
    taken = await retrying(start, f"starting {rid}", ports.pause)
    if taken is None or taken.finished:
        return None
    return taken.attempt


async def logged(requested: PlanRequested, ports: Ports) -> None:
    try:
        await log_request(ports.producer, ports.settings, requested)
    except KafkaError:
        await ports.producer.renew()
        raise


async def run_attempt(requested: PlanRequested, attempt: int, ports: Ports) -> AttemptOutcome:
    """One attempt, ending in a terminal event acknowledged by Kafka; returns the outcome.

    Failures of the generation become GenerationFailed; infrastructure errors propagate.
    """
    provider = ports.provider
    emitter = Emitter(
        ports.producer,
        ports.settings,
        request_id=requested.request_id,
        org_id=requested.org_id,
        attempt=attempt,
        provider=provider.name,
        prompt_version=provider.prompt_version,
        model=provider.model,
    )
    await emitter.started(step=requested.step, worker=ports.worker)
    outcome: AttemptOutcome = "succeeded"
    try:
        if requested.step == "draft":
            await run_draft(requested, emitter, provider)
        else:
            await run_plan(requested, emitter, provider, ports.drafts)
    except TRANSIENT:
        raise
    except DraftParseError as exc:
        outcome = "failed"
        await emitter.failed(code="validation_error", error=str(exc))
    except ProviderError as exc:
        outcome = "failed"
        await emitter.failed(
            code="generation_failed",
            error=str(exc),
            usage=exc.usage,
            raw_answer=exc.raw_answer,
        )
    except Exception:
        outcome = "failed"
        log.exception("generation %s failed", requested.request_id)
        await emitter.failed(code="internal_error", error="the generation failed unexpectedly")
    await emitter.flush()
    return outcome


async def retrying(
    operation: Callable[[], Awaitable[T]],
    what: str,
    pause: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    """Run an idempotent step until the infrastructure lets it through."""
    failures = 0
    while True:
        try:
            return await operation()
        except TRANSIENT as exc:
            delay = backoff_s(failures)
            failures += 1
            log.warning("%s failed (%r); again in %s s", what, exc, delay)
            await pause(delay)
