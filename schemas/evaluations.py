"""Evaluation events: a replay of logged generations under candidate prompts or models.

They go on their own topic (`coach.evaluations`), never on `coach.events`: an evaluation
is a judgement of generations, not a generation. Key: the evaluation id, so one
evaluation's events are in order. Writers are strict; `decode_evaluation_event` ignores
fields this version does not know.
"""

import datetime as dt
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from schemas.events import TokenUsage, UndecodableEvent

EVALUATION_SCHEMA_VERSION = 1
CaseStatus = Literal["ok", "failed", "skipped"]
RunStatus = Literal["complete", "incomplete"]


class CandidateInfo(BaseModel):
    """What produced a candidate's outputs (the baseline: what the log recorded)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    provider: str
    model: str | None = None
    prompt_version: str | None = None
    # The model server's address without credentials; null for builtin and the baseline.
    base_url: str | None = None
    prompts_folder: str | None = None
    # A control (the built-in planner added by default) is reported, never gated.
    control: bool = False


class EvaluationEventBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Annotated[int, Field(ge=1)] = EVALUATION_SCHEMA_VERSION
    evaluation_id: str
    seq: Annotated[int, Field(ge=0)]
    time: dt.datetime


class EvaluationStarted(EvaluationEventBase):
    type: Literal["EvaluationStarted"] = "EvaluationStarted"
    set_name: str
    set_hash: str
    cases: int
    candidates: list[CandidateInfo]
    # concurrency, repeat, max_tokens, rescore_only, gates file: how the run was asked for.
    options: dict[str, Any] = Field(default_factory=dict)


class CaseScored(EvaluationEventBase):
    """One output of one producer (the baseline or a candidate) for one case, scored."""

    type: Literal["CaseScored"] = "CaseScored"
    case_id: str
    request_id: str
    step: Literal["draft", "plan"]
    org_id: str
    level: str
    weeks: int
    candidate: str
    repeat: Annotated[int, Field(ge=0)] = 0
    status: CaseStatus
    error: str | None = None
    provider: str | None = None
    model: str | None = None
    prompt_version: str | None = None
    usage: TokenUsage | None = None
    # Every score of agents/evaluation/scoring, by name (numbers, or null where undefined).
    scores: dict[str, Any] = Field(default_factory=dict)


class EvaluationFinished(EvaluationEventBase):
    type: Literal["EvaluationFinished"] = "EvaluationFinished"
    status: RunStatus
    reason: str | None = None
    # Per producer: each headline metric's summary, and the paired comparisons.
    summary: dict[str, Any] = Field(default_factory=dict)
    ranking: list[str] = Field(default_factory=list)
    gates: list[dict[str, Any]] = Field(default_factory=list)
    exit_code: int


EvaluationEvent = Annotated[
    EvaluationStarted | CaseScored | EvaluationFinished, Field(discriminator="type")
]
_adapter: TypeAdapter[EvaluationEvent] = TypeAdapter(EvaluationEvent)
_KNOWN = {
    name: set(model.model_fields)
    for name, model in (
        ("EvaluationStarted", EvaluationStarted),
        ("CaseScored", CaseScored),
        ("EvaluationFinished", EvaluationFinished),
    )
}


def encode_evaluation_event(event: EvaluationEventBase) -> bytes:
    return event.model_dump_json().encode()


def decode_evaluation_event(raw: bytes | str) -> EvaluationEvent:
    """Read an evaluation event, ignoring top-level fields this version does not know."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise UndecodableEvent(f"not a JSON event: {exc}") from None
    if not isinstance(data, dict):
        raise UndecodableEvent("not a JSON object")
    known = _KNOWN.get(str(data.get("type")))
    if known is not None:
        data = {key: value for key, value in data.items() if key in known}
    try:
        return _adapter.validate_python(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise UndecodableEvent(f"{exc.error_count()} error(s), first at {where}") from None
