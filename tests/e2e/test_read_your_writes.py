"""Reads are consistent with writes: a plan answered 200 never reads back as running.

The projector runs as its own process (`coach-agent serve-projector`) and is frozen with
SIGSTOP while plans finish: a slow moment, a restart or a backlog of its own. The api and
the worker run in this process, against the same Kafka and Postgres.
"""

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from schemas.settings import Settings
from tests.e2e.processes import service_processes
from tests.harness import agents_worker, api_server, connect, eventually, seed, sse_events
from tests.stack import free_port

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"
BODY: dict[str, Any] = {
    "weeks": 2,
    "level": "beginner",
    "org_id": "club",
    "start_date": "2025-05-05",
}
READ_WAIT_S = 3.0


@contextlib.contextmanager
def frozen(pid: int) -> Iterator[None]:
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


async def projected_status(settings: Settings, request_id: str) -> str | None:
    conn = await connect(settings)
    try:
        status: str | None = await conn.fetchval(
            "SELECT status FROM generations WHERE request_id = $1", request_id
        )
        return status
    finally:
        await conn.close()


async def ledger_position(settings: Settings, request_id: str) -> dict[str, int]:
    conn = await connect(settings)
    try:
        row = await conn.fetchrow(
            "SELECT log_partition, log_offset FROM generation_ledger WHERE request_id = $1",
            request_id,
        )
    finally:
        await conn.close()
    assert row is not None
    return {"partition": row["log_partition"], "offset": row["log_offset"]}


async def test_reads_wait_for_a_paused_projector_and_never_say_running(
    settings: Settings, tmp_path: Path
) -> None:
    tenancy = await seed(settings)
    waiting = settings.model_copy(update={"read_wait_s": READ_WAIT_S})
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    with service_processes(waiting, tmp_path, free_port()) as processes:
        projector = processes.start("projector")
        async with (
            api_server(waiting) as base,
            agents_worker(waiting),
            httpx.AsyncClient(base_url=base, timeout=60, headers=headers) as client,
        ):
            draft = await client.post(f"{BASE}/generate-draft", json=BODY)
            assert draft.status_code == 200, draft.text
            plan_body = {**BODY, "refined_draft": draft.json()["draft"]}

            async def draft_projected() -> bool:
                rid = draft.json()["request_id"]
                return await projected_status(settings, rid) == "succeeded"

            await eventually(draft_projected, 60, "the projector to be running")

            # Paused, then resumed while the read waits: the read answers succeeded.
            with frozen(projector.pid):
                plan = await client.post(f"{BASE}/generate-plan", json=plan_body)
                assert plan.status_code == 200, plan.text
                rid = plan.json()["request_id"]
                assert plan.json()["log_position"] == await ledger_position(settings, rid)
                assert await projected_status(settings, rid) != "succeeded"
                asyncio.get_running_loop().call_later(1.0, os.kill, projector.pid, signal.SIGCONT)
                began = time.monotonic()
                status = await client.get(f"{BASE}/generations/{rid}")
                waited = time.monotonic() - began
            assert status.status_code == 200 and status.json()["status"] == "succeeded"
            assert len(status.json()["content"]) == len(plan.json()["content"])
            assert waited >= 0.9, "the read did not wait for the projector"
            ics = await client.get(f"{BASE}/generations/{rid}/calendar.ics")
            assert ics.status_code == 200

            # Paused past the wait: 503 with Retry-After, never running, never 409.
            with frozen(projector.pid):
                _, events = await sse_events(
                    client, f"{BASE}/generate-plan/stream", plan_body, tenancy.coach_token
                )
                (result,) = [data for name, _, data in events if name == "result"]
                done = events[-1]
                position = result["log_position"]
                assert done[0] == "done" and done[2] == {"log_position": position}
                stuck = await stuck_reads(client, settings, position)
            for response in stuck:
                assert response.status_code == 503, response.text
                assert response.headers["Retry-After"]
                assert response.json()["code"] == "unavailable"

            async def readable() -> bool:
                return (await client.get(stuck[0].url)).status_code == 200

            await eventually(readable, 30, "the read once the projector resumed")
            final = await client.get(stuck[0].url)
            assert final.json()["status"] == "succeeded"


async def stuck_reads(
    client: httpx.AsyncClient, settings: Settings, position: dict[str, int]
) -> list[httpx.Response]:
    """GET the generation and both exports of the plan whose end is at `position`."""
    conn = await connect(settings)
    try:
        rid = await conn.fetchval(
            """SELECT request_id FROM generation_ledger
               WHERE log_partition = $1 AND log_offset = $2""",
            position["partition"],
            position["offset"],
        )
    finally:
        await conn.close()
    paths = ["", "/calendar.ics", "/workouts.zip"]
    return [await client.get(f"{BASE}/generations/{rid}{path}") for path in paths]
