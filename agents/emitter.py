"""Numbers an attempt's events and writes them to the run topic and the event log."""

import asyncio
import datetime as dt
from collections.abc import Awaitable, Mapping, Sequence
from typing import Any, Protocol, TypedDict, TypeVar

from aiokafka.errors import KafkaTimeoutError

from agents.providers.base import Provenance
from schemas import topics
from schemas.draft_diff import DraftDiff
from schemas.events import (
    LOG_EXCLUDED_TYPES,
    DraftGenerated,
    EventBase,
    FailureCode,
    GenerationFailed,
    GenerationProgress,
    GenerationStarted,
    PlanGenerated,
    PlanRequested,
    Step,
    TokenUsage,
    WeekAnswer,
    WeekCompleted,
    WorkoutGenerated,
    encode_event,
)
from schemas.notes import Note
from schemas.settings import Settings
from schemas.workout import WeekInfo, Workout

E = TypeVar("E", bound=EventBase)


class Producer(Protocol):
    """What the emitter needs of a Kafka producer (aiokafka's fits)."""

    async def send(self, topic: str, value: bytes, key: bytes) -> Awaitable[Any]: ...


class RenewableSink(Producer, Protocol):
    """A producer that can be replaced by a fresh one after a Kafka error."""

    async def renew(self) -> None: ...

    def forget(self, topic: str) -> None: ...


class Envelope(TypedDict):
    """The fields every event of an attempt shares (seq apart, which counts up)."""

    request_id: str
    attempt: int
    seq: int
    time: dt.datetime
    org_id: str
    provider: str | None
    prompt_version: str | None
    model: str | None


class Emitter:
    """One attempt's writer, a method per event type: seq increases by one per event;
    `flush` awaits Kafka's acks."""

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

    def envelope(self, made_by: Provenance | None = None) -> Envelope:
        """The common fields of the next event; advances the sequence number.

        `made_by` names what produced the event when it is not the attempt's provider (a
        week of a model-backed plan that the reader read alone says `builtin`)."""
        fields = Envelope(
            request_id=self.request_id,
            attempt=self.attempt,
            seq=self.seq,
            time=dt.datetime.now(dt.UTC),
            org_id=self.org_id,
            provider=made_by.provider if made_by else self.provider,
            prompt_version=made_by.prompt_version if made_by else self.prompt_version,
            model=made_by.model if made_by else self.model,
        )
        self.seq += 1
        return fields

    async def started(self, step: Step, worker: str) -> GenerationStarted:
        return await self._send(GenerationStarted(**self.envelope(), step=step, worker=worker))

    async def progress(
        self,
        status: str,
        message: str,
        progress: int,
        count: int | None = None,
        total: int | None = None,
    ) -> GenerationProgress:
        event = GenerationProgress(
            **self.envelope(),
            status=status,
            message=message,
            progress=progress,
            count=count,
            total=total,
        )
        return await self._send(event)

    async def draft_generated(
        self,
        draft: str,
        training_principle: str,
        usage: TokenUsage | None = None,
        raw_answer: str | None = None,
    ) -> DraftGenerated:
        event = DraftGenerated(
            **self.envelope(),
            draft=draft,
            training_principle=training_principle,
            usage=usage,
            raw_answer=raw_answer,
        )
        return await self._send(event)

    async def workout_generated(
        self, index: int, workout: Workout, made_by: Provenance | None = None
    ) -> WorkoutGenerated:
        # The plan's total is not known while its weeks still come: `total` stays null.
        event = WorkoutGenerated(**self.envelope(made_by), index=index, total=None, workout=workout)
        return await self._send(event)

    async def week_completed(
        self,
        week: int,
        info: WeekInfo,
        made_by: Provenance | None = None,
        answers: Sequence[WeekAnswer] = (),
        fallback: bool = False,
        violations: Sequence[str] = (),
    ) -> WeekCompleted:
        """The week's summary, what produced it, and every model answer it took (their
        total usage; the first answer also as `raw_answer`, as before `answers`)."""
        spent = [answer.usage for answer in answers if answer.usage]
        event = WeekCompleted(
            **self.envelope(made_by),
            week=week,
            info=info,
            usage=sum(spent, TokenUsage()) if spent else None,
            raw_answer=answers[0].raw if answers else None,
            answers=list(answers),
            fallback=fallback,
            violations=list(violations),
        )
        return await self._send(event)

    async def plan_generated(
        self,
        total_workouts: int,
        weekly_info: Mapping[str, WeekInfo],
        training_principle: str,
        notes: Sequence[Note],
        usage: TokenUsage | None = None,
        draft_diff: DraftDiff | None = None,
    ) -> PlanGenerated:
        event = PlanGenerated(
            **self.envelope(),
            total_workouts=total_workouts,
            weekly_info=dict(weekly_info),
            training_principle=training_principle,
            notes=list(notes),
            usage=usage,
            draft_diff=draft_diff,
        )
        return await self._send(event)

    async def failed(
        self,
        code: FailureCode,
        error: str,
        usage: TokenUsage | None = None,
        raw_answer: str | None = None,
    ) -> GenerationFailed:
        event = GenerationFailed(
            **self.envelope(), code=code, error=error, usage=usage, raw_answer=raw_answer
        )
        return await self._send(event)

    async def _send(self, event: E) -> E:
        """Queue the event in order on both topics; acks are awaited by `flush`."""
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
    # Every failure is looked at (an unread one is logged as "never retrieved"); the first
    # is raised.
    failures = [future.exception() for future in done]
    first = next((failure for failure in failures if failure is not None), None)
    if first is not None:
        raise first
