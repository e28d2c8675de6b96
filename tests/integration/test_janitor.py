"""The janitor deletes finished run topics after the retention and nothing else."""

import datetime as dt

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from agents.janitor import sweep
from api.kafka_gateway import ensure_topics
from schemas import topics
from schemas.events import DraftGenerated, GenerationStarted, encode_event
from schemas.settings import Settings
from tests.harness import agents_worker, api_server, eventually, projector, seed, sse_events
from tests.unit.events_factory import event, requested

pytestmark = pytest.mark.integration

DRAFT_URL = "/api/v1/ai-coach/generate-draft"


async def make_run_topic(settings: Settings, request_id: str, finished: bool) -> str:
    name = topics.run_topic(request_id, settings.topic_prefix)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_servers)
    await admin.start()
    try:
        await ensure_topics(admin, [NewTopic(name, 1, 1)])
    finally:
        await admin.close()
    history = [
        requested(),
        event(GenerationStarted, step="draft", provider="builtin", worker="w"),
    ]
    if finished:
        history.append(event(DraftGenerated, seq=1, draft="d", training_principle="p"))
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_servers)
    await producer.start()
    try:
        for item in history:
            await producer.send_and_wait(name, encode_event(item))
    finally:
        await producer.stop()
    return name


async def test_sweep_deletes_only_finished_topics_past_retention(settings: Settings) -> None:
    finished = await make_run_topic(settings, "done1", finished=True)
    running = await make_run_topic(settings, "busy1", finished=False)
    configured = settings.model_copy(update={"run_topic_retention_h": 24})
    finished_time = event(DraftGenerated, draft="d", training_principle="p").time

    assert await sweep(configured, now=finished_time + dt.timedelta(hours=23)) == []
    deleted = await sweep(configured, now=finished_time + dt.timedelta(hours=25))
    assert deleted == [finished]

    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_servers)
    await admin.start()
    try:

        async def gone() -> set[str] | None:
            remaining = set(await admin.list_topics())
            return remaining if finished not in remaining else None

        remaining = await eventually(gone, 30, "the finished topic to be deleted")
    finally:
        await admin.close()
    assert running in remaining


async def test_expired_generation_events_come_from_the_read_model(settings: Settings) -> None:
    tenancy = await seed(settings)
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    body = {"weeks": 2, "level": "beginner", "org_id": "club"}
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        made = (await client.post(DRAFT_URL, json=body, headers=headers)).json()
        url = f"/api/v1/ai-coach/generations/{made['request_id']}"

        async def finished() -> bool:
            found = await client.get(url, headers=headers)
            return found.status_code == 200 and found.json()["status"] == "succeeded"

        await eventually(finished, 30, "the projected draft")
        expired = await sweep(settings.model_copy(update={"run_topic_retention_h": 0}))
        assert expired == [topics.run_topic(made["request_id"], settings.topic_prefix)]
        response, events = await sse_events(client, f"{url}/events", None, tenancy.coach_token)
    assert response.status_code == 200
    assert [name for name, _, _ in events] == ["result", "done"]
    result = events[0][2]
    assert result["draft"] == made["draft"]
    assert result["request"]["weeks"] == 2 and result["request"]["generated_at"]
