"""Builders of events for unit tests."""

import datetime as dt
from typing import Any

from schemas.events import EventBase, PlanRequested
from schemas.requests import RequestEcho

WHEN = dt.datetime(2025, 5, 1, 10, 0, tzinfo=dt.UTC)


def requested(step: str = "draft", request_id: str = "r1") -> PlanRequested:
    return PlanRequested(
        request_id=request_id,
        attempt=0,
        seq=0,
        time=WHEN,
        org_id="club",
        step=step,  # type: ignore[arg-type]
        user_id="coach-1",
        request=RequestEcho(
            weeks=2,
            level="beginner",
            org_id="club",
            additional_prompt=None,
            training_principle=None,
            start_date=dt.date(2025, 5, 5),
            workout_preference="ai_generate",
        ),
        training_principle="80/20",
        principle_source="organisation",
    )


def event(kind: type[EventBase], attempt: int = 1, seq: int = 0, **fields: Any) -> Any:
    return kind(
        request_id="r1",
        attempt=attempt,
        seq=seq,
        time=WHEN,
        org_id="club",
        prompt_version="builtin-1",
        model="builtin-planner",
        **fields,
    )


def easy_run(week: int = 1, day: int = 2) -> dict[str, Any]:
    """A workout as its event carries it: a 30-minute easy run of 5 km."""
    return {
        "week": week,
        "day": day,
        "date": None,
        "name": "Easy run",
        "description": "Conversational pace",
        "phase": "base",
        "sub_type": "easy-run",
        "duration": 1800,
        "distance": 5000,
        "segments": [
            {
                "type": "main",
                "duration": 1800,
                "distance": 5000,
                "repeat": 1,
                "intensity": {"zone": "z2", "pace": "5:30-6:00/km"},
                "description": "easy",
            }
        ],
        "source": "ai",
        "library_workout_id": None,
    }
