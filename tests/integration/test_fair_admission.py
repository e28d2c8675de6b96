"""A club's burst is queued, not refused, and another organisation's request is not starved.

500 coaches of one organisation start drafts at once with the default limits. The model
(tests/fake_openai.py, a real HTTP server) answers nothing until the test opens its gate,
so the worker runs the organisation's running limit of them and holds the rest in line,
each told its place. A request of another organisation sent then starts at once, while
the 400 still wait; once the model answers, every one of the 501 completes.
"""

import asyncio
import itertools
import json
from typing import Any

import httpx
import pytest

from agents.planning import PlanParams, make_draft
from schemas.settings import Settings
from tests.fake_openai import FakeOpenAI, Reply, fake_openai
from tests.harness import agents_worker, api_server, coaches, eventually, projector

pytestmark = pytest.mark.integration

STREAM_URL = "/api/v1/ai-coach/generate-draft/stream"
BURST = 500
DEFAULTS = Settings()
DRAFT = make_draft(PlanParams(weeks=2, level="beginner"))


def defaults_for(settings: Settings, model: FakeOpenAI) -> Settings:
    """The test's isolated settings with every admission and pool setting at its default,
    and the fake model as the provider."""
    limits = ("org_", "user_", "rate_", "topic_pool_", "topic_create", "sse_streams", "worker_")
    names = [name for name in Settings.model_fields if name.startswith(limits)]
    return settings.model_copy(
        update={
            **{name: getattr(DEFAULTS, name) for name in names},
            "llm_provider": "openai",
            "openai_base_url": model.base_url,
            "openai_api_key": "test",
            "openai_model": "fake-model",
            "openai_timeout_s": 300,
        }
    )


async def stream(
    client: httpx.AsyncClient, token: str, org_id: str, seen: list[tuple[str, Any]]
) -> None:
    """POST a draft stream; (event, data) into `seen` until done, or ("status", code)."""
    body = {"weeks": 2, "level": "beginner", "org_id": org_id}
    headers = {"Authorization": f"Bearer {token}"}
    async with client.stream("POST", STREAM_URL, json=body, headers=headers) as response:
        if response.status_code != 200:
            seen.append(("status", response.status_code))
            return
        name = None
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and name:
                seen.append((name, json.loads(line[5:])))
                if name == "done":
                    return


def places(seen: list[tuple[str, Any]]) -> list[int]:
    return [data["position"] for name, data in seen if name == "progress" and "position" in data]


def statuses(seen: list[tuple[str, Any]]) -> list[str]:
    return [data["status"] for name, data in seen if name == "progress"]


async def test_a_burst_of_500_waits_in_line_and_another_org_starts_at_once(
    settings: Settings,
) -> None:
    club = await coaches(settings, "club", BURST)
    (other,) = await coaches(settings, "other", 1)
    held = BURST - DEFAULTS.org_running_limit
    limits = httpx.Limits(max_connections=BURST + 10, max_keepalive_connections=0)
    async with (
        fake_openai(responder=lambda body: Reply(DRAFT)) as model,
        api_server(defaults := defaults_for(settings, model)) as base,
        agents_worker(defaults),
        projector(defaults),
        httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as client,
    ):
        model.gate = asyncio.Event()
        seen: list[list[tuple[str, Any]]] = [[] for _ in club]
        burst = [
            asyncio.create_task(stream(client, token, "club", into))
            for token, into in zip(club, seen, strict=True)
        ]

        async def all_placed() -> bool:
            return sum(bool(places(s)) for s in seen) == held

        await eventually(all_placed, 240, f"{held} of the burst told their place in line")
        assert sorted(places(s)[0] for s in seen if places(s)) == list(range(1, held + 1))
        assert sum("started" in statuses(s) for s in seen) == DEFAULTS.org_running_limit
        single: list[tuple[str, Any]] = []
        other_task = asyncio.create_task(stream(client, other, "other", single))

        async def other_started() -> bool:
            return "started" in statuses(single)

        await eventually(other_started, 60, "the other organisation's request to start")
        # It started while the club's 400 still waited in line.
        assert sum("started" in statuses(s) for s in seen) == DEFAULTS.org_running_limit
        model.gate.set()
        await asyncio.gather(*burst, other_task)
    assert [s[-1][0] for s in seen] == ["done"] * BURST, {s[0] for s in seen if s}
    assert all(any(name == "result" for name, _ in s) for s in seen)
    assert [name for name, _ in single][-2:] == ["result", "done"]
    told = [places(s) for s in seen if places(s)]
    # Told again each time their place halved, not at every start ahead of them.
    assert all(after <= before // 2 for p in told for before, after in itertools.pairwise(p))
    assert max(len(p) for p in told) >= (held - 1).bit_length()
