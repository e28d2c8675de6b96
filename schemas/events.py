"""The event envelope and every event type on `coach.events` and the run topics.

Each event names its request, attempt and sequence number, when it happened, the
organisation, and the prompt version and model that produced it (null where no
model was involved, as for `PlanRequested`). The api writes `PlanRequested` with
attempt 0; a worker's n-th try at a request writes attempt n, seq 0, 1, 2, ...
`PlanRequested` is also the command on `coach.commands`.
"""

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from schemas.principles import PrincipleSource
from schemas.requests import RequestEcho
from schemas.workout import LibraryWorkout, WeekInfo, Workout

Step = Literal["draft", "plan"]


class EventBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    request_id: str
    attempt: Annotated[int, Field(ge=0)]
    seq: Annotated[int, Field(ge=0)]
    time: dt.datetime
    org_id: str
    prompt_version: str | None = None
    model: str | None = None


class PlanRequested(EventBase):
    """A coach asked for a draft or a plan; written by the api, also the command."""

    type: Literal["PlanRequested"] = "PlanRequested"
    step: Step
    user_id: str
    request: RequestEcho
    training_principle: str
    principle_source: PrincipleSource
    refined_draft: str | None = None
    library: list[LibraryWorkout] = Field(default_factory=list)


class GenerationStarted(EventBase):
    """A worker began an attempt; a later attempt supersedes an earlier one's output."""

    type: Literal["GenerationStarted"] = "GenerationStarted"
    step: Step
    provider: str
    worker: str


class GenerationProgress(EventBase):
    """How far an attempt has come; run topics only, not part of the audit log."""

    type: Literal["GenerationProgress"] = "GenerationProgress"
    status: str
    message: str
    progress: Annotated[int, Field(ge=0, le=100)]
    count: int | None = None
    total: int | None = None


class DraftGenerated(EventBase):
    """The draft text, as the model (or the built-in planner) wrote it."""

    type: Literal["DraftGenerated"] = "DraftGenerated"
    draft: str
    training_principle: str


class WorkoutGenerated(EventBase):
    """One structured workout of a plan, in plan order."""

    type: Literal["WorkoutGenerated"] = "WorkoutGenerated"
    index: int
    total: int
    workout: Workout


class WeekCompleted(EventBase):
    """Every workout of a week has been generated; its summary."""

    type: Literal["WeekCompleted"] = "WeekCompleted"
    week: int
    info: WeekInfo


class PlanGenerated(EventBase):
    """The structured plan is complete; the workouts themselves are in WorkoutGenerated."""

    type: Literal["PlanGenerated"] = "PlanGenerated"
    total_workouts: int
    weekly_info: dict[str, WeekInfo]
    training_principle: str
    notes: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class GenerationFailed(EventBase):
    """The attempt failed for good; nothing half-written is a result."""

    type: Literal["GenerationFailed"] = "GenerationFailed"
    code: Literal["generation_failed", "validation_error", "internal_error"]
    error: str


Event = Annotated[
    PlanRequested
    | GenerationStarted
    | GenerationProgress
    | DraftGenerated
    | WorkoutGenerated
    | WeekCompleted
    | PlanGenerated
    | GenerationFailed,
    Field(discriminator="type"),
]

TERMINAL_TYPES = frozenset({"DraftGenerated", "PlanGenerated", "GenerationFailed"})
LOG_EXCLUDED_TYPES = frozenset({"GenerationProgress"})

_adapter: TypeAdapter[Event] = TypeAdapter(Event)


def encode_event(event: EventBase) -> bytes:
    return event.model_dump_json().encode()


def decode_event(raw: bytes | str) -> Event:
    return _adapter.validate_json(raw)


def event_json_schema() -> dict[str, Any]:
    """The JSON Schema of the envelope union, exported for analytics consumers."""
    schema = _adapter.json_schema()
    schema["title"] = "coach.events event"
    return schema


def is_terminal(event: EventBase) -> bool:
    return getattr(event, "type", "") in TERMINAL_TYPES
