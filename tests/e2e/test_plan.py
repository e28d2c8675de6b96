"""The structure step over HTTP and SSE: an approved draft becomes workouts."""

import datetime as dt
from collections import defaultdict
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Stack
from tests.harness import sse_events

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"
REQUEST = {"weeks": 5, "level": "beginner", "org_id": "demo", "start_date": "2025-05-08"}


@pytest.fixture(scope="module")
def draft(stack: Stack) -> str:
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        response = client.post(f"{BASE}/generate-draft", json=REQUEST, headers=auth(stack))
    assert response.status_code == 200, response.text
    return str(response.json()["draft"])


def auth(stack: Stack) -> dict[str, str]:
    return {"Authorization": f"Bearer {stack.demo_token}"}


def assert_plan_consistent(content: list[dict[str, Any]], weekly_info: dict[str, Any]) -> None:
    start = dt.date.fromisoformat(REQUEST["start_date"])  # type: ignore[arg-type]
    per_week: dict[int, int] = defaultdict(int)
    for workout in content:
        assert 1 <= workout["week"] <= REQUEST["weeks"] and 1 <= workout["day"] <= 7
        date = dt.date.fromisoformat(workout["date"])
        assert date >= start and date.isoweekday() == workout["day"]
        assert any(s["type"] in ("main", "interval") for s in workout["segments"])
        assert sum(s["distance"] * s["repeat"] for s in workout["segments"]) == workout["distance"]
        per_week[workout["week"]] += workout["distance"]
    for week, total in per_week.items():
        assert weekly_info[str(week)]["total_distance"] == total


def test_generate_plan_sync_returns_workouts_matching_week_totals(stack: Stack, draft: str) -> None:
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        response = client.post(
            f"{BASE}/generate-plan", json={**REQUEST, "refined_draft": draft}, headers=auth(stack)
        )
    assert response.status_code == 200, response.text
    body = response.json()
    assert response.headers["X-Request-ID"] == body["request_id"]
    assert {"content", "weekly_info", "training_principle", "request"} <= set(body)
    assert body["content"] and body["request"]["generated_at"].endswith("Z")
    assert_plan_consistent(body["content"], body["weekly_info"])


async def test_generate_plan_stream_sends_each_workout_then_result(
    stack: Stack, draft: str
) -> None:
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=120) as client:
        response, events = await sse_events(
            client,
            f"{BASE}/generate-plan/stream",
            {**REQUEST, "refined_draft": draft},
            stack.demo_token,
        )
    assert response.status_code == 200
    names = [name for name, _, _ in events]
    assert names[-2:] == ["result", "done"]
    workouts = [data for name, _, data in events if name == "workout"]
    weeks = [data for name, _, data in events if name == "weekly_info"]
    result = events[-2][2]
    assert result["total_workouts"] == len(workouts) > 0
    assert len(weeks) == REQUEST["weeks"]
    assert_plan_consistent(workouts, result["weekly_info"])
    ids = [int(event_id) for _, event_id, _ in events]
    assert ids == sorted(ids)


async def test_generate_plan_stream_batch_sends_one_whole_result(stack: Stack, draft: str) -> None:
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=120) as client:
        response, events = await sse_events(
            client,
            f"{BASE}/generate-plan/stream-batch",
            {**REQUEST, "refined_draft": draft},
            stack.demo_token,
        )
    assert response.status_code == 200
    names = [name for name, _, _ in events]
    assert "workout" not in names and names[-2:] == ["result", "done"]
    body = events[-2][2]
    assert_plan_consistent(body["content"], body["weekly_info"])


def test_generate_plan_edited_draft_is_honoured(stack: Stack, draft: str) -> None:
    edited = "\n".join(line for line in draft.splitlines() if not line.lower().startswith("tue:"))
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        original = client.post(
            f"{BASE}/generate-plan", json={**REQUEST, "refined_draft": draft}, headers=auth(stack)
        ).json()
        changed = client.post(
            f"{BASE}/generate-plan", json={**REQUEST, "refined_draft": edited}, headers=auth(stack)
        ).json()
    assert any(w["day"] == 2 for w in original["content"])
    assert not any(w["day"] == 2 for w in changed["content"])


def test_generate_plan_with_wrong_weeks_or_unusable_draft_is_400(stack: Stack, draft: str) -> None:
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        wrong_weeks = client.post(
            f"{BASE}/generate-plan",
            json={**REQUEST, "weeks": 7, "refined_draft": draft},
            headers=auth(stack),
        )
        garbage = client.post(
            f"{BASE}/generate-plan",
            json={**REQUEST, "refined_draft": "lorem ipsum dolor sit amet, nothing to plan"},
            headers=auth(stack),
        )
    for response in (wrong_weeks, garbage):
        assert response.status_code == 400, response.text
        body = response.json()
        assert body["code"] == "validation_error"
        assert body["details"][0]["field"] == "refined_draft"
