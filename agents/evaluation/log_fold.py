"""From the log's records to replay cases: one per finished generation (pure, no I/O).

A generation's output is its last attempt's; a draft's approved version is the
refined draft of the latest plan that names it by `draft_request_id` (the coach's last
word), in the same organisation.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from agents.evaluation.cases import ReplayCase
from schemas.events import TERMINAL_TYPES, TokenUsage

LoggedEvent = dict[str, Any]


@dataclass
class _Generation:
    requested: LoggedEvent | None = None
    events: list[LoggedEvent] = field(default_factory=list)

    def final(self) -> list[LoggedEvent]:
        last = max((int(e.get("attempt", 0)) for e in self.events), default=0)
        return [e for e in self.events if int(e.get("attempt", 0)) == last]


def fold_cases(records: list[LoggedEvent]) -> list[ReplayCase]:
    """Every finished generation among the records (in log order), as a case."""
    generations: dict[str, _Generation] = {}
    for record in records:
        request_id = str(record.get("request_id"))
        generation = generations.setdefault(request_id, _Generation())
        if record.get("type") == "PlanRequested":
            generation.requested = generation.requested or record
        elif record.get("type") != "GenerationProgress":
            generation.events.append(record)
    cases = {
        request_id: case
        for request_id, generation in generations.items()
        if (case := _case(request_id, generation)) is not None
    }
    return _linked(cases)


def _case(request_id: str, generation: _Generation) -> ReplayCase | None:
    requested = generation.requested
    final = generation.final()
    terminal = next((e for e in final if e.get("type") in TERMINAL_TYPES), None)
    if requested is None or terminal is None:
        return None  # never asked for, or never finished: nothing to compare with
    started = next((e for e in final if e.get("type") == "GenerationStarted"), None)
    echo = requested.get("request") or {}
    return ReplayCase(
        case_id=request_id,
        request_id=request_id,
        step=requested["step"],
        org_id=requested["org_id"],
        level=echo.get("level", ""),
        weeks=int(echo.get("weeks", 0)),
        requested_at=requested["time"],
        outcome="failed" if terminal["type"] == "GenerationFailed" else "succeeded",
        provider=(started or terminal).get("provider"),
        model=(started or terminal).get("model"),
        prompt_version=(started or terminal).get("prompt_version"),
        usage=TokenUsage.model_validate(terminal["usage"]) if terminal.get("usage") else None,
        latency_s=_seconds_between(started, terminal),
        requested=requested,
        events=final,
        draft_request_id=echo.get("draft_request_id"),
    )


def _seconds_between(start: LoggedEvent | None, end: LoggedEvent) -> float | None:
    if start is None:
        return None
    began = dt.datetime.fromisoformat(str(start["time"]))
    ended = dt.datetime.fromisoformat(str(end["time"]))
    return round((ended - began).total_seconds(), 3)


def _linked(cases: dict[str, ReplayCase]) -> list[ReplayCase]:
    """Cases with their drafts and approved versions tied together, in request order."""
    approvals: dict[str, ReplayCase] = {}
    for case in sorted(cases.values(), key=_order):
        draft = cases.get(case.draft_request_id or "")
        if case.step == "plan" and draft is not None and draft.org_id == case.org_id:
            approvals[draft.request_id] = case  # the latest plan wins: sorted by time
    linked = []
    for case in sorted(cases.values(), key=_order):
        update: dict[str, Any] = {}
        approval = approvals.get(case.request_id)
        if case.step == "draft" and approval is not None:
            update["approved_draft"] = approval.requested.get("refined_draft")
            update["approved_request_id"] = approval.request_id
        source = cases.get(case.draft_request_id or "")
        if case.step == "plan" and source is not None and source.org_id == case.org_id:
            update["source_draft"] = _draft_text(source)
        linked.append(case.model_copy(update=update) if update else case)
    return linked


def _draft_text(case: ReplayCase) -> str | None:
    return next((e.get("draft") for e in case.events if e.get("type") == "DraftGenerated"), None)


def _order(case: ReplayCase) -> tuple[dt.datetime, str]:
    return (case.requested_at, case.request_id)
