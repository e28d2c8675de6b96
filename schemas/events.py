"""The event envelope and every event type on `coach.events` and the run topics.

Each event names its request, attempt and sequence number, when it happened, the
organisation, and the provider, prompt version and model that produced it (null where
no model was involved, as for `PlanRequested`). The api writes `PlanRequested` with
attempt 0; a worker's n-th try at a request writes attempt n, seq 0, 1, 2, ...
`PlanRequested` is also the command on `coach.commands`.

Writers are strict (unknown fields are refused); readers are tolerant: `decode_event`
ignores fields this version does not know and upcasts events of older versions.
"""

import datetime as dt
import json
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from schemas.draft_diff import DraftDiff
from schemas.notes import Note
from schemas.principles import PrincipleSource
from schemas.requests import RequestEcho
from schemas.workout import LibraryWorkout, WeekInfo, Workout

Step = Literal["draft", "plan"]


def as_step(value: str) -> Step:
    """A step read back from where a `Step` was stored (Postgres)."""
    if value == "draft":
        return "draft"
    if value == "plan":
        return "plan"
    raise ValueError(f"not a step: {value!r}")


# Why an attempt failed for good: an unusable draft, the provider, anything else.
FailureCode = Literal["generation_failed", "validation_error", "internal_error"]
# 1: the first log (no schema_version field; PlanGenerated had notes and warnings as
#    strings). 2: schema_version and provider in the envelope, notes as Note objects,
#    token usage and the model's raw answer on model-made events (later additions within
#    2: WeekCompleted's answers, fallback and violations, and its envelope naming what
#    produced that week).
SCHEMA_VERSION = 2
READING = {"reading": True}


class TokenUsage(BaseModel):
    """What a model call cost, as the model server reported it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    prompt_tokens: Annotated[int, Field(ge=0)] = 0
    completion_tokens: Annotated[int, Field(ge=0)] = 0
    calls: Annotated[int, Field(ge=0)] = 0

    def __add__(self, other: "TokenUsage") -> "TokenUsage":
        return TokenUsage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            calls=self.calls + other.calls,
        )


class EventBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Annotated[int, Field(ge=1)] = SCHEMA_VERSION
    request_id: str
    attempt: Annotated[int, Field(ge=0)]
    seq: Annotated[int, Field(ge=0)]
    time: dt.datetime
    org_id: str
    provider: str | None = None
    prompt_version: str | None = None
    model: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _upcast(cls, data: Any, info: ValidationInfo) -> Any:
        """Bring an event read from the log up to this version (writers are never upcast)."""
        if info.context and info.context.get("reading") and isinstance(data, dict):
            return upcast(data)
        return data


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
    usage: TokenUsage | None = None
    # The model's answer as it came, before any cleaning or repair (audit, evaluation).
    raw_answer: str | None = None


class WorkoutGenerated(EventBase):
    """One structured workout of a plan, in plan order."""

    type: Literal["WorkoutGenerated"] = "WorkoutGenerated"
    index: int
    # The plan's number of workouts when known up front; null while weeks are still coming.
    total: int | None = None
    workout: Workout


class WeekAnswer(BaseModel):
    """One answer a model gave for a week: its text as it came, what it cost, and what was
    wrong with it (nothing: the answer was used)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    raw: str
    usage: TokenUsage | None = None
    violations: list[str] = Field(default_factory=list)


class WeekCompleted(EventBase):
    """Every workout of a week has been generated; its summary, and what produced it.

    The envelope's provider, model and prompt version name what produced this week's
    workouts (`builtin` for a week read without a model, or one that fell back to the
    reader). `answers` holds every model answer for the week in the order they came (the
    first, then the repair); `usage` is their sum; `raw_answer` is the first answer, as
    before `answers` existed. `fallback`: the answers could not be used and the week is
    the reader's reading; `violations` says why.
    """

    type: Literal["WeekCompleted"] = "WeekCompleted"
    week: int
    info: WeekInfo
    usage: TokenUsage | None = None
    raw_answer: str | None = None
    answers: list[WeekAnswer] = Field(default_factory=list)
    fallback: bool = False
    violations: list[str] = Field(default_factory=list)


class PlanGenerated(EventBase):
    """The structured plan is complete; the workouts themselves are in WorkoutGenerated."""

    type: Literal["PlanGenerated"] = "PlanGenerated"
    total_workouts: int
    weekly_info: dict[str, WeekInfo]
    training_principle: str
    notes: list[Note] = Field(default_factory=list)
    usage: TokenUsage | None = None
    # The refined draft against the draft it names (draft_request_id), line by line.
    draft_diff: DraftDiff | None = None


class GenerationFailed(EventBase):
    """The attempt failed for good; nothing half-written is a result."""

    type: Literal["GenerationFailed"] = "GenerationFailed"
    code: FailureCode
    error: str
    usage: TokenUsage | None = None
    raw_answer: str | None = None


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


class UndecodableEvent(ValueError):
    """A record that is not an event of any version this code can read."""


def encode_event(event: EventBase) -> bytes:
    return event.model_dump_json().encode()


def decode_event(raw: bytes | str) -> Event:
    """Read an event of any version: upcast old ones, ignore fields this version lacks."""
    try:
        return _adapter.validate_json(raw, context=READING)
    except ValidationError as exc:
        if not _only_unknown_fields(exc):
            raise UndecodableEvent(_summary(exc)) from None
        unknown = [error["loc"][1:] for error in exc.errors()]  # loc[0]: the union member
    data = _json_object(raw)
    for path in unknown:
        _drop(data, path)
    try:
        return _adapter.validate_python(data, context=READING)
    except ValidationError as again:
        raise UndecodableEvent(_summary(again)) from None


def upcast(data: dict[str, Any]) -> dict[str, Any]:
    """An event dict of any older version as this version writes it."""
    if "schema_version" in data:
        return data
    data = {**data, "schema_version": 1}
    if data.get("type") == "GenerationStarted":
        # v1 named the provider only here; v2 has it in every event's envelope.
        data.setdefault("provider", None)
    if data.get("type") == "PlanGenerated":
        notes = [_v1_note(text, "changed") for text in data.get("notes") or []]
        notes += [_v1_note(text, "warning") for text in data.pop("warnings", None) or []]
        data["notes"] = notes
    return data


def _v1_note(text: Any, kind: str) -> dict[str, Any]:
    message = str(text)
    if kind == "changed" and "not used" in message:
        kind = "not_used"
    return {"kind": kind, "message": message}


def _only_unknown_fields(error: ValidationError) -> bool:
    return all(item["type"] == "extra_forbidden" for item in error.errors())


def _json_object(raw: bytes | str) -> Any:
    try:
        return upcast(json.loads(raw))
    except (ValueError, RecursionError, AttributeError, TypeError) as exc:
        raise UndecodableEvent(f"not a JSON event: {exc}") from None


def _drop(data: Any, path: tuple[int | str, ...]) -> None:
    for part in path[:-1]:
        data = data[part]
    if isinstance(data, dict):
        data.pop(path[-1], None)


def _summary(error: ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{error.error_count()} error(s), first at {where}: {first['msg']}"[:500]


def event_json_schema() -> dict[str, Any]:
    """The JSON Schema of the envelope union, exported for analytics consumers."""
    schema = _adapter.json_schema()
    schema["title"] = "coach.events event"
    return schema


def is_terminal(event: EventBase) -> bool:
    return getattr(event, "type", "") in TERMINAL_TYPES
