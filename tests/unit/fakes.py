"""In-memory fakes of the worker's ports, each implementing the real Protocol.

They let `handle_command`, `run_draft` and `run_plan` run in milliseconds, with faults
injected where the real ports would fail (a refused write, a lost connection).
"""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka.errors import KafkaConnectionError

from agents.emitter import RenewableSink
from agents.ledger import Ledger, Taken
from agents.planning import DraftParseError, PlanParams
from agents.providers.base import DraftChunk, PlanNotes, Provider, StructuredWeek
from schemas.events import Event, TokenUsage, decode_event
from schemas.notes import Note
from schemas.outcomes import AttemptOutcome
from schemas.workout import LibraryWorkout, WeekInfo, Workout
from tests.unit.events_factory import easy_run


@dataclass
class Row:
    state: str = "accepted"
    attempt: int = 0
    logged: bool = False
    outcome: str | None = None


@dataclass
class FakeLedger(Ledger):
    rows: dict[str, Row] = field(default_factory=dict)
    # Raised, one per call, by the next calls of start_attempt (a lost connection...).
    start_failures: list[Exception] = field(default_factory=list)
    heartbeats: list[list[str]] = field(default_factory=list)

    def accept(self, request_id: str) -> Row:
        self.rows[request_id] = Row()
        return self.rows[request_id]

    async def start_attempt(self, request_id: str) -> Taken | None:
        if self.start_failures:
            raise self.start_failures.pop(0)
        row = self.rows.get(request_id)
        if row is None:
            return None
        if row.state == "finished":
            return Taken(True, row.logged, row.attempt)
        row.attempt += 1
        row.state = "running"
        return Taken(False, row.logged, row.attempt)

    async def mark_logged(self, request_id: str) -> None:
        self.rows[request_id].logged = True

    async def finish(self, request_id: str, outcome: AttemptOutcome) -> None:
        row = self.rows[request_id]
        if row.state != "finished":
            row.state, row.outcome = "finished", outcome

    async def heartbeat(self, request_ids: Sequence[str]) -> None:
        self.heartbeats.append(list(request_ids))


@dataclass
class FakeSink(RenewableSink):
    """A producer whose writes land in lists by topic. While `broken`, every write's ack
    fails with a Kafka error, as a producer whose sequence the broker refused; a renewed
    producer writes again."""

    sent: dict[str, list[Event]] = field(default_factory=dict)
    broken: bool = False
    renewals: int = 0
    forgotten: list[str] = field(default_factory=list)

    async def send(self, topic: str, value: bytes, key: bytes) -> Awaitable[Any]:
        ack: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self.broken:
            ack.set_exception(KafkaConnectionError())
        else:
            self.sent.setdefault(topic, []).append(decode_event(value))
            ack.set_result(None)
        return ack

    async def renew(self) -> None:
        self.renewals += 1
        self.broken = False

    def forget(self, topic: str) -> None:
        self.forgotten.append(topic)

    def types(self, topic: str) -> list[str]:
        return [event.type for event in self.sent.get(topic, [])]


def workout(week: int, day: int) -> Workout:
    return Workout.model_validate(easy_run(week, day))


def week(
    number: int, days: Sequence[int] = (2, 4, 6), notes: Sequence[Note] = ()
) -> StructuredWeek:
    workouts = [workout(number, day) for day in days]
    info = WeekInfo(phase="base", focus="aerobic", total_distance=5000 * len(workouts))
    return StructuredWeek(number=number, workouts=workouts, info=info, notes=list(notes))


@dataclass
class FakeProvider(Provider):
    """A provider that answers from what it was given, or raises `failure` on first use
    (then `failures_left` more times)."""

    name: str = "fake"
    model: str = "fake-model"
    prompt_version: str = "fake-1"
    chunks: list[DraftChunk] = field(default_factory=list)
    weeks: list[StructuredWeek] = field(default_factory=list)
    plan_notes: PlanNotes = field(default_factory=PlanNotes)
    failure: Exception | None = None
    failures_left: int = 1
    calls: int = 0
    # The lines each structure() call was told the coach kept from the planner's draft.
    kept: list[frozenset[int]] = field(default_factory=list)

    def _fail(self) -> None:
        self.calls += 1
        if self.failure is not None and self.failures_left > 0:
            self.failures_left -= 1
            raise self.failure

    async def write_draft(self, params: PlanParams) -> AsyncIterator[DraftChunk]:
        self._fail()
        for chunk in self.chunks:
            yield chunk

    async def structure(
        self,
        params: PlanParams,
        draft: str,
        library: Sequence[LibraryWorkout],
        preference: str,
        kept: Collection[int] = (),
    ) -> AsyncIterator[StructuredWeek | PlanNotes]:
        self._fail()
        self.kept.append(frozenset(kept))
        if not draft.strip():
            raise DraftParseError(None, "the draft is empty")
        for item in self.weeks:
            yield item
        yield self.plan_notes


def draft_chunks(weeks: int, usage: TokenUsage | None = None) -> list[DraftChunk]:
    """A header and one section per week, the last carrying the audit fields."""
    chunks = [DraftChunk("Plan\n", 1 / (weeks + 1), "header")]
    for number in range(1, weeks + 1):
        last = number == weeks
        chunks.append(
            DraftChunk(
                f"Week {number}\n",
                (number + 1) / (weeks + 1),
                f"week {number} of {weeks}",
                usage=usage if last else None,
                raw_answer="raw" if last else None,
            )
        )
    return chunks
