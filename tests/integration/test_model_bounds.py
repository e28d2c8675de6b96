"""A model's absurd sizes are refused: fed back in the repair (the week falls back if they
stay), never in Postgres or a FIT file.

The fake model (a real HTTP server) answers a week with a run of 8,000,000,000,000,000,000 m,
the size a real small model once wrote under a JSON schema.
"""

import contextlib
import io
import json
import zipfile
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from garmin_fit_sdk import Decoder, Stream

from schemas import bounds
from schemas.settings import Settings
from tests.fake_openai import Reply, Responder, fake_openai
from tests.harness import agents_worker, api_server, connect, eventually, projector, seed
from tests.model_answers import BODY, PLAN_URL, asked_week, easy, is_repair, week_answer

pytestmark = pytest.mark.integration

ABSURD_M = 8_000_000_000_000_000_000


def absurd_answer() -> str:
    run = easy(7, 50, "long-run")
    run["segments"][0] |= {"duration_s": None, "distance_m": ABSURD_M}
    return json.dumps({"workouts": [easy(2, 35), easy(4, 30), run], "lines": []})


@contextlib.asynccontextmanager
async def stack(settings: Settings, responder: Responder) -> AsyncIterator[httpx.AsyncClient]:
    async with fake_openai(responder=responder) as fake:
        configured = settings.model_copy(
            update={
                "llm_provider": "openai",
                "openai_base_url": fake.base_url,
                "openai_api_key": "test",
                "openai_model": "fake-model",
            }
        )
        async with (
            api_server(configured) as base,
            agents_worker(configured),
            projector(configured),
            httpx.AsyncClient(base_url=base, timeout=60) as client,
        ):
            yield client


async def projected(client: httpx.AsyncClient, token: str, request_id: str) -> dict[str, Any]:
    async def final() -> dict[str, Any] | None:
        response = await client.get(
            f"/api/v1/ai-coach/generations/{request_id}", headers={"Authorization": token}
        )
        body = response.json()
        return body if body.get("status") in ("succeeded", "failed") else None

    return await eventually(final, 30, f"generation {request_id} in the read model")


async def stored_workouts(settings: Settings, request_id: str) -> list[dict[str, Any]]:
    conn = await connect(settings)
    try:
        rows = await conn.fetch(
            "SELECT body FROM generation_workouts WHERE request_id = $1", request_id
        )
    finally:
        await conn.close()
    return [json.loads(row["body"]) for row in rows]


async def test_absurd_size_is_fed_back_and_only_the_repaired_week_is_stored(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    token = f"Bearer {tenancy.coach_token}"
    repairs: list[dict[str, Any]] = []

    def absurd_then_sane(body: dict[str, Any]) -> Reply:
        week = asked_week(body)
        if week == 2 and not is_repair(body):
            return Reply(absurd_answer())
        if is_repair(body):
            repairs.append(body)
        return Reply(week_answer(week))

    async with stack(settings, absurd_then_sane) as client:
        plan = await client.post(PLAN_URL, json=BODY, headers={"Authorization": token})
        assert plan.status_code == 200, plan.text
        request_id = plan.json()["request_id"]
        assert (await projected(client, token, request_id))["status"] == "succeeded"
        watch = await client.get(
            f"/api/v1/ai-coach/generations/{request_id}/workouts.zip",
            headers={"Authorization": token},
        )
    assert [asked_week(body) for body in repairs] == [2]
    told = repairs[0]["messages"][-1]["content"]
    assert f"{ABSURD_M} m is over the 250 km a block may be" in told
    stored = await stored_workouts(settings, request_id)
    assert len(stored) == 12
    assert max(w["distance"] for w in stored) <= bounds.MAX_DISTANCE_M
    assert max(w["duration"] for w in stored) <= bounds.MAX_DURATION_S
    assert watch.status_code == 200, watch.text
    for name in zipfile.ZipFile(io.BytesIO(watch.content)).namelist():
        steps = fit_steps(zipfile.ZipFile(io.BytesIO(watch.content)).read(name))
        assert all(s.get("duration_distance", 0) <= bounds.MAX_DISTANCE_M for s in steps)
        assert all(s.get("duration_time", 0) <= bounds.MAX_DURATION_S for s in steps)


async def test_absurd_size_twice_falls_back_and_nothing_oversized_is_stored(
    settings: Settings,
) -> None:
    """Week 3 is absurd in both answers: it falls back to the reader's reading with a warning,
    the plan still ends, and nothing past the bounds reaches Postgres or a FIT file."""
    tenancy = await seed(settings)
    token = f"Bearer {tenancy.coach_token}"

    def always_absurd(body: dict[str, Any]) -> Reply:
        week = asked_week(body)
        return Reply(absurd_answer() if week == 3 else week_answer(week))

    async with stack(settings, always_absurd) as client:
        plan = await client.post(PLAN_URL, json=BODY, headers={"Authorization": token})
        assert plan.status_code == 200, plan.text
        request_id = plan.json()["request_id"]
        record = await projected(client, token, request_id)
        watch = await client.get(
            f"/api/v1/ai-coach/generations/{request_id}/workouts.zip",
            headers={"Authorization": token},
        )
    assert record["status"] == "succeeded"
    notes = plan.json()["notes"]
    [warning] = [n for n in notes if n["kind"] == "warning" and n["message"].startswith("week 3:")]
    assert "over the 250 km a block may be" in warning["message"]
    stored = await stored_workouts(settings, request_id)
    assert {w["week"] for w in stored} == {1, 2, 3, 4}
    assert max(w["distance"] for w in stored) <= bounds.MAX_DISTANCE_M
    assert max(w["duration"] for w in stored) <= bounds.MAX_DURATION_S
    assert watch.status_code == 200, watch.text
    archive = zipfile.ZipFile(io.BytesIO(watch.content))
    for name in archive.namelist():
        steps = fit_steps(archive.read(name))
        assert all(s.get("duration_distance", 0) <= bounds.MAX_DISTANCE_M for s in steps)
        assert all(s.get("duration_time", 0) <= bounds.MAX_DURATION_S for s in steps)


def fit_steps(data: bytes) -> list[dict[str, Any]]:
    assert Decoder(Stream.from_byte_array(bytearray(data))).check_integrity()
    messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read()
    assert errors == []
    return list(messages["workout_step_mesgs"])
