"""The model structures a coach's draft week by week through the whole stack.

A real fake OpenAI-compatible server (tests/fake_openai.py) answers; nothing is patched.
"""

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from agents.planning import read_draft
from schemas import topics
from schemas.settings import Settings
from tests.fake_openai import FakeOpenAI, Reply, Responder, fake_openai
from tests.harness import agents_worker, api_server, eventually, projector, read_topic, seed
from tests.model_answers import (
    BODY,
    PLAN_URL,
    PROSE_DRAFT,
    asked_week,
    club_line,
    is_repair,
    week_answer,
)

pytestmark = pytest.mark.integration


def model_settings(settings: Settings, fake: FakeOpenAI) -> Settings:
    return settings.model_copy(
        update={
            "llm_provider": "openai",
            "openai_base_url": fake.base_url,
            "openai_api_key": SecretStr("test"),
            "openai_model": "fake-model",
            "openai_timeout_s": 30,
        }
    )


@contextlib.asynccontextmanager
async def model_stack(
    settings: Settings,
    responder: Responder | None = None,
    with_projector: bool = False,
    replies: Iterable[Reply] = (),
) -> AsyncIterator[tuple[FakeOpenAI, httpx.AsyncClient]]:
    """The api and a worker whose provider is the fake model (and the projector, if asked)."""
    async with fake_openai(replies, responder=responder) as fake:
        configured = model_settings(settings, fake)
        async with contextlib.AsyncExitStack() as stack:
            base = await stack.enter_async_context(api_server(configured))
            await stack.enter_async_context(agents_worker(configured))
            if with_projector:
                await stack.enter_async_context(projector(configured))
            client = await stack.enter_async_context(httpx.AsyncClient(base_url=base, timeout=60))
            yield fake, client


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_prose_draft_weeks_are_not_all_read_with_confidence() -> None:
    reading = read_draft(PROSE_DRAFT)
    assert [club_line(w.number) in w.unsure for w in reading.weeks] == [True] * 4


async def stream_plan(
    client: httpx.AsyncClient, token: str, path: str = "/stream"
) -> list[tuple[str, Any, float]]:
    """(event, data, monotonic time received) of a plan stream, until done."""
    received: list[tuple[str, Any, float]] = []
    name = ""
    async with client.stream("POST", PLAN_URL + path, json=BODY, headers=auth(token)) as response:
        assert response.status_code == 200, await response.aread()
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and name:
                received.append((name, json.loads(line[5:]), time.monotonic()))
                if name == "done":
                    break
    return received


async def test_model_weeks_stream_in_order_before_the_last_week_is_answered(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)

    def slow(body: dict[str, Any]) -> Reply:
        week = asked_week(body)
        return Reply(week_answer(week), stall_s=1.5 * week)

    async with model_stack(settings, slow, with_projector=True) as (fake, client):
        events = await stream_plan(client, tenancy.coach_token)
    workouts = [(data, at) for name, data, at in events if name == "workout"]
    assert [w["week"] for w, _ in workouts] == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]
    last_week_answered = max(fake.answered_at)
    assert workouts[0][1] < last_week_answered, "the first workout waited for the whole plan"
    progress = [data for name, data, _ in events if name == "progress" and "count" in data]
    assert all(p["total"] == 4 and p["count"] is not None for p in progress)
    result = next(data for name, data, _ in events if name == "result")
    assert result["total_workouts"] == 12
    club_notes = [n for n in result["notes"] if n["line"] == club_line(1)]
    assert club_notes[0]["kind"] == "read" and "by the model fake-model" in club_notes[0]["message"]
    assert club_notes[0]["text"] == "Tue: club session, whatever the coach there says"
    assert sorted(asked_week(body) for body in fake.requests) == [1, 2, 3, 4]


async def test_model_week_with_invalid_json_is_repaired_once(settings: Settings) -> None:
    tenancy = await seed(settings)
    seen: dict[int, int] = {}

    def flaky(body: dict[str, Any]) -> Reply:
        week = asked_week(body)
        seen[week] = seen.get(week, 0) + 1
        if week == 2 and seen[week] == 1:
            return Reply("Sure! Here is the week: Tuesday easy, Thursday easy.")
        return Reply(week_answer(week))

    async with model_stack(settings, flaky) as (fake, client):
        response = await client.post(PLAN_URL, json=BODY, headers=auth(tenancy.coach_token))
    assert response.status_code == 200, response.text
    repairs = [body for body in fake.requests if is_repair(body)]
    assert [asked_week(body) for body in repairs] == [2]
    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    week_two = next(e for e in log if e.type == "WeekCompleted" and e.week == 2)
    assert week_two.raw_answer.startswith("Sure! Here is the week")
    assert week_two.usage is not None and week_two.usage.calls == 2
    first, repaired = week_two.answers
    assert first.raw == week_two.raw_answer and first.violations
    assert repaired.raw == week_answer(2) and repaired.violations == []
    assert not week_two.fallback
    plan = next(e for e in log if e.type == "PlanGenerated")
    assert plan.usage is not None and plan.usage.calls == 5
    assert all(e.provider == "openai" and e.prompt_version.startswith("openai-") for e in log[1:])


async def test_model_week_breaking_a_training_rule_is_repaired(settings: Settings) -> None:
    tenancy = await seed(settings)
    seen: dict[int, int] = {}

    def eager(body: dict[str, Any]) -> Reply:
        week = asked_week(body)
        seen[week] = seen.get(week, 0) + 1
        if week == 1 and seen[week] == 1:
            # The club session as an all-out effort: no easy run is run in zone 5.
            answer = json.loads(week_answer(week))
            answer["workouts"][0]["segments"][0]["zone"] = "z5"
            return Reply(json.dumps(answer))
        return Reply(week_answer(week))

    async with model_stack(settings, eager) as (fake, client):
        response = await client.post(PLAN_URL, json=BODY, headers=auth(tenancy.coach_token))
    assert response.status_code == 200, response.text
    assert [w["day"] for w in response.json()["content"] if w["week"] == 1] == [2, 4, 7]
    repair = next(body for body in fake.requests if is_repair(body))
    assert "[zone]" in repair["messages"][-1]["content"]


async def test_model_that_always_fails_ends_in_error_and_500(settings: Settings) -> None:
    tenancy = await seed(settings)
    async with model_stack(settings, lambda body: Reply(status=500)) as (_fake, client):
        events = await stream_plan(client, tenancy.coach_token)
        response = await client.post(PLAN_URL, json=BODY, headers=auth(tenancy.coach_token))
    assert [name for name, _, _ in events][-2:] == ["error", "done"]
    error = events[-2][1]
    assert error["code"] == "generation_failed" and "HTTP 500" in error["error"]
    assert "127.0.0.1" not in error["error"], "the model server's address leaked"
    assert response.status_code == 500 and response.json()["code"] == "generation_failed"


async def test_notes_are_in_every_plan_body(settings: Settings) -> None:
    tenancy = await seed(settings)
    async with model_stack(
        settings, lambda body: Reply(week_answer(asked_week(body))), with_projector=True
    ) as (_fake, client):
        sync = await client.post(PLAN_URL, json=BODY, headers=auth(tenancy.coach_token))
        streamed = await stream_plan(client, tenancy.coach_token)
        batch = await stream_plan(client, tenancy.coach_token, "/stream-batch")
        url = f"/api/v1/ai-coach/generations/{sync.json()['request_id']}"

        async def stored() -> Any:
            found = await client.get(url, headers=auth(tenancy.coach_token))
            body = found.json()
            return body if body.get("status") == "succeeded" else None

        read_model = await eventually(stored, 30, "the projected plan")
    bodies = {
        "sync": sync.json(),
        "stream": next(d for n, d, _ in streamed if n == "result"),
        "stream-batch": next(d for n, d, _ in batch if n == "result"),
        "read model": read_model,
    }
    for where, body in bodies.items():
        lines = {note["line"] for note in body["notes"]}
        assert {club_line(w) for w in range(1, 5)} <= lines, where


async def test_model_draft_in_prose_is_accepted_when_it_covers_every_week(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    prose = "".join(
        f"Week {n}: easy runs Tue and Thu 30 min, long run Sun {45 + 5 * n} min.\n"
        for n in range(1, 5)
    )
    missing = prose.replace("Week 3", "And then")
    replies = [Reply(missing), Reply(prose)]
    async with model_stack(settings, replies=replies) as (fake, client):
        response = await client.post(
            "/api/v1/ai-coach/generate-draft",
            json={"weeks": 4, "level": "beginner", "org_id": "club"},
            headers=auth(tenancy.coach_token),
        )
    assert response.status_code == 200, response.text
    assert response.json()["draft"] == prose
    assert "week 3 is missing" in fake.requests[1]["messages"][-1]["content"]
    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    drafted = next(e for e in log if e.type == "DraftGenerated")
    assert drafted.raw_answer == missing and drafted.usage and drafted.usage.calls == 2


async def run_cli(fake: FakeOpenAI, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    from tests.conftest import ROOT

    env = {
        "PATH": "/usr/bin:/bin",
        "COACH_OPENAI_BASE_URL": fake.base_url,
        "COACH_OPENAI_API_KEY": "test",
        "COACH_OPENAI_MODEL": "fake-model",
        # Nothing else: the offline commands need no Kafka and no Postgres.
        "COACH_KAFKA_BOOTSTRAP": "127.0.0.1:1",
        "COACH_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
    }
    process = await asyncio.create_subprocess_exec(
        str(ROOT / ".venv" / "bin" / "coach-agent"),
        *args,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(stdin.encode() if stdin else None), 60)
    return process.returncode or 0, out.decode(), err.decode()


async def test_offline_cli_runs_the_model_without_kafka_or_postgres() -> None:
    prose = "".join(f"Week {n}: easy runs Tue and Thu 30 min.\n" for n in range(1, 5))
    async with fake_openai([Reply(prose)], responder=None) as fake:
        code, out, err = await run_cli(
            fake, "draft", "--weeks", "4", "--level", "beginner", "--provider", "openai"
        )
        assert (code, out) == (0, prose), err
        fake.responder = lambda body: Reply(week_answer(asked_week(body)))
        code, out, err = await run_cli(
            fake,
            "plan",
            "--weeks",
            "4",
            "--level",
            "beginner",
            "--provider",
            "openai",
            "--draft-file",
            "-",
            stdin=PROSE_DRAFT,
        )
    assert code == 0, err
    body = json.loads(out)
    assert len(body["content"]) == 12
    assert any(note["line"] == club_line(1) for note in body["notes"])
