"""Pure translation of a run topic's events into the contract's SSE events and bodies.

`(view, offset, event) -> messages`: no I/O, so every stream shape is unit-tested.
Events of a superseded attempt are dropped; a new attempt tells the client to
discard what the earlier one sent.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

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
from schemas.log_position import LogPosition
from schemas.responses import (
    Done,
    DraftBody,
    GenerationError,
    PlanBody,
    PlanStreamResult,
    Progress,
    ResultEcho,
    WeekSummary,
    body_data,
    body_json,
)
from schemas.workout import WeekInfo, Workout

Mode = Literal["draft", "plan", "plan-batch"]
Body = TypeVar("Body", bound=BaseModel)


@dataclass(frozen=True)
class Message:
    event: str
    # The run-topic offset the message comes from (None for messages of the api's own).
    id: int | None
    # The event's data as the model OpenAPI describes it; JSON only at the edge.
    body: BaseModel

    @property
    def data(self) -> dict[str, Any]:
        return body_data(self.body)

    def json(self) -> str:
        return body_json(self.body)


@dataclass
class RunView:
    """What a reader knows of one generation so far."""

    mode: Mode
    requested: PlanRequested | None = None
    attempt: int = 0
    workouts: list[Workout] = field(default_factory=list)
    weekly_info: dict[str, WeekInfo] = field(default_factory=dict)
    finished: bool = False
    result: BaseModel | None = None
    error: GenerationError | None = None
    log_position: LogPosition | None = None


def request_echo(requested: PlanRequested, generated_at: dt.datetime) -> ResultEcho:
    return ResultEcho(
        **requested.request.model_dump(), generated_at=generated_at.astimezone(dt.UTC)
    )


def apply(
    view: RunView, offset: int, event: Event, log_position: LogPosition | None = None
) -> list[Message]:
    """Fold one event into the view and return the SSE messages it produces.

    `log_position` is where a terminal event is in the event log (its run-topic record
    says so): the result and `done` carry it.
    """
    if view.finished or event.attempt < view.attempt:
        return []
    view.log_position = log_position
    match event:
        case PlanRequested():
            view.requested = event
            return [_progress(view, offset, "queued", "Request queued", 0)]
        case GenerationStarted():
            return _started(view, offset, event)
        case GenerationProgress():
            return [_progress_of(view, offset, event)]
        case WorkoutGenerated():
            view.workouts.append(event.workout)
            if view.mode == "plan-batch":
                return []
            return [Message("workout", offset, event.workout)]
        case WeekCompleted():
            view.weekly_info[str(event.week)] = event.info
            if view.mode == "plan-batch":
                return []
            return [Message("weekly_info", offset, WeekSummary({str(event.week): event.info}))]
        case DraftGenerated() | PlanGenerated():
            return _finish(view, offset, "result", _result_body(view, event))
        case GenerationFailed():
            failure = GenerationError(error=event.error, code=event.code)
            return _finish(view, offset, "error", failure)
    return []


def _started(view: RunView, offset: int, event: GenerationStarted) -> list[Message]:
    restarted = view.attempt > 0
    view.attempt = event.attempt
    view.workouts.clear()
    view.weekly_info.clear()
    if restarted:
        message = "A worker restarted the generation; discard anything received before this."
        return [_progress(view, offset, "restarted", message, 0)]
    return [_progress(view, offset, "started", "Generation started", 2)]


def _progress(view: RunView, offset: int, status: str, message: str, progress: int) -> Message:
    """A progress message of the api's own; a plan's counts from its first event on."""
    if view.mode == "draft":
        body = Progress(status=status, message=message, progress=progress)
    else:
        total = view.requested.training_days if view.requested else None
        body = Progress(status=status, message=message, progress=progress, count=0, total=total)
    return Message("progress", offset, body)


def _progress_of(view: RunView, offset: int, event: GenerationProgress) -> Message:
    fields: dict[str, Any] = {}
    if view.mode != "draft":
        fields.update(count=event.count, total=event.total)
    if event.position is not None:
        fields["position"] = event.position
    body = Progress(status=event.status, message=event.message, progress=event.progress, **fields)
    return Message("progress", offset, body)


def _finish(view: RunView, offset: int, name: str, body: BaseModel) -> list[Message]:
    view.finished = True
    if isinstance(body, GenerationError):
        view.error = body
    else:
        view.result = body
    if view.log_position is None:
        return [Message(name, offset, body), Message("done", offset + 1, Done())]
    done = Done(log_position=view.log_position)
    return [Message(name, offset, body), Message("done", offset + 1, done)]


def _result_body(view: RunView, event: DraftGenerated | PlanGenerated) -> BaseModel:
    # Without its PlanRequested (never, in a run topic) the echo would be missing: a
    # result still goes out rather than nothing.
    requested = view.requested
    echo = request_echo(requested, event.time) if requested else None
    position = {} if view.log_position is None else {"log_position": view.log_position}
    if isinstance(event, DraftGenerated):
        return _built(
            DraftBody,
            request_id=event.request_id,
            draft=event.draft,
            training_principle=event.training_principle,
            request=echo,
            **position,
        )
    if view.mode == "plan":
        return PlanStreamResult(
            total_workouts=event.total_workouts,
            weekly_info=event.weekly_info,
            notes=event.notes,
            **position,
        )
    return _built(
        PlanBody,
        request_id=event.request_id,
        content=list(view.workouts),
        weekly_info=event.weekly_info,
        notes=event.notes,
        training_principle=event.training_principle,
        request=echo,
        **position,
    )


def _built(model: type[Body], **fields: Any) -> Body:
    if fields.get("request") is None:
        return model.model_construct(**fields)  # no echo to validate (see above)
    return model(**fields)
