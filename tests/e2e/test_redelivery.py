"""A worker killed mid-generation: the command is redelivered and a new attempt finishes."""

import asyncio
import json
import signal
import subprocess
from collections.abc import Iterator

import httpx
import pytest

from agents.planning import PlanParams, make_draft
from schemas import topics
from schemas.settings import Settings
from tests.conftest import ROOT
from tests.fake_openai import Reply, fake_openai
from tests.harness import (
    api_server,
    connect,
    eventually,
    projector,
    read_topic,
    seed,
    settings_env,
)

pytestmark = pytest.mark.e2e

BODY = {"weeks": 3, "level": "beginner", "org_id": "club"}


def worker_env(settings: Settings, base_url: str) -> dict[str, str]:
    return settings_env(
        settings,
        COACH_LLM_PROVIDER="openai",
        COACH_OPENAI_BASE_URL=base_url,
        COACH_OPENAI_API_KEY="test",
        COACH_OPENAI_MODEL="fake-model",
        COACH_WORKER_SESSION_TIMEOUT_S="6",
    )


@pytest.fixture
def workers() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


def start_worker(env: dict[str, str], workers: list[subprocess.Popen[bytes]]) -> None:
    workers.append(
        subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "coach-agent"), "serve-agents"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )


async def collect_until_done(
    response: httpx.Response, events: list[tuple[str, dict[str, object]]]
) -> None:
    """Append (event, data) of an SSE response until `done`."""
    name = ""
    async for line in response.aiter_lines():
        if line.startswith("event:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("data:") and name:
            events.append((name, json.loads(line.split(":", 1)[1])))
            if name == "done":
                return


async def test_killed_worker_command_is_retried_as_a_new_attempt(
    settings: Settings, workers: list[subprocess.Popen[bytes]]
) -> None:
    tenancy = await seed(settings)
    draft = make_draft(PlanParams(weeks=3, level="beginner"))
    replies = [Reply(stall_s=120), Reply(text=draft)]
    async with (
        fake_openai(replies) as fake,
        api_server(settings) as base,
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=180) as client,
    ):
        env = worker_env(settings, fake.base_url)
        start_worker(env, workers)
        headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
        events: list[tuple[str, dict[str, object]]] = []
        async with client.stream(
            "POST", "/api/v1/ai-coach/generate-draft/stream", json=BODY, headers=headers
        ) as response:
            request_id = response.headers["X-Request-ID"]
            reader = asyncio.create_task(collect_until_done(response, events))

            async def model_called() -> bool:
                return bool(fake.requests)

            await eventually(model_called, 60, "the first worker to call the model")
            workers[0].kill()
            workers[0].wait(30)
            start_worker(env, workers)
            await asyncio.wait_for(reader, 120)

    statuses = [data.get("status") for name, data in events if name == "progress"]
    assert "restarted" in statuses
    assert [name for name, _ in events][-2:] == ["result", "done"]
    result = events[-2][1]
    assert result["draft"] == draft

    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    started = [e.attempt for e in log if e.type == "GenerationStarted"]
    assert started == [1, 2]
    conn = await connect(settings)
    try:

        async def row() -> object:
            return await conn.fetchrow(
                "SELECT attempt, status FROM generations WHERE request_id = $1 "
                "AND status = 'succeeded'",
                request_id,
            )

        found = await eventually(row, 30, "the projected retry")
        assert tuple(found) == (2, "succeeded")  # type: ignore[arg-type]
    finally:
        await conn.close()
