"""The janitor: ends abandoned generations, deletes finished and orphan run topics, never raises."""

import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from agents.janitor import Janitor
from projections.database import create_pool
from projections.kafka_client import client_options
from schemas import topics
from schemas.settings import Settings
from tests.harness import (
    agents_worker,
    api_server,
    connect,
    eventually,
    make_run_topics,
    projector,
    read_topic,
    seed,
    sse_events,
)

pytestmark = pytest.mark.integration

DRAFT_URL = "/api/v1/ai-coach/generate-draft"
BODY = {"weeks": 2, "level": "beginner", "org_id": "club"}


@dataclass
class JanitorResources:
    pool: Any
    producer: Any


@contextlib.asynccontextmanager
async def janitor_for(settings: Settings) -> AsyncIterator[Janitor]:
    pool = await create_pool(settings, min_size=1, max_size=2)
    producer = AIOKafkaProducer(**client_options(settings), enable_idempotence=True)
    await producer.start()
    try:
        yield Janitor(settings, JanitorResources(pool, producer))
    finally:
        await producer.stop()
        await pool.close()


async def topic_names(settings: Settings) -> set[str]:
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


async def make_topic(settings: Settings, request_id: str) -> str:
    (name,) = await make_run_topics(settings, [request_id])

    async def listed() -> bool:
        return name in await topic_names(settings)

    await eventually(listed, 30, f"{name} to be listed")
    return name


async def draft(client: httpx.AsyncClient, token: str) -> str:
    response = await client.post(DRAFT_URL, json=BODY, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    return str(response.json()["request_id"])


async def test_janitor_deletes_finished_topics_after_retention_only(settings: Settings) -> None:
    tenancy = await seed(settings)
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        finished = await draft(client, tenancy.coach_token)
    running = topics.new_request_id()
    conn = await connect(settings)
    try:

        async def ledger_finished() -> bool:
            state = await conn.fetchval(
                "SELECT state FROM generation_ledger WHERE request_id = $1", finished
            )
            return bool(state == "finished")

        await eventually(ledger_finished, 30, "the worker to finish the request")
        await conn.execute(
            """INSERT INTO generation_ledger (request_id, org_id, user_id, step, state, attempt)
               VALUES ($1, 'club', 'coach', 'draft', 'running', 1)""",
            running,
        )
    finally:
        await conn.close()
    running_topic = await make_topic(settings, running)
    finished_topic = topics.run_topic(finished, settings.topic_prefix)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=23)
    async with janitor_for(settings) as janitor:
        assert (await janitor.sweep(now=later)).expired_topics == []
        report = await janitor.sweep(now=later + dt.timedelta(hours=2))
        assert report.expired_topics == [finished_topic]
        assert (await janitor.sweep(now=later + dt.timedelta(hours=3))).expired_topics == []

    async def deleted() -> set[str] | None:
        remaining = await topic_names(settings)
        return remaining if finished_topic not in remaining else None

    remaining = await eventually(deleted, 30, "the finished topic to be deleted")
    assert running_topic in remaining


async def test_janitor_ends_a_generation_nobody_progresses(settings: Settings) -> None:
    tenancy = await seed(settings)
    stale = settings.model_copy(update={"ledger_stale_s": 1})
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        request_id = await draft(client, tenancy.coach_token)
        conn = await connect(settings)
        try:
            # As if the worker that held it had died mid-attempt two minutes ago.
            await conn.execute(
                """UPDATE generation_ledger SET state = 'running',
                   heartbeat_at = now() - interval '2 minutes', finished_at = NULL
                   WHERE request_id = $1""",
                request_id,
            )
            async with janitor_for(stale) as janitor:
                report = await janitor.sweep()
            assert report.abandoned == [request_id]
            ledger = await conn.fetchrow(
                "SELECT state, outcome, attempt FROM generation_ledger WHERE request_id = $1",
                request_id,
            )
            assert (ledger["state"], ledger["outcome"], ledger["attempt"]) == (
                "finished",
                "abandoned",
                2,
            )

            async def failed() -> Any:
                row = await conn.fetchrow(
                    "SELECT status, attempt, error FROM generations WHERE request_id = $1",
                    request_id,
                )
                return row if row and row["status"] == "failed" else None

            row = await eventually(failed, 30, "the abandoned generation in the read model")
            assert row["attempt"] == 2 and "abandoned" in row["error"]
        finally:
            await conn.close()
        _, events = await sse_events(
            client, f"/api/v1/ai-coach/generations/{request_id}/events", None, tenancy.coach_token
        )
    run = await read_topic(settings, topics.run_topic(request_id, settings.topic_prefix))
    assert [(e.type, e.attempt) for e in run[-2:]] == [
        ("GenerationStarted", 2),
        ("GenerationFailed", 2),
    ]
    # A stream that already had attempt 1's result keeps it: it ended before the janitor's.
    assert [name for name, _, _ in events][-2:] == ["result", "done"]


async def test_janitor_deletes_old_topics_no_request_used(settings: Settings) -> None:
    hours_ago = int((dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)).timestamp() * 1000)
    old_unused = await make_topic(settings, topics.new_request_id(hours_ago))
    young_unused = await make_topic(settings, topics.new_request_id())
    old_used_id = topics.new_request_id(hours_ago)
    old_used = await make_topic(settings, old_used_id)
    conn = await connect(settings)
    try:
        await conn.execute(
            """INSERT INTO generation_ledger (request_id, org_id, user_id, step, state)
               VALUES ($1, 'club', 'coach', 'draft', 'running')""",
            old_used_id,
        )
    finally:
        await conn.close()
    async with janitor_for(settings) as janitor:
        report = await janitor.sweep()
    assert report.orphan_topics == [old_unused]

    async def deleted() -> set[str] | None:
        remaining = await topic_names(settings)
        return remaining if old_unused not in remaining else None

    remaining = await eventually(deleted, 30, "the orphan topic to be deleted")
    assert {young_unused, old_used} <= remaining


async def test_janitor_failing_sweep_is_logged_not_raised(settings: Settings) -> None:
    unreachable = settings.model_copy(update={"kafka_bootstrap": "127.0.0.1:1"})
    async with janitor_for(settings) as janitor:
        janitor.settings = unreachable
        assert await janitor.sweep_safely() is None
        assert janitor.failures == 1


async def test_expired_generation_events_come_from_the_read_model(settings: Settings) -> None:
    tenancy = await seed(settings)
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        made = (await client.post(DRAFT_URL, json=BODY, headers=headers)).json()
        url = f"/api/v1/ai-coach/generations/{made['request_id']}"

        async def finished() -> bool:
            found = await client.get(url, headers=headers)
            return found.status_code == 200 and found.json()["status"] == "succeeded"

        await eventually(finished, 30, "the projected draft")
        async with janitor_for(settings.model_copy(update={"run_topic_retention_h": 0})) as j:
            expired = await j.sweep(now=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5))
        assert expired.expired_topics == [
            topics.run_topic(made["request_id"], settings.topic_prefix)
        ]

        async def gone() -> bool:
            return topics.run_topic(made["request_id"], settings.topic_prefix) not in (
                await topic_names(settings)
            )

        await eventually(gone, 30, "the run topic to be deleted")
        response, events = await sse_events(client, f"{url}/events", None, tenancy.coach_token)
    assert response.status_code == 200
    assert [name for name, _, _ in events] == ["result", "done"]
    result = events[0][2]
    assert result["draft"] == made["draft"]
    assert result["request"]["weeks"] == 2 and result["request"]["generated_at"]
