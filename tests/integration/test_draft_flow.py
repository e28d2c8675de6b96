"""A draft request end to end on real Kafka and Postgres: topics, command, events, row."""

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from projections.kafka_client import client_options
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
    sse_events,
)

pytestmark = pytest.mark.integration

BODY = {"weeks": 4, "level": "beginner", "org_id": "club", "start_date": "2025-05-07"}
DRAFT_URL = "/api/v1/ai-coach/generate-draft"


async def test_draft_request_lands_in_every_topic_and_one_row(settings: Settings) -> None:
    tenancy = await seed(settings)
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        response = await client.post(
            DRAFT_URL, json=BODY, headers={"Authorization": f"Bearer {tenancy.coach_token}"}
        )
        assert response.status_code == 200, response.text
        body = response.json()
        request_id = body["request_id"]
        assert response.headers["X-Request-ID"] == request_id
        assert body["training_principle"] == "Org principle: 80/20"
        assert "Week 1" in body["draft"] or "week 1" in body["draft"].lower()

        run = await read_topic(settings, topics.run_topic(request_id, settings.topic_prefix))
        assert [e.type for e in run][:2] == ["PlanRequested", "GenerationStarted"]
        assert run[-1].type == "DraftGenerated"
        assert [e.seq for e in run[1:]] == list(range(len(run) - 1))

        commands = await read_topic(settings, topics.commands_topic(settings.topic_prefix))
        assert [(c.type, c.request_id) for c in commands] == [("PlanRequested", request_id)]

        log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
        assert [e.type for e in log] == ["PlanRequested", "GenerationStarted", "DraftGenerated"]
        assert all(e.prompt_version and e.model for e in log[1:])

        conn = await connect(settings)
        try:

            async def finished_row() -> object:
                return await conn.fetchrow(
                    "SELECT * FROM generations WHERE request_id = $1 AND status = 'succeeded'",
                    request_id,
                )

            row = await eventually(finished_row, 30, "the projected row")
            assert row["draft"] == body["draft"]
            assert row["principle_source"] == "organisation"
            assert await conn.fetchval("SELECT count(*) FROM generations") == 1
        finally:
            await conn.close()


async def test_draft_stream_relays_progress_result_done(settings: Settings) -> None:
    tenancy = await seed(settings)
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        response, events = await sse_events(
            client, f"{DRAFT_URL}/stream", BODY, tenancy.coach_token
        )
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        names = [name for name, _, _ in events]
        assert names[-2:] == ["result", "done"]
        assert set(names[:-2]) == {"progress"} and len(names) >= 4, events
        progress = [data["progress"] for name, _, data in events if name == "progress"]
        assert progress == sorted(progress) and progress[-1] > progress[0]
        ids = [int(event_id) for _, event_id, _ in events]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        result = events[-2][2]
        assert result["request_id"] == response.headers["X-Request-ID"]
        assert result["request"]["weeks"] == 4


async def test_worker_skips_an_undecodable_command_and_keeps_working(settings: Settings) -> None:
    tenancy = await seed(settings)
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        producer = AIOKafkaProducer(**client_options(settings))
        await producer.start()
        try:
            for partition in range(settings.commands_partitions):
                commands = topics.commands_topic(settings.topic_prefix)
                await producer.send_and_wait(commands, b"{not a command", partition=partition)
        finally:
            await producer.stop()
        response = await client.post(
            DRAFT_URL, json=BODY, headers={"Authorization": f"Bearer {tenancy.coach_token}"}
        )
        assert response.status_code == 200, response.text
        assert response.json()["draft"]
