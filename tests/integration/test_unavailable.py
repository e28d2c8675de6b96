"""Postgres or Kafka away under a running api: 503 `unavailable`, then service again."""

import asyncio
import datetime as dt
import socket
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from pydantic import SecretStr

from projections.migrate import migrate
from schemas.requests import RequestEcho
from schemas.settings import Settings
from tests.harness import api_server, connect, eventually, seed
from tests.private_postgres import PrivatePostgres, private_postgres

pytestmark = pytest.mark.integration

BASE = "/api/v1/ai-coach"
BODY = {"weeks": 2, "level": "beginner", "org_id": "club"}


def assert_unavailable(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.json()["code"] == "unavailable" and response.json()["error"]
    assert int(response.headers["retry-after"]) > 0


@pytest.fixture
async def cluster() -> AsyncIterator[PrivatePostgres]:
    with private_postgres() as started:
        yield started


async def test_postgres_down_is_503_and_the_api_recovers_without_restart(
    settings: Settings, cluster: PrivatePostgres
) -> None:
    own = settings.model_copy(
        update={
            "database_url": SecretStr(cluster.url),
            "database_owner_url": SecretStr(cluster.url),
        }
    )
    await migrate(own)
    tenancy = await seed(own)
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    principle = f"{BASE}/training-principle/club"
    async with api_server(own) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        assert (await client.get(principle, headers=headers)).status_code == 200

        await asyncio.to_thread(cluster.stop)
        assert_unavailable(await client.get(principle, headers=headers))
        assert_unavailable(await client.post(f"{BASE}/generate-draft", json=BODY, headers=headers))
        assert_unavailable(await client.get(f"{BASE}/generations/{'a' * 32}", headers=headers))
        health = await client.get("/healthz")
        assert health.status_code == 503 and health.json()["postgres"] is False

        await asyncio.to_thread(cluster.start)

        async def serves_again() -> bool:
            response = await client.get(principle, headers=headers)
            assert response.status_code in (200, 503), response.text
            return response.status_code == 200

        await eventually(serves_again, 30, "the api to reach Postgres again")
        assert (await client.get("/healthz")).json()["postgres"] is True


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _finished_generation(settings: Settings) -> str:
    """A succeeded draft generation of the seeded org, written straight to the read model."""
    request_id = uuid.uuid4().hex
    echo = RequestEcho(
        weeks=2,
        level="beginner",
        org_id="club",
        additional_prompt=None,
        training_principle=None,
        start_date=None,
        workout_preference="ai_generate",
    )
    now = dt.datetime.now(dt.UTC)
    conn = await connect(settings)
    try:
        await conn.execute(
            """INSERT INTO generations (request_id, org_id, user_id, step, status, attempt,
                   request, training_principle, principle_source, draft, requested_at,
                   started_at, finished_at)
               VALUES ($1, 'club', 'coach', 'draft', 'succeeded', 1, $2::jsonb, 'p',
                   'default', 'Week 1', $3, $3, $3)""",
            request_id,
            echo.model_dump_json(),
            now,
        )
    finally:
        await conn.close()
    return request_id


async def test_kafka_down_is_503_on_reads_that_need_it(settings: Settings) -> None:
    tenancy = await seed(settings)
    request_id = await _finished_generation(settings)
    no_kafka = settings.model_copy(
        update={"kafka_bootstrap": f"127.0.0.1:{_closed_port()}", "kafka_send_timeout_s": 2}
    )
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with api_server(no_kafka) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        status = await client.get(f"{BASE}/generations/{request_id}", headers=headers)
        assert status.status_code == 200 and status.json()["status"] == "succeeded"
        events = await client.get(f"{BASE}/generations/{request_id}/events", headers=headers)
        assert_unavailable(events)
        assert_unavailable(await client.post(f"{BASE}/generate-draft", json=BODY, headers=headers))
        health = await client.get("/healthz")
        assert health.status_code == 503 and health.json()["kafka"] is False
