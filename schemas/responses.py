"""Response bodies of the api, as the OpenAPI document describes them."""

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

from schemas.errors import ErrorCode
from schemas.log_position import LogPosition
from schemas.notes import Note
from schemas.principles import PrincipleSource
from schemas.requests import RequestEcho
from schemas.workout import WeekInfo, Workout

# Keyed by week number as a string: {"1": {...}, "2": {...}}.
WeeklyInfo = dict[str, WeekInfo]


def body_json(body: BaseModel) -> str:
    """A body as JSON: the fields it was built with (a draft's progress has no count)."""
    return body.model_dump_json(exclude_unset=True)


def body_data(body: BaseModel) -> dict[str, Any]:
    """The same as a JSON-ready dict."""
    data: dict[str, Any] = body.model_dump(mode="json", exclude_unset=True)
    return data


class ResultEcho(RequestEcho):
    """The request as the generation used it, and when the result was made."""

    generated_at: dt.datetime


class DraftBody(BaseModel):
    """200 of generate-draft; the `result` of the draft stream."""

    request_id: str
    draft: str = Field(description="The plan as text, for the coach to read and edit.")
    training_principle: str = Field(description="The principle text the generation used.")
    request: ResultEcho
    log_position: LogPosition | None = Field(
        default=None,
        description="Where the generation's terminal event is in the event log: reads "
        "of the generation reflect it from the moment this answer is given.",
    )


class PlanBody(BaseModel):
    """200 of generate-plan; the `result` of the batch plan stream."""

    request_id: str
    content: list[Workout] = Field(description="One workout per training day, in plan order.")
    weekly_info: WeeklyInfo
    notes: list[Note] = Field(
        default_factory=list, description="What the plan did not use, changed, or warns about."
    )
    training_principle: str
    request: ResultEcho
    log_position: LogPosition | None = Field(
        default=None,
        description="Where the generation's terminal event is in the event log: reads "
        "of the generation reflect it from the moment this answer is given.",
    )


class PlanStreamResult(BaseModel):
    """The `result` event of the incremental plan stream (workouts came as `workout` events)."""

    total_workouts: int = Field(ge=0)
    weekly_info: WeeklyInfo
    notes: list[Note] = Field(default_factory=list)
    log_position: LogPosition | None = Field(
        default=None,
        description="Where the generation's terminal event is in the event log: reads "
        "of the generation reflect it from the moment this answer is given.",
    )


class Progress(BaseModel):
    """A `progress` event: how far the generation has come.

    Plan streams give `count` and `total` (workouts done, and the draft's training days)
    in every progress event, `queued` included.
    """

    status: str
    message: str
    progress: int = Field(ge=0, le=100)
    count: int | None = None
    total: int | None = None
    position: int | None = Field(
        default=None,
        ge=1,
        description="`queued` only, once a worker holds the request: its place in its "
        "organisation's line (1 = next to start).",
    )


class GenerationError(BaseModel):
    """Why a generation failed."""

    error: str
    code: ErrorCode


class WeekSummary(RootModel[WeeklyInfo]):
    """A `weekly_info` event: one completed week's summary, keyed by its number."""


class Done(BaseModel):
    """The `done` event that ends every stream; after a terminal event of the log, where it
    is (a stream cut short by its time bound, or answered from the read model, has none)."""

    model_config = ConfigDict(extra="forbid")

    log_position: LogPosition | None = None


class GenerationStatus(BaseModel):
    """A generation as the read model knows it: state, timing, and its outcome once done."""

    request_id: str
    step: Literal["draft", "plan"]
    status: Literal["queued", "running", "succeeded", "failed"]
    attempt: int = Field(ge=0, description="0 until a worker starts it; a retry counts up.")
    org_id: str
    request: RequestEcho
    training_principle: str
    principle_source: PrincipleSource
    provider: str | None
    prompt_version: str | None
    model: str | None
    requested_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    draft: str | None = Field(default=None, description="Draft generations only.")
    content: list[Workout] | None = Field(default=None, description="Plan generations only.")
    weekly_info: WeeklyInfo | None = Field(default=None, description="Plan generations only.")
    total_workouts: int | None = Field(default=None, description="Plan generations only.")
    notes: list[Note] | None = Field(default=None, description="Plan generations only.")
    error: GenerationError | None = None


class PrincipleBody(BaseModel):
    """The training principle the AI would use for this coach in this organisation."""

    model_config = ConfigDict(extra="forbid")

    org_id: str
    training_principle: str
    source: PrincipleSource


class HealthBody(BaseModel):
    """200 when the api reaches Kafka and Postgres, else 503 with the same body."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["ok", "unavailable"]
    kafka: bool
    postgres: bool
