"""A private broker restarted or frozen under the real processes: streams and attempts survive."""

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from agents.planning import PlanParams, make_draft
from projections.kafka_client import client_options
from schemas import topics
from schemas.errors import ErrorBody
from schemas.settings import Settings
from tests.brokers import PrivateBroker
from tests.conftest import Services
from tests.e2e.processes import stack_on_kafka
from tests.e2e.streams import BASE, Stream, assert_complete, replayed, writing
from tests.fake_openai import Reply
from tests.harness import connect, eventually, read_topic

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

BODY = {"weeks": 3, "level": "beginner", "org_id": "club"}
DRAFT = make_draft(PlanParams(weeks=3, level="beginner"))
STREAM_URL = f"{BASE}/generate-draft/stream"
# What aiokafka logs when a request to the broker failed (timed out, or no connection).
FAILED_REQUEST = "Got error produce response"
# The worker's handler gives an attempt up (agents/handler.py).
GAVE_UP = "attempt 1 of "


@pytest.fixture
def broker(private_kafka: PrivateBroker) -> PrivateBroker:
    """The module's broker, running (a failed test before may have left it stopped)."""
    private_kafka.start()
    return private_kafka


def assert_unavailable(response: httpx.Response) -> None:
    """The contract's 503: an error body with code `unavailable`, and Retry-After."""
    assert response.status_code == 503, response.text
    body = ErrorBody.model_validate(response.json())
    assert body.code == "unavailable" and body.error
    assert response.headers["Retry-After"]


async def finished_row(settings: Settings, request_id: str) -> dict[str, Any]:
    """The generation's read-model row once it has an outcome, with its workout count."""
    conn = await connect(settings)
    try:

        async def finished() -> Any:
            return await conn.fetchrow(
                "SELECT * FROM generations WHERE request_id = $1 "
                "AND status IN ('succeeded', 'failed')",
                request_id,
            )

        row = await eventually(finished, 60, "the projected outcome")
        workouts = await conn.fetchval(
            "SELECT count(*) FROM generation_workouts WHERE request_id = $1", request_id
        )
    finally:
        await conn.close()
    return {**dict(row), "workouts": workouts}


async def follow_until_writing(
    client: httpx.AsyncClient, token: str, stream: Stream
) -> "asyncio.Task[httpx.Response]":
    """POST a draft stream and keep reading it in a task; return once the model writes."""
    task = asyncio.create_task(stream.read(client, "POST", STREAM_URL, token, body=BODY))

    async def under_way() -> bool:
        if task.done():
            task.result()
            raise AssertionError(f"the stream ended early: {stream.seen}")
        return stream.saw(writing)

    await eventually(under_way, 90, "the model to be writing")
    return task


async def test_broker_restart_stream_resumes_with_last_event_id(
    broker: PrivateBroker, services: Services, tmp_path: Path
) -> None:
    replies = [Reply(DRAFT, piece_delay_s=0.25), *[Reply(DRAFT) for _ in range(3)]]
    async with (
        stack_on_kafka(broker.bootstrap, services, tmp_path, replies, kafka_send_timeout_s=4) as (
            settings,
            stack,
            token,
        ),
        httpx.AsyncClient(base_url=stack.api_url, timeout=60) as client,
    ):
        auth = {"Authorization": f"Bearer {token}"}
        stream = Stream()
        first = await follow_until_writing(client, token, stream)
        events_url = f"{BASE}/generations/{stream.request_id}/events"

        async def readable() -> bool:
            url = f"{BASE}/generations/{stream.request_id}"
            return (await client.get(url, headers=auth)).is_success

        await eventually(readable, 60, "the generation in the read model")

        broker.stop()
        assert_unavailable(await client.get(events_url, headers=auth))
        assert_unavailable(await client.post(f"{BASE}/generate-draft", json=BODY, headers=auth))
        assert (await client.get("/healthz")).status_code == 503
        # The client's connection drops while the broker is away.
        first.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await first
        last_id = stream.last_id

        broker.start()

        async def reattached() -> httpx.Response | None:
            response = await stream.read(client, "GET", events_url, token, last_event_id=last_id)
            if response.status_code == 503:
                assert_unavailable(response)
                return None
            return response

        again = await eventually(reattached, 180, "the api to serve the events again")
        assert again.status_code == 200
        assert_complete(stream.seen, await replayed(settings, stream.request_id))
        assert stream.seen[-2].data["draft"] == DRAFT
        row = await finished_row(settings, stream.request_id)
        assert (row["status"], row["draft"]) == ("succeeded", DRAFT)

        # Recovered without a restart of the api: a new request goes through.
        after = await client.post(f"{BASE}/generate-draft", json=BODY, headers=auth, timeout=120)
        assert after.status_code == 200, after.text
        stack.check_alive()


async def test_frozen_broker_mid_generation_loses_and_duplicates_nothing(
    broker: PrivateBroker, services: Services, tmp_path: Path
) -> None:
    """Frozen past the producers' request timeout: the idempotent producer retries, the
    attempt goes on when the broker is back, every event lands once."""
    replies = [Reply(DRAFT, piece_delay_s=0.25), *[Reply(DRAFT) for _ in range(3)]]
    async with (
        stack_on_kafka(broker.bootstrap, services, tmp_path, replies, kafka_send_timeout_s=3) as (
            settings,
            stack,
            token,
        ),
        httpx.AsyncClient(base_url=stack.api_url, timeout=120) as client,
    ):
        stream = Stream()
        reading = await follow_until_writing(client, token, stream)
        try:
            failed_before = len(stack.grep("agents", FAILED_REQUEST))
            broker.pause()
            try:

                async def request_timed_out() -> bool:
                    stack.check_alive()
                    return len(stack.grep("agents", FAILED_REQUEST)) > failed_before

                await eventually(request_timed_out, 60, "a failed request of the worker")
            finally:
                broker.resume()
            await asyncio.wait_for(asyncio.shield(reading), 120)
        finally:
            reading.cancel()
        assert_complete(stream.seen, await replayed(settings, stream.request_id))
        assert stream.seen[-2].data["draft"] == DRAFT
        row = await finished_row(settings, stream.request_id)
        assert (row["status"], row["draft"]) == ("succeeded", DRAFT)
        # Read before the stack's topics are deleted on the way out.
        log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    mine = [e for e in log if e.request_id == stream.request_id and e.type != "PlanRequested"]
    assert [e.type for e in mine].count("DraftGenerated") == 1, [e.type for e in mine]
    keys = [(e.attempt, e.seq) for e in mine]
    assert len(keys) == len(set(keys)), "an event landed twice"


async def refuse_writes(settings: Settings, names: list[str], max_bytes: str | None) -> None:
    """Make the broker refuse every record to these topics (or take them again): a Kafka
    error the producer cannot retry away."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        configs = {"max.message.bytes": max_bytes or "1048588"}
        await admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, name, configs) for name in names]
        )
    finally:
        await admin.close()


async def test_kafka_refusing_writes_mid_generation_ends_in_attempt_2(
    broker: PrivateBroker, services: Services, tmp_path: Path
) -> None:
    replies = [Reply(DRAFT, piece_delay_s=0.25), *[Reply(DRAFT) for _ in range(3)]]
    async with (
        stack_on_kafka(broker.bootstrap, services, tmp_path, replies) as (settings, stack, token),
        httpx.AsyncClient(base_url=stack.api_url, timeout=120) as client,
    ):
        stream = Stream()
        reading = await follow_until_writing(client, token, stream)
        try:
            names = [
                topics.run_topic(stream.request_id, settings.topic_prefix),
                topics.events_topic(settings.topic_prefix),
            ]
            await refuse_writes(settings, names, "64")
            try:

                async def gave_up() -> bool:
                    stack.check_alive()
                    return bool(stack.grep("agents", GAVE_UP))

                await eventually(gave_up, 90, "the worker to give attempt 1 up")
            finally:
                await refuse_writes(settings, names, None)
            await asyncio.wait_for(asyncio.shield(reading), 120)
        finally:
            reading.cancel()
        assert_complete(stream.seen, await replayed(settings, stream.request_id))
        assert stream.seen[-2].data["draft"] == DRAFT
        statuses = [e.data.get("status") for e in stream.seen if e.name == "progress"]
        assert "restarted" in statuses
        log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
        attempts = sorted({e.attempt for e in log if e.type == "GenerationStarted"})
        assert attempts[-1] >= 2
        row = await finished_row(settings, stream.request_id)
        assert (row["status"], row["attempt"], row["draft"]) == ("succeeded", attempts[-1], DRAFT)
        assert row["error"] is None and row["workouts"] == 0
