"""Accepting requests: 429 past the organisation's limit, Idempotency-Key, never half-accepted."""

import asyncio

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from prometheus_client.parser import text_string_to_metric_families

from projections.kafka_client import client_options
from projections.log_topics import ensure_topics, log_topics
from schemas import topics
from schemas.settings import Settings
from tests.harness import (
    agents_worker,
    api_server,
    connect,
    eventually,
    projector,
    read_topic,
    seed,
)
from tests.integration.test_janitor import janitor_for

pytestmark = pytest.mark.integration

DRAFT_URL = "/api/v1/ai-coach/generate-draft"
BODY = {"weeks": 2, "level": "beginner", "org_id": "club"}


def auth(token: str, key: str | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}"}
    if key is not None:
        headers["Idempotency-Key"] = key
    return headers


async def open_stream(client: httpx.AsyncClient, token: str) -> httpx.Response:
    request = client.build_request("POST", f"{DRAFT_URL}/stream", json=BODY, headers=auth(token))
    response = await client.send(request, stream=True)
    await response.aclose()
    return response


async def test_org_past_its_limit_is_429_until_a_generation_ends(settings: Settings) -> None:
    tenancy = await seed(settings)
    limited = settings.model_copy(update={"org_inflight_limit": 2})
    # No worker runs: accepted generations stay in flight.
    async with (
        api_server(limited) as base,
        httpx.AsyncClient(base_url=base, timeout=30) as client,
    ):
        first = await open_stream(client, tenancy.coach_token)
        second = await open_stream(client, tenancy.coach_token)
        assert (first.status_code, second.status_code) == (200, 200)
        refused = await client.post(DRAFT_URL, json=BODY, headers=auth(tenancy.coach_token))
        assert refused.status_code == 429
        assert refused.headers["Retry-After"] == str(limited.rate_limit_retry_after_s)
        assert refused.json()["code"] == "rate_limited"
        assert "2 generations in flight" in refused.json()["error"]
        conn = await connect(settings)
        try:
            await conn.execute(
                "UPDATE generation_ledger SET state = 'finished' WHERE request_id = $1",
                first.headers["X-Request-ID"],
            )
        finally:
            await conn.close()
        again = await open_stream(client, tenancy.coach_token)
        assert again.status_code == 200


async def test_an_org_just_refused_uses_up_no_run_topics(settings: Settings) -> None:
    """After a 429 the organisation's requests reserve before anything goes to Kafka, so a
    client hammering past its limit takes no topics from the pool."""
    tenancy = await seed(settings)
    limited = settings.model_copy(update={"org_inflight_limit": 1})
    async with (
        api_server(limited) as base,
        httpx.AsyncClient(base_url=base, timeout=30) as client,
    ):
        assert (await open_stream(client, tenancy.coach_token)).status_code == 200
        refused = await client.post(DRAFT_URL, json=BODY, headers=auth(tenancy.coach_token))
        assert refused.status_code == 429
        ready = await pool_ready(client)
        for _ in range(5):
            again = await client.post(DRAFT_URL, json=BODY, headers=auth(tenancy.coach_token))
            assert again.status_code == 429
        assert await pool_ready(client) == ready


async def pool_ready(client: httpx.AsyncClient) -> float:
    response = await client.get("/metrics")
    for family in text_string_to_metric_families(response.text):
        if family.name == "coach_topic_pool_ready":
            return float(family.samples[0].value)
    raise AssertionError("coach_topic_pool_ready is not exported")


async def test_same_idempotency_key_and_body_is_the_same_generation(settings: Settings) -> None:
    tenancy = await seed(settings)
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        headers = auth(tenancy.coach_token, "key-1")
        answers = await asyncio.gather(
            *(client.post(DRAFT_URL, json=BODY, headers=headers) for _ in range(3))
        )
        assert [a.status_code for a in answers] == [200, 200, 200], answers[0].text
        ids = {a.json()["request_id"] for a in answers}
        assert len(ids) == 1
        assert len({a.json()["draft"] for a in answers}) == 1
        other = await client.post(DRAFT_URL, json={**BODY, "weeks": 3}, headers=headers)
        assert other.status_code == 409 and other.json()["code"] == "conflict"
        fresh = await client.post(DRAFT_URL, json=BODY, headers=auth(tenancy.coach_token, "k2"))
        assert fresh.status_code == 200 and fresh.json()["request_id"] not in ids
    commands = await read_topic(settings, topics.commands_topic(settings.topic_prefix))
    assert sorted(c.request_id for c in commands) == sorted([*ids, fresh.json()["request_id"]])


async def limit_command_size(settings: Settings, max_bytes: str | None) -> None:
    """Make Kafka refuse (or accept again) every command: a real fault on one topic."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        await ensure_topics(admin, log_topics(settings))
        name = topics.commands_topic(settings.topic_prefix)
        configs = {"max.message.bytes": max_bytes or "1048588"}
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, name, configs)])
    finally:
        await admin.close()


async def test_a_command_kafka_refuses_leaves_nothing_a_reader_shows(settings: Settings) -> None:
    tenancy = await seed(settings)
    await limit_command_size(settings, "64")
    headers = auth(tenancy.coach_token, "retry-me")
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        refused = await client.post(DRAFT_URL, json=BODY, headers=headers)
        assert refused.status_code == 503, refused.text
        assert refused.json()["code"] == "unavailable" and refused.headers["Retry-After"]
        conn = await connect(settings)
        try:
            assert await conn.fetchval("SELECT count(*) FROM generation_ledger") == 0
            assert await conn.fetchval("SELECT count(*) FROM idempotency_keys") == 0
            # The run topic holds the request's first event, but nobody can name it.
            refused_id = refused.json()["request_id"]
            run = await read_topic(settings, topics.run_topic(refused_id, settings.topic_prefix))
            assert [e.type for e in run] == ["PlanRequested"]

            await limit_command_size(settings, None)

            async def retried() -> httpx.Response | None:
                # What a client does after a 503: the same request with the same key.
                answer = await client.post(DRAFT_URL, json=BODY, headers=headers)
                assert answer.status_code in (200, 503), answer.text
                return answer if answer.status_code == 200 else None

            accepted = await eventually(retried, 30, "Kafka to take commands again")
            request_id = accepted.json()["request_id"]
            again = await client.post(DRAFT_URL, json=BODY, headers=headers)
            assert again.json()["request_id"] == request_id

            async def projected() -> list[str]:
                rows = await conn.fetch("SELECT request_id, status FROM generations")
                return [r["request_id"] for r in rows if r["status"] == "succeeded"]

            assert await eventually(projected, 30, "the accepted request") == [request_id]
        finally:
            await conn.close()
    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    assert {e.request_id for e in log} == {request_id}
    assert [e.type for e in log].count("PlanRequested") == 1
    aged = settings.model_copy(update={"orphan_topic_age_h": 0})
    async with janitor_for(aged) as janitor:
        report = await janitor.sweep()
    assert topics.run_topic(refused_id, settings.topic_prefix) in report.orphan_topics
    assert topics.run_topic(request_id, settings.topic_prefix) not in report.orphan_topics


async def test_kafka_unreachable_answers_503_and_keeps_nothing(settings: Settings) -> None:
    tenancy = await seed(settings)
    broken = settings.model_copy(
        update={"kafka_bootstrap": "127.0.0.1:9", "kafka_send_timeout_s": 2}
    )
    async with (
        api_server(broken) as base,
        httpx.AsyncClient(base_url=base, timeout=30) as client,
    ):
        response = await client.post(DRAFT_URL, json=BODY, headers=auth(tenancy.coach_token))
        assert response.status_code == 503
        assert response.headers["Retry-After"]
        assert response.json()["code"] == "unavailable"
        health = await client.get("/healthz")
        assert health.status_code == 503 and health.json()["kafka"] is False
    conn = await connect(settings)
    try:
        assert await conn.fetchval("SELECT count(*) FROM generation_ledger") == 0
    finally:
        await conn.close()
