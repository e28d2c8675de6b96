"""The draft step over HTTP and SSE against the stack `make run` starts."""

import asyncio

import httpx
import pytest

from tests.e2e.conftest import Stack
from tests.harness import sse_events

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"
BODY = {
    "weeks": 6,
    "level": "intermediate",
    "org_id": "demo",
    "additional_prompt": "Four runs a week, long run on Sunday",
    "start_date": "2025-05-07",
}


def auth(stack: Stack) -> dict[str, str]:
    return {"Authorization": f"Bearer {stack.demo_token}"}


def test_generate_draft_sync_body_matches_the_contract(stack: Stack) -> None:
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        response = client.post(f"{BASE}/generate-draft", json=BODY, headers=auth(stack))
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"request_id", "draft", "training_principle", "request", "log_position"}
    assert set(body["log_position"]) == {"partition", "offset"}
    assert response.headers["X-Request-ID"] == body["request_id"]
    assert body["draft"].strip() and body["training_principle"].strip()
    request = body["request"]
    assert {k: request[k] for k in BODY} == BODY
    assert request["training_principle"] is None
    assert request["workout_preference"] == "ai_generate"
    assert request["generated_at"].endswith("Z")


def test_generate_draft_principle_override_is_used(stack: Stack) -> None:
    body = {**BODY, "training_principle": "Polarised: 80/20 with hills"}
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        response = client.post(f"{BASE}/generate-draft", json=body, headers=auth(stack))
    assert response.status_code == 200, response.text
    assert response.json()["training_principle"] == "Polarised: 80/20 with hills"


async def test_draft_stream_progress_rising_then_result_then_done(stack: Stack) -> None:
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=120) as client:
        response, events = await sse_events(
            client, f"{BASE}/generate-draft/stream", BODY, stack.demo_token
        )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    names = [name for name, _, _ in events]
    assert names[-2:] == ["result", "done"] and set(names[:-2]) == {"progress"}
    progress = [data["progress"] for name, _, data in events if name == "progress"]
    assert len(progress) >= 3 and progress == sorted(progress) and progress[-1] > progress[0]
    ids = [int(event_id) for _, event_id, _ in events]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert events[-2][2]["request_id"] == response.headers["X-Request-ID"]


async def test_disconnect_does_not_stop_generation_and_client_can_reattach(stack: Stack) -> None:
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=120) as client:
        async with client.stream(
            "POST", f"{BASE}/generate-draft/stream", json=BODY, headers=auth(stack)
        ) as response:
            request_id = response.headers["X-Request-ID"]
            first_id = None
            async for line in response.aiter_lines():
                if line.startswith("id:"):
                    first_id = line.split(":", 1)[1].strip()
                    break
        assert first_id is not None
        url = f"{BASE}/generations/{request_id}"

        async def status() -> dict[str, object]:
            while True:
                found = await client.get(url, headers=auth(stack))
                if found.status_code == 200 and found.json()["status"] == "succeeded":
                    return dict(found.json())
                await asyncio.sleep(0.2)

        record = await asyncio.wait_for(status(), 60)
        assert record["draft"] and record["step"] == "draft"
        response, events = await sse_events(
            client, f"{url}/events", None, stack.demo_token, **{"Last-Event-ID": first_id}
        )
    assert response.status_code == 200
    assert all(int(event_id) > int(first_id) for _, event_id, _ in events)
    assert [name for name, _, _ in events][-2:] == ["result", "done"]
    assert events[-2][2]["draft"] == record["draft"]


def test_generation_of_unknown_id_or_other_org_is_404(stack: Stack) -> None:
    stack.cli("admin", "create-org", "rival", "--name", "Rival", "--feature", "coach_agent")
    stack.cli("admin", "create-user", "rival-coach", "--org", "rival", "--role", "coach")
    rival = stack.cli("admin", "issue-token", "rival-coach").stdout.strip()
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        made = client.post(f"{BASE}/generate-draft", json=BODY, headers=auth(stack)).json()
        url = f"{BASE}/generations/{made['request_id']}"
        assert client.get(f"{BASE}/generations/deadbeef", headers=auth(stack)).status_code == 404
        other = client.get(url, headers={"Authorization": f"Bearer {rival}"})
        assert other.status_code == 404 and other.json()["code"] == "not_found"
