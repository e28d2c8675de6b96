"""Replay cases built from events, for the evaluation's unit tests (no I/O)."""

import datetime as dt
from typing import Any

from agents.evaluation.cases import ReplayCase
from agents.evaluation.log_fold import fold_cases
from agents.planning import PlanParams, make_draft
from schemas.events import DraftGenerated, GenerationStarted, PlanRequested, TokenUsage
from schemas.requests import RequestEcho

WHEN = dt.datetime(2025, 5, 1, 10, 0, tzinfo=dt.UTC)


def draft_case(
    request_id: str = "r1",
    weeks: int = 4,
    level: str = "beginner",
    draft: str | None = None,
    minutes: int = 0,
    org: str = "club",
) -> ReplayCase:
    """A finished built-in draft generation, `minutes` after WHEN."""
    params = PlanParams(weeks=weeks, level=level, additional_prompt="Long run on Sunday")  # type: ignore[arg-type]
    text = draft if draft is not None else make_draft(params)
    at = WHEN + dt.timedelta(minutes=minutes)
    envelope: dict[str, Any] = {"request_id": request_id, "time": at, "org_id": org}
    made = {
        **envelope,
        "provider": "builtin",
        "model": "builtin-planner",
        "prompt_version": "builtin-1",
    }
    events = [
        PlanRequested(
            **envelope,
            attempt=0,
            seq=0,
            step="draft",
            user_id="coach",
            request=RequestEcho(
                weeks=weeks,
                level=level,  # type: ignore[arg-type]
                org_id=org,
                additional_prompt="Long run on Sunday",
                training_principle=None,
                start_date=None,
                workout_preference="ai_generate",
            ),
            training_principle="80/20",
            principle_source="organisation",
        ),
        GenerationStarted(**made, attempt=1, seq=0, step="draft", worker="w"),
        DraftGenerated(
            **{**made, "time": at + dt.timedelta(seconds=2)},
            attempt=1,
            seq=1,
            draft=text,
            training_principle="80/20",
            usage=TokenUsage(prompt_tokens=1000, completion_tokens=500, calls=1),
        ),
    ]
    cases = fold_cases([e.model_dump(mode="json") for e in events])
    assert len(cases) == 1
    return cases[0]
