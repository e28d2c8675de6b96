"""A replay case: one logged generation, frozen with everything needed to replay and score it.

A case keeps the events as the log had them (unknown fields included), so a set stays
runnable, and re-scorable with new scorers, after the topics' retention.
"""

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agents.planning import PlanParams, PlanResult
from agents.steps import plan_params
from schemas.events import (
    DraftGenerated,
    Event,
    GenerationFailed,
    PlanGenerated,
    PlanRequested,
    TokenUsage,
    WorkoutGenerated,
    decode_event,
)
from schemas.notes import Note
from schemas.workout import WeekInfo, Workout

Step = Literal["draft", "plan"]
Outcome = Literal["succeeded", "failed"]
OutputStatus = Literal["ok", "failed", "skipped"]
BASELINE = "baseline"


class ReplayCase(BaseModel):
    """One generation of the log: the request, its recorded output, provenance and cost."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    case_id: str
    request_id: str
    step: Step
    org_id: str
    level: str
    weeks: int
    requested_at: dt.datetime
    outcome: Outcome
    provider: str | None = None
    model: str | None = None
    prompt_version: str | None = None
    usage: TokenUsage | None = None
    latency_s: float | None = None
    # The PlanRequested event and the final attempt's events, as logged.
    requested: dict[str, Any]
    events: list[dict[str, Any]] = Field(default_factory=list)
    # Draft cases: what the coach approved (the refined_draft of the plan that named this
    # draft), and that plan's request id. Plan cases: the draft they were edited from.
    approved_draft: str | None = None
    approved_request_id: str | None = None
    draft_request_id: str | None = None
    source_draft: str | None = None

    def identity(self) -> dict[str, Any]:
        """What names the case in a report and in its events: ids, step, org, level, weeks."""
        return self.model_dump(
            include={"case_id", "request_id", "step", "org_id", "level", "weeks"}
        )

    def plan_requested(self) -> PlanRequested:
        event = decode_event_dict(self.requested)
        assert isinstance(event, PlanRequested)
        return event

    def params(self) -> PlanParams:
        return plan_params(self.plan_requested())

    def decoded_events(self) -> list[Event]:
        return [decode_event_dict(raw) for raw in self.events]

    @property
    def edited(self) -> bool:
        """The coach changed the draft: a draft with a different approved version, or a plan
        whose refined draft differs from the draft it names."""
        if self.step == "draft":
            recorded = next((e.get("draft") for e in self.events if e.get("draft")), None)
            return self.approved_draft is not None and not same_text(
                self.approved_draft, recorded or ""
            )
        refined = self.requested.get("refined_draft") or ""
        return self.source_draft is not None and not same_text(refined, self.source_draft)


class Output(BaseModel):
    """What one producer (the baseline or a candidate) made for one case, before scoring."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    case_id: str
    candidate: str
    repeat: int = 0
    status: OutputStatus
    error: str | None = None
    draft: str | None = None
    workouts: list[Workout] = Field(default_factory=list)
    weekly_info: dict[str, WeekInfo] = Field(default_factory=dict)
    notes: list[dict[str, Any]] = Field(default_factory=list)
    usage: TokenUsage = Field(default_factory=TokenUsage)
    latency_s: float | None = None
    provider: str | None = None
    model: str | None = None
    prompt_version: str | None = None
    # Answers served from the response cache: no latency was measured for them.
    cached_calls: int = 0
    # Plans: what produced each week (scoring/provenance.py).
    weeks: list[dict[str, Any]] = Field(default_factory=list)

    def plan_result(self) -> PlanResult:
        return PlanResult(
            content=self.workouts, weekly_info=self.weekly_info, notes=readable_notes(self.notes)
        )


def readable_notes(raw: list[dict[str, Any]]) -> list[Note]:
    """The notes this version can read (a newer kind is left out, not fatal)."""
    notes = []
    for item in raw:
        try:
            notes.append(Note.model_validate(item))
        except ValidationError:
            continue
    return notes


def same_text(one: str, other: str) -> bool:
    """Equal drafts, whatever the line endings and the trailing blanks of each line."""
    return _lines(one) == _lines(other)


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n")]


def decode_event_dict(raw: dict[str, Any]) -> Event:
    return decode_event(json.dumps(raw))


def baseline_output(case: ReplayCase) -> Output:
    """The recorded output of a case: the baseline every candidate is compared with."""
    events = case.decoded_events()
    common: dict[str, Any] = {
        "case_id": case.case_id,
        "candidate": BASELINE,
        "usage": case.usage or TokenUsage(),
        "latency_s": case.latency_s,
        "provider": case.provider,
        "model": case.model,
        "prompt_version": case.prompt_version,
    }
    failure = next((e for e in events if isinstance(e, GenerationFailed)), None)
    if failure is not None:
        return Output(status="failed", error=failure.error, **common)
    draft = next((e for e in events if isinstance(e, DraftGenerated)), None)
    if draft is not None:
        return Output(status="ok", draft=draft.draft, **common)
    plan = next((e for e in events if isinstance(e, PlanGenerated)), None)
    workouts = [e.workout for e in events if isinstance(e, WorkoutGenerated)]
    return Output(
        status="ok",
        workouts=workouts,
        weekly_info=plan.weekly_info if plan else {},
        notes=[n.model_dump(mode="json") for n in plan.notes] if plan else [],
        weeks=[_logged_week(raw) for raw in case.events if raw.get("type") == "WeekCompleted"],
        **common,
    )


def _logged_week(raw: dict[str, Any]) -> dict[str, Any]:
    """A logged week's provenance, with the fields newer logs add when they are there."""
    usage = raw.get("usage") or {}
    return week_record(
        int(raw.get("week", 0)),
        raw.get("provider"),
        int(usage.get("calls") or 0),
        raw.get("fallback"),
        raw.get("answers"),
    )


def week_record(
    week: int,
    provider: str | None,
    calls: int,
    fallback: Any = None,
    answers: Any = None,
) -> dict[str, Any]:
    return {
        "week": week,
        "provider": provider,
        "calls": calls,
        "fallback": bool(fallback) if fallback is not None else None,
        "answers": len(answers) if isinstance(answers, list) else None,
    }
