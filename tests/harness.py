"""Runs the real api, agents worker and projector in-process, against real services."""

import asyncio
import contextlib
import json
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import asyncpg
import httpx
import uvicorn
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from pydantic import SecretStr

from api import admin
from projections.kafka_client import client_options
from projections.log_topics import ensure_topics
from projections.runner import partitions_of
from schemas import topics
from schemas.events import Event, decode_event
from schemas.log_position import LogPosition, from_headers
from schemas.settings import Settings

T = TypeVar("T")


async def eventually(
    check: Callable[[], Awaitable[T | None]], timeout: float = 30, what: str = "condition"
) -> T:
    """Poll `check` until it returns something truthy, or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        found = await check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def api_server(settings: Settings) -> AsyncIterator[str]:
    from api.app import create_app
    from api.serving import server_config

    config = server_config(
        create_app(settings),
        settings,
        host="127.0.0.1",
        port=0,
        log_level="warning",
        lifespan="on",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())

    async def started() -> bool:
        if task.done():
            task.result()
        return server.started

    await eventually(started, 30, "the api to start")
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 30)


@contextlib.asynccontextmanager
async def agents_worker(settings: Settings) -> AsyncIterator[Any]:
    import faust

    from agents.app import create_app
    from projections.log_topics import ensure_log_topics

    await ensure_log_topics(settings)
    app = create_app(settings)
    await app.start()
    try:
        commands = faust.types.TP(f"{settings.topic_prefix}coach.commands", 0)

        async def assigned() -> bool:
            return commands in app.consumer.assignment()

        await eventually(assigned, 60, "the worker's partition assignment")
        yield app
    finally:
        await app.stop()


@contextlib.asynccontextmanager
async def projector(settings: Settings) -> AsyncIterator[None]:
    from projections.app import serve

    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, stop))
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


@dataclass(frozen=True)
class Tenancy:
    coach_token: str
    org_id: str = "club"


async def seed(settings: Settings) -> Tenancy:
    """An organisation with the coach_agent feature and a coach with a token."""
    conn = await connect(settings)
    try:
        await admin.create_org(conn, "club", "Club", ["coach_agent"], "Org principle: 80/20")
        await admin.create_user(conn, "coach", "club", "coach", None)
        token = await admin.issue_token(conn, "coach")
    finally:
        await conn.close()
    return Tenancy(coach_token=token)


def settings_env(settings: Settings, **extra: str) -> dict[str, str]:
    """This environment plus every setting as the COACH_ variable a process reads it from
    (secrets included: the process needs them)."""
    env = dict(os.environ)
    for name, value in settings.model_dump().items():
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        elif isinstance(value, dict | list):
            value = json.dumps(value)  # as pydantic-settings reads a complex value
        if value is not None:
            env[f"COACH_{name.upper()}"] = str(value)
    env.update(extra)
    return env


async def connect(settings: Settings) -> asyncpg.Connection:
    """A connection as the app's role, in the test's schema."""
    from projections import database

    return await database.connect(settings)


async def coaches(settings: Settings, org_id: str, count: int) -> list[str]:
    """An organisation with the feature and `count` coaches of its own; their tokens."""
    conn = await connect(settings)
    try:
        await admin.create_org(conn, org_id, org_id.title(), ["coach_agent"], None)
        tokens = []
        for number in range(count):
            user = f"{org_id}-coach-{number}"
            await admin.create_user(conn, user, org_id, "coach", None)
            tokens.append(await admin.issue_token(conn, user))
        return tokens
    finally:
        await conn.close()


async def make_run_topics(settings: Settings, request_ids: list[str]) -> list[str]:
    """The requests' run topics, created as the api's pool creates them (brokers create
    none on their own); their names."""
    names = [topics.run_topic(rid, settings.topic_prefix) for rid in request_ids]
    kafka = AIOKafkaAdminClient(**client_options(settings))
    await kafka.start()
    try:
        await ensure_topics(kafka, [NewTopic(name, 1, 1) for name in names])
    finally:
        await kafka.close()
    return names


async def read_topic(settings: Settings, topic: str) -> list[Event]:
    """Every event of every partition of a topic, up to its current end."""
    return [event for _, event, _ in await read_records(settings, topic)]


async def read_records(
    settings: Settings, topic: str
) -> list[tuple[int, Event, LogPosition | None]]:
    """(offset, event, the log position its headers carry) of every record of every
    partition of a topic, up to its current end."""
    consumer = AIOKafkaConsumer(
        **client_options(settings),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        never = asyncio.Event()
        numbers = await asyncio.wait_for(partitions_of(client_options(settings), topic, never), 30)
        partitions = [TopicPartition(topic, p) for p in numbers]
        consumer.assign(partitions)
        ends = await consumer.end_offsets(partitions)
        for tp in partitions:
            consumer.seek(tp, 0)
        records: list[tuple[int, Event, LogPosition | None]] = []
        for tp in partitions:
            while await consumer.position(tp) < ends[tp]:
                batch = await consumer.getmany(tp, timeout_ms=1000)
                records.extend(
                    (r.offset, decode_event(r.value), from_headers(r.headers))
                    for r in batch.get(tp, [])
                    if r.value
                )
        return records
    finally:
        await consumer.stop()


async def sse_events(
    client: httpx.AsyncClient, url: str, body: dict[str, Any] | None, token: str, **headers: str
) -> tuple[httpx.Response, list[tuple[str, str, Any]]]:
    """POST (or GET without a body) an SSE endpoint; collect (event, id, data) until `done`."""
    from httpx_sse import aconnect_sse

    method = "POST" if body is not None else "GET"
    collected: list[tuple[str, str, Any]] = []
    async with aconnect_sse(
        client,
        method,
        url,
        json=body,
        headers={"Authorization": f"Bearer {token}", **headers},
    ) as source:
        response = source.response
        if response.status_code != 200:
            await response.aread()
            return response, collected
        async for item in source.aiter_sse():
            if item.event == "message" and not item.data:
                continue  # a keep-alive comment
            collected.append((item.event, item.id, json.loads(item.data) if item.data else None))
            if item.event == "done":
                break
    return response, collected
