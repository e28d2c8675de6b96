"""How a run topic's events become SSE messages and result bodies."""

from api.stream_view import Message, RunView, apply
from schemas.events import (
    DraftGenerated,
    Event,
    GenerationFailed,
    GenerationProgress,
    GenerationStarted,
    PlanGenerated,
    WeekCompleted,
    WorkoutGenerated,
)
from tests.unit.events_factory import easy_run, event, requested

WORKOUT = easy_run(week=1, day=2)
WEEK = {"phase": "base", "focus": "aerobic", "total_distance": 5000}


def run(view: RunView, events: list[Event]) -> list[Message]:
    messages: list[Message] = []
    for offset, item in enumerate(events):
        messages.extend(apply(view, offset, item))
    return messages


def draft_events() -> list[Event]:
    return [
        requested(),
        event(GenerationStarted, seq=0, step="draft", provider="builtin", worker="w"),
        event(GenerationProgress, seq=1, status="writing", message="week 1", progress=50),
        event(DraftGenerated, seq=2, draft="Week 1 ...", training_principle="80/20"),
    ]


def test_draft_stream_progress_rises_then_result_then_done() -> None:
    messages = run(RunView(mode="draft"), draft_events())
    assert [m.event for m in messages] == ["progress", "progress", "progress", "result", "done"]
    progress = [m.data["progress"] for m in messages if m.event == "progress"]
    assert progress == sorted(progress)
    ids = [m.id for m in messages]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    result = messages[3].data
    assert result["request_id"] == "r1" and result["draft"] == "Week 1 ..."
    assert result["request"]["generated_at"] == "2025-05-01T10:00:00Z"
    assert result["request"]["start_date"] == "2025-05-05"


def test_failed_generation_ends_with_error_then_done() -> None:
    events = [
        *draft_events()[:2],
        event(GenerationFailed, seq=1, code="generation_failed", error="model said no"),
    ]
    messages = run(RunView(mode="draft"), events)
    assert [m.event for m in messages][-2:] == ["error", "done"]
    assert messages[-2].data == {"error": "model said no", "code": "generation_failed"}


def test_new_attempt_discards_superseded_output_and_drops_late_events() -> None:
    view = RunView(mode="plan")
    events: list[Event] = [
        requested("plan"),
        event(GenerationStarted, step="plan", provider="builtin", worker="a"),
        event(WorkoutGenerated, seq=1, index=0, total=2, workout=WORKOUT),
        event(GenerationStarted, attempt=2, step="plan", provider="builtin", worker="b"),
        event(WorkoutGenerated, attempt=1, seq=2, index=1, total=2, workout=WORKOUT),
    ]
    messages = run(view, events)
    assert messages[-1].data["status"] == "restarted"
    assert view.workouts == [] and view.attempt == 2


def test_plan_stream_relays_workouts_weeks_and_summary_result() -> None:
    events: list[Event] = [
        requested("plan"),
        event(GenerationStarted, step="plan", provider="builtin", worker="a"),
        event(WorkoutGenerated, seq=1, index=0, total=1, workout=WORKOUT),
        event(
            GenerationProgress,
            seq=2,
            status="structuring",
            message="1/1",
            progress=95,
            count=1,
            total=1,
        ),
        event(WeekCompleted, seq=3, week=1, info=WEEK),
        event(
            PlanGenerated,
            seq=4,
            total_workouts=1,
            weekly_info={"1": WEEK},
            training_principle="80/20",
        ),
    ]
    messages = run(RunView(mode="plan"), events)
    names = [m.event for m in messages]
    assert names == ["progress", "progress", "workout", "progress", "weekly_info", "result", "done"]
    assert messages[2].data == WORKOUT
    assert messages[3].data["count"] == 1 and messages[3].data["total"] == 1
    assert messages[4].data["1"]["total_distance"] == 5000
    assert messages[5].data["total_workouts"] == 1
    assert messages[5].data["weekly_info"]["1"]["focus"] == "aerobic"


def test_plan_batch_result_carries_the_whole_body() -> None:
    events: list[Event] = [
        requested("plan"),
        event(GenerationStarted, step="plan", provider="builtin", worker="a"),
        event(WorkoutGenerated, seq=1, index=0, total=1, workout=WORKOUT),
        event(PlanGenerated, seq=2, total_workouts=1, weekly_info={}, training_principle="x"),
    ]
    messages = run(RunView(mode="plan-batch"), events)
    assert [m.event for m in messages] == ["progress", "progress", "result", "done"]
    body = messages[2].data
    assert body["content"] == [WORKOUT] and body["request"]["weeks"] == 2


def test_events_after_the_end_produce_nothing() -> None:
    view = RunView(mode="draft")
    run(view, draft_events())
    late = event(GenerationProgress, seq=9, status="x", message="x", progress=99)
    assert apply(view, 10, late) == []
