"""What a worker does with a delivered or redelivered command."""

from agents.attempts import decide_attempt
from schemas.events import DraftGenerated, GenerationProgress, GenerationStarted
from tests.unit.events_factory import event, requested


def test_decide_attempt_first_delivery_is_attempt_one() -> None:
    assert decide_attempt([requested()]).attempt == 1


def test_decide_attempt_redelivery_after_a_crash_starts_the_next_attempt() -> None:
    history = [
        requested(),
        event(GenerationStarted, attempt=1, step="draft", provider="builtin", worker="w"),
        event(GenerationProgress, attempt=1, seq=1, status="s", message="m", progress=10),
    ]
    decision = decide_attempt(history)
    assert (decision.attempt, decision.previous_attempt) == (2, 1)


def test_decide_attempt_finished_request_is_not_run_again() -> None:
    history = [
        requested(),
        event(GenerationStarted, step="draft", provider="builtin", worker="w"),
        event(DraftGenerated, seq=1, draft="text", training_principle="p"),
    ]
    assert decide_attempt(history).attempt is None
