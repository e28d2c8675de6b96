"""handle_command over in-memory fakes: what an attempt writes, and what it does on failure."""

import asyncpg
import pytest

from agents.handler import Ports, handle_command
from agents.planning import DraftParseError
from agents.providers.base import ProviderError
from schemas import topics
from schemas.events import GenerationFailed, TokenUsage
from schemas.settings import Settings
from tests.unit.events_factory import requested
from tests.unit.fakes import (
    FakeLedger,
    FakeLogReader,
    FakeProvider,
    FakeSink,
    Journal,
    draft_chunks,
    week,
)

RUN = topics.run_topic("r1", "")
LOG = topics.events_topic("")


class Pauses:
    """Records the pauses the handler asks for instead of waiting them out."""

    def __init__(self) -> None:
        self.asked: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)


def ports_for(
    ledger: FakeLedger, sink: FakeSink, provider: FakeProvider, pauses: Pauses | None = None
) -> Ports:
    return Ports(
        producer=sink,
        ledger=ledger,
        provider=provider,
        settings=Settings(),
        worker="w1",
        log=FakeLogReader(sink, LOG),
        pause=pauses or Pauses(),
    )


async def test_handle_command_runs_a_draft_and_finishes_it_in_the_ledger() -> None:
    ledger, sink = FakeLedger(), FakeSink()
    ledger.accept("r1")
    provider = FakeProvider(chunks=draft_chunks(4))
    assert await handle_command(requested(), ports_for(ledger, sink, provider)) == 1
    assert sink.types(LOG) == ["PlanRequested", "GenerationStarted", "DraftGenerated"]
    run = sink.types(RUN)
    assert run[0] == "GenerationStarted" and run[-1] == "DraftGenerated"
    assert set(run[1:-1]) == {"GenerationProgress"}
    assert [event.seq for event in sink.sent[RUN]] == list(range(len(run)))
    assert ledger.rows["r1"].state == "finished" and ledger.rows["r1"].outcome == "succeeded"
    assert ledger.rows["r1"].logged
    assert sink.forgotten == [RUN]


async def test_handle_command_skips_a_request_never_accepted_or_already_finished() -> None:
    ledger, sink = FakeLedger(), FakeSink()
    provider = FakeProvider(chunks=draft_chunks(1))
    assert await handle_command(requested(), ports_for(ledger, sink, provider)) is None
    ledger.accept("r1").state = "finished"
    assert await handle_command(requested(), ports_for(ledger, sink, provider)) is None
    assert sink.sent == {} and provider.calls == 0


async def test_handle_command_logs_the_request_only_once() -> None:
    ledger, sink = FakeLedger(), FakeSink()
    ledger.accept("r1").logged = True
    await handle_command(requested(), ports_for(ledger, sink, FakeProvider(chunks=draft_chunks(1))))
    assert "PlanRequested" not in sink.types(LOG)


@pytest.mark.parametrize(
    ("failure", "code"),
    [
        (ProviderError("the model said no", TokenUsage(calls=1), "raw"), "generation_failed"),
        (DraftParseError(3, "no such day"), "validation_error"),
        (ValueError("a bug"), "internal_error"),
    ],
)
async def test_handle_command_turns_a_failed_generation_into_generation_failed(
    failure: Exception, code: str
) -> None:
    ledger, sink = FakeLedger(), FakeSink()
    ledger.accept("r1")
    provider = FakeProvider(chunks=draft_chunks(1), failure=failure)
    assert await handle_command(requested(), ports_for(ledger, sink, provider)) == 1
    last = sink.sent[RUN][-1]
    assert isinstance(last, GenerationFailed) and last.code == code
    assert sink.types(LOG)[-1] == "GenerationFailed"
    assert ledger.rows["r1"].outcome == "failed"
    if isinstance(failure, ProviderError):
        assert last.usage == TokenUsage(calls=1) and last.raw_answer == "raw"
    if code == "internal_error":
        assert "a bug" not in last.error  # nothing internal reaches the coach


async def test_an_infrastructure_failure_starts_a_new_attempt_after_a_pause() -> None:
    ledger, sink, pauses = FakeLedger(), FakeSink(), Pauses()
    ledger.accept("r1")
    provider = FakeProvider(chunks=draft_chunks(2), failure=OSError("connection reset"))
    assert await handle_command(requested(), ports_for(ledger, sink, provider, pauses)) == 2
    assert pauses.asked == [0.5]
    attempts = [event.attempt for event in sink.sent[RUN] if event.type == "GenerationStarted"]
    assert attempts == [1, 2]
    assert sink.renewals == 0  # not a Kafka error: the producer is fine
    assert ledger.rows["r1"].outcome == "succeeded"


async def test_a_refused_write_renews_the_producer_for_the_next_attempt() -> None:
    ledger, pauses = FakeLedger(), Pauses()
    ledger.accept("r1").logged = True
    sink = FakeSink(broken=True)
    provider = FakeProvider(chunks=draft_chunks(1))
    assert await handle_command(requested(), ports_for(ledger, sink, provider, pauses)) == 2
    assert sink.renewals == 1 and pauses.asked == [0.5]
    assert {event.attempt for event in sink.sent[RUN]} == {2}


async def test_a_refused_log_write_is_tried_again_with_doubling_pauses() -> None:
    ledger, pauses = FakeLedger(), Pauses()
    ledger.accept("r1")

    class StaysBroken(FakeSink):
        async def renew(self) -> None:
            self.renewals += 1
            self.broken = self.renewals < 3

    sink = StaysBroken(broken=True)
    provider = FakeProvider(chunks=draft_chunks(1))
    assert await handle_command(requested(), ports_for(ledger, sink, provider, pauses)) == 1
    assert pauses.asked == [0.5, 1.0, 2.0]
    assert sink.types(LOG)[0] == "PlanRequested" and ledger.rows["r1"].logged


async def test_a_request_the_janitor_ended_meanwhile_is_not_tried_again() -> None:
    ledger, sink = FakeLedger(), FakeSink()
    row = ledger.accept("r1")

    class EndedMeanwhile(Pauses):
        async def __call__(self, seconds: float) -> None:
            row.state = "finished"  # the janitor, during the pause

    provider = FakeProvider(chunks=draft_chunks(1), failure=TimeoutError())
    ports = ports_for(ledger, sink, provider, EndedMeanwhile())
    assert await handle_command(requested(), ports) is None
    assert provider.calls == 1


async def test_the_ledger_away_is_waited_for_not_a_failure() -> None:
    ledger, sink, pauses = FakeLedger(), FakeSink(), Pauses()
    ledger.accept("r1")
    lost = asyncpg.exceptions.ConnectionDoesNotExistError("connection lost")
    ledger.start_failures = [lost, lost]
    provider = FakeProvider(chunks=draft_chunks(1))
    assert await handle_command(requested(), ports_for(ledger, sink, provider, pauses)) == 1
    assert pauses.asked == [0.5, 1.0]
    assert ledger.rows["r1"].outcome == "succeeded"


async def test_handle_command_runs_a_plan_week_by_week() -> None:
    ledger, sink = FakeLedger(), FakeSink()
    ledger.accept("r1")
    provider = FakeProvider(weeks=[week(1), week(2)])
    plan = requested("plan").model_copy(update={"refined_draft": "Week 1\nWeek 2\n"})
    assert await handle_command(plan, ports_for(ledger, sink, provider)) == 1
    log = sink.types(LOG)
    assert log.count("WorkoutGenerated") == 6 and log.count("WeekCompleted") == 2
    assert log[-1] == "PlanGenerated"


async def test_the_end_reaches_the_run_topic_only_after_the_ledger_knows_its_log_position() -> None:
    journal = Journal()
    ledger, sink = FakeLedger(journal=journal), FakeSink(journal=journal)
    ledger.accept("r1").logged = True
    await handle_command(requested(), ports_for(ledger, sink, FakeProvider(chunks=draft_chunks(1))))
    terminal = len(sink.sent[LOG]) - 1
    end = [step for step in journal.steps if "DraftGenerated" in step or "ledger" in step]
    assert end == [
        f"DraftGenerated to {LOG}",
        f"ledger finished at partition=0 offset={terminal}",
        f"DraftGenerated to {RUN}",
        "ledger announced",
    ]
    assert sink.headers[RUN][-1] == [("coach-log-position", f"0:{terminal}".encode())]
    assert sink.headers[RUN][0] is None  # only the terminal event carries it


async def test_a_finished_request_whose_end_missed_the_run_topic_is_announced_again() -> None:
    ledger, sink = FakeLedger(), FakeSink()
    ledger.accept("r1").logged = True
    ports = ports_for(ledger, sink, FakeProvider(chunks=draft_chunks(1)))
    await handle_command(requested(), ports)
    # As if the worker had stopped between the ledger and the run topic:
    row = ledger.rows["r1"]
    row.announced = False
    ends_before = sink.types(RUN).count("DraftGenerated")
    assert await handle_command(requested(), ports) is None
    assert sink.types(RUN).count("DraftGenerated") == ends_before + 1
    ends = [
        h
        for e, h in zip(sink.sent[RUN], sink.headers[RUN], strict=True)
        if e.type == "DraftGenerated"
    ]
    assert row.announced and len(ends) == 2 and ends[0] == ends[1] is not None
