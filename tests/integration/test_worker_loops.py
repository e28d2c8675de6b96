"""The worker's two loops: the intake takes commands while the generations' loop is held, and
a stop mid-generation ends it on its loop, unacknowledged, before the worker closes.

A generation here blocks its loop synchronously (a threading.Event, with a timeout), as a
burst's hundred generations hold a shared loop turn after turn. With one loop the Faust
consumer cannot hand over the next command until the generation lets go.
"""

import asyncio
import gc
import logging
import threading
from typing import Any

import httpx
import pytest

import agents.app
from agents.handler import Ports
from projections.kafka_client import client_options
from projections.telemetry import OffsetProbe
from schemas import log_context, topics
from schemas.events import PlanRequested
from schemas.settings import Settings
from tests.harness import agents_worker, api_server, eventually, seed, sse_events

pytestmark = pytest.mark.integration

STREAM_URL = "/api/v1/ai-coach/generate-draft/stream"
BODY = {"weeks": 4, "level": "beginner", "org_id": "club", "start_date": "2025-05-07"}
# Long enough for a loaded machine to deliver a command; on one loop the test ends here.
HOLD_S = 30
# What a loop torn down under a running coroutine logs.
UNCLEAN = ("Task was destroyed but it is pending", "Event loop is closed")


async def is_set(event: threading.Event) -> bool:
    return event.is_set()


def names(events: list[tuple[str, str, Any]]) -> list[str]:
    return [name for name, _, _ in events]


async def test_the_intake_takes_a_command_while_a_generation_holds_its_loop(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenancy = await seed(settings)
    holding, taken = threading.Event(), threading.Event()
    released: list[bool] = []
    contexts: list[dict[str, Any]] = []
    handle_command = agents.app.handle_command

    async def holding_its_loop(requested: PlanRequested, ports: Ports) -> int | None:
        contexts.append({**log_context.current(), "id": requested.request_id})
        if not holding.is_set():
            holding.set()
            released.append(taken.wait(HOLD_S))  # synchronously: its whole loop waits
        return await handle_command(requested, ports)

    monkeypatch.setattr(agents.app, "handle_command", holding_its_loop)
    async with (
        api_server(settings) as base,
        agents_worker(settings) as app,
        httpx.AsyncClient(base_url=base, timeout=120) as client,
    ):
        runner = app.runner
        submit = runner.submit

        def observed(*delivered: Any) -> None:
            submit(*delivered)
            if len(runner.held) == 2:  # the second command is in the runner's hands
                taken.set()

        monkeypatch.setattr(runner, "submit", observed)
        token = tenancy.coach_token
        first = asyncio.create_task(sse_events(client, STREAM_URL, BODY, token))
        await eventually(lambda: is_set(holding), 60, "the first generation to hold its loop")
        second = asyncio.create_task(sse_events(client, STREAM_URL, BODY, token))
        answers = await asyncio.wait_for(asyncio.gather(first, second), 120)
    assert released == [True], "the intake took no command while a generation held its loop"
    # Each generation's log lines name its request, bound on the loop it runs on.
    assert len(contexts) == 2 and all(c.get("request_id") == c["id"] for c in contexts), contexts
    for response, events in answers:
        assert response.status_code == 200
        assert names(events)[-2:] == ["result", "done"], events


async def committed_commands(settings: Settings) -> dict[int, int]:
    """The worker group's committed offsets on the command topic, per partition."""
    probe = OffsetProbe(client_options(settings))
    await probe.start()
    try:
        group = f"{settings.topic_prefix}coach-agents"
        return await probe.committed(group, topics.commands_topic(settings.topic_prefix))
    finally:
        await probe.stop()


async def test_a_stop_mid_generation_leaves_the_command_unacknowledged_and_closes_cleanly(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    tenancy = await seed(settings)
    running = threading.Event()
    unwound: list[str] = []
    handle_command = agents.app.handle_command

    async def stopped_midway(requested: PlanRequested, ports: Ports) -> int | None:
        if running.is_set():  # the redelivery, on the next worker
            return await handle_command(requested, ports)
        running.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            # Unwinding still writes: the pool closes only after the generation ended.
            await ports.ledger.heartbeat([requested.request_id])
            unwound.append(threading.current_thread().name)
            raise
        return None

    monkeypatch.setattr(agents.app, "handle_command", stopped_midway)
    async with (
        api_server(settings) as base,
        httpx.AsyncClient(base_url=base, timeout=120) as client,
    ):
        stream = asyncio.create_task(sse_events(client, STREAM_URL, BODY, tenancy.coach_token))
        async with agents_worker(settings):
            await eventually(lambda: is_set(running), 60, "the generation to run")
        assert unwound == ["generations"]
        assert not [thread for thread in threading.enumerate() if thread.name == "generations"]
        # The one command is at offset 0 of its partition: nothing past it is committed.
        assert not any((await committed_commands(settings)).values()), "it was acknowledged"
        async with agents_worker(settings):
            response, events = await asyncio.wait_for(stream, 120)
    assert response.status_code == 200
    assert names(events)[-2:] == ["result", "done"], events
    gc.collect()  # a task left pending is reported when it is collected
    assert not [line for line in caplog.messages if any(word in line for word in UNCLEAN)]
