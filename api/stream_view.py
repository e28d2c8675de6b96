"""Pure translation of a run topic's events into the contract's SSE events and bodies.

`(view, offset, event) -> messages`: no I/O, so every stream shape is unit-tested.
Events of a superseded attempt are dropped; a new attempt tells the client to
discard what the earlier one sent.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from schemas.events import (
    DraftGenerated,
    Event,
    GenerationFailed,
    GenerationProgress,
    GenerationStarted,
    PlanGenerated,
    PlanRequested,
    WeekCompleted,
    WorkoutGenerated,
)

Mode = Literal["draft", "plan", "plan-batch"]


@dataclass(frozen=True)
class Message:
    event: str
    # The run-topic offset the message comes from (None for messages of the api's own).
    id: int | None
    data: dict[str, Any]


@dataclass
class RunView:
    """What a reader knows of one generation so far."""

    mode: Mode
    requested: PlanRequested | None = None
    attempt: int = 0
    workouts: list[dict[str, Any]] = field(default_factory=list)
    weekly_info: dict[str, Any] = field(default_factory=dict)
    finished: bool = False
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None


def iso_z(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def request_echo(requested: PlanRequested, generated_at: dt.datetime) -> dict[str, Any]:
    echo = requested.request.model_dump(mode="json")
    echo["generated_at"] = iso_z(generated_at)
    return echo


def apply(view: RunView, offset: int, event: Event) -> list[Message]:
    """Fold one event into the view and return the SSE messages it produces."""
    if view.finished or event.attempt < view.attempt:
        return []
    match event:
        case PlanRequested():
            view.requested = event
            return [_progress(offset, "queued", "Request queued", 0)]
        case GenerationStarted():
            return _started(view, offset, event)
        case GenerationProgress():
            return [_progress_of(view, offset, event)]
        case WorkoutGenerated():
            workout = event.workout.model_dump(mode="json")
            view.workouts.append(workout)
            return [] if view.mode == "plan-batch" else [Message("workout", offset, workout)]
        case WeekCompleted():
            info = event.info.model_dump(mode="json")
            view.weekly_info[str(event.week)] = info
            if view.mode == "plan-batch":
                return []
            return [Message("weekly_info", offset, {str(event.week): info})]
        case DraftGenerated() | PlanGenerated():
            return _finish(view, offset, "result", _result_body(view, event))
        case GenerationFailed():
            return _finish(view, offset, "error", {"error": event.error, "code": event.code})
    return []


def _started(view: RunView, offset: int, event: GenerationStarted) -> list[Message]:
    restarted = view.attempt > 0
    view.attempt = event.attempt
    view.workouts.clear()
    view.weekly_info.clear()
    if restarted:
        message = "A worker restarted the generation; discard anything received before this."
        return [_progress(offset, "restarted", message, 0)]
    return [_progress(offset, "started", "Generation started", 2)]


def _progress(offset: int, status: str, message: str, progress: int) -> Message:
    return Message("progress", offset, {"status": status, "message": message, "progress": progress})


def _progress_of(view: RunView, offset: int, event: GenerationProgress) -> Message:
    data: dict[str, Any] = {
        "status": event.status,
        "message": event.message,
        "progress": event.progress,
    }
    if view.mode != "draft":
        data["count"] = event.count
        data["total"] = event.total
    return Message("progress", offset, data)


def _finish(view: RunView, offset: int, name: str, data: dict[str, Any]) -> list[Message]:
    view.finished = True
    if name == "result":
        view.result = data
    else:
        view.error = data
    return [Message(name, offset, data), Message("done", offset + 1, {})]


def _result_body(view: RunView, event: DraftGenerated | PlanGenerated) -> dict[str, Any]:
    requested = view.requested
    echo = request_echo(requested, event.time) if requested else None
    if isinstance(event, DraftGenerated):
        return {
            "request_id": event.request_id,
            "draft": event.draft,
            "training_principle": event.training_principle,
            "request": echo,
        }
    weekly_info = {week: info.model_dump(mode="json") for week, info in event.weekly_info.items()}
    notes = [note.model_dump(mode="json") for note in event.notes]
    if view.mode == "plan":
        return {"total_workouts": event.total_workouts, "weekly_info": weekly_info, "notes": notes}
    return {
        "request_id": event.request_id,
        "content": list(view.workouts),
        "weekly_info": weekly_info,
        "notes": notes,
        "training_principle": event.training_principle,
        "request": echo,
    }
