"""An SSE stream ends after its idle bound with error `timeout` and done; the generation goes on."""

import httpx
import pytest

from schemas.settings import Settings
from tests.harness import agents_worker, api_server, eventually, projector, seed, sse_events

pytestmark = pytest.mark.integration

DRAFT_URL = "/api/v1/ai-coach/generate-draft/stream"
BODY = {"weeks": 2, "level": "beginner", "org_id": "club"}


async def test_idle_stream_ends_with_timeout_then_reattach_sees_the_result(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    bounded = settings.model_copy(update={"sse_idle_s": 2, "sse_total_s": 30})
    async with (
        api_server(bounded) as base,
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        # No worker yet: nothing happens after "queued".
        response, events = await sse_events(client, DRAFT_URL, BODY, tenancy.coach_token)
        assert response.status_code == 200
        names = [name for name, _, _ in events]
        assert names == ["progress", "error", "done"]
        assert events[1][2]["code"] == "timeout" and "goes on" in events[1][2]["error"]
        # They carry no id of their own: a client's last event id stays that of "queued".
        assert events[1][1] == events[2][1] == events[0][1]
        request_id = response.headers["X-Request-ID"]
        async with agents_worker(bounded), projector(bounded):
            url = f"/api/v1/ai-coach/generations/{request_id}"

            async def finished() -> bool:
                found = await client.get(
                    url, headers={"Authorization": f"Bearer {tenancy.coach_token}"}
                )
                return found.json().get("status") == "succeeded"

            await eventually(finished, 60, "the generation to finish")
            _, again = await sse_events(
                client,
                f"/api/v1/ai-coach/generations/{request_id}/events",
                None,
                tenancy.coach_token,
                **{"Last-Event-ID": events[0][1]},
            )
    assert [name for name, _, _ in again][-2:] == ["result", "done"]
    assert all(int(event_id) > int(events[0][1]) for _, event_id, _ in again if event_id)
