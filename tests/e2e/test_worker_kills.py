"""The worker SIGKILLed 20 times at random points of 20 plan generations: each finishes once.

Real worker processes, a real fake model (slow enough that a kill lands mid-plan), the
api and the projector in-process; nothing is patched.
"""

import asyncio
import random
import subprocess
from typing import Any

import httpx
import pytest

from schemas import topics
from schemas.settings import Settings
from tests.e2e.test_redelivery import start_worker, worker_env, workers  # noqa: F401
from tests.fake_openai import FakeOpenAI, Reply, fake_openai
from tests.harness import api_server, connect, eventually, projector, read_topic, seed
from tests.model_answers import BODY, PLAN_URL, asked_week, week_answer

pytestmark = pytest.mark.e2e

PLANS = 20
KILLS = 20
WORKOUTS_PER_PLAN = 12


async def kill_during_work(
    fake: FakeOpenAI,
    env: dict[str, str],
    started: list[subprocess.Popen[bytes]],
    rng: random.Random,
) -> int:
    """Kill the running worker once it is at work, start another; return the kills made."""
    kills = 0
    for _ in range(KILLS):

        async def working(seen: int = len(fake.requests)) -> bool:
            return len(fake.requests) > seen

        try:
            await eventually(working, 45, "the worker to call the model")
        except AssertionError:
            break  # nothing left to work on: every plan is done
        await asyncio.sleep(rng.uniform(0.0, 1.0))
        started[-1].kill()
        started[-1].wait(30)
        kills += 1
        start_worker(env, started)
    return kills


async def test_twenty_kills_during_twenty_plans_lose_and_duplicate_nothing(
    settings: Settings,
    workers: list[subprocess.Popen[bytes]],  # noqa: F811
) -> None:
    tenancy = await seed(settings)
    patient = settings.model_copy(update={"sync_timeout_s": 900})
    rng = random.Random(20)

    def slow_weeks(body: dict[str, Any]) -> Reply:
        return Reply(week_answer(asked_week(body)), stall_s=rng.uniform(0.2, 1.5))

    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with (
        fake_openai(responder=slow_weeks) as fake,
        api_server(patient) as base,
        projector(patient),
        httpx.AsyncClient(base_url=base, timeout=900) as client,
    ):
        env = worker_env(patient, fake.base_url)
        start_worker(env, workers)
        plans = [
            asyncio.create_task(client.post(PLAN_URL, json=BODY, headers=headers))
            for _ in range(PLANS)
        ]
        kills = await kill_during_work(fake, env, workers, rng)
        answers = await asyncio.wait_for(asyncio.gather(*plans), 900)
        assert [a.status_code for a in answers] == [200] * PLANS, answers[0].text
        request_ids = {a.json()["request_id"] for a in answers}
        assert len(request_ids) == PLANS
        conn = await connect(patient)
        try:

            async def all_projected() -> Any:
                rows = await conn.fetch(
                    "SELECT request_id, attempt FROM generations WHERE status = 'succeeded'"
                )
                return rows if len(rows) == PLANS else None

            rows = await eventually(all_projected, 120, "every plan in the read model")
            workouts = await conn.fetch(
                "SELECT request_id, idx, attempt, week, day FROM generation_workouts"
            )
        finally:
            await conn.close()
    assert kills >= KILLS // 2, f"only {kills} kills landed while plans were running"
    attempts = {row["request_id"]: row["attempt"] for row in rows}
    assert set(attempts) == request_ids
    for request_id in request_ids:
        mine = [w for w in workouts if w["request_id"] == request_id]
        assert sorted(w["idx"] for w in mine) == list(range(WORKOUTS_PER_PLAN)), request_id
        assert len({(w["week"], w["day"]) for w in mine}) == WORKOUTS_PER_PLAN, request_id
        assert {w["attempt"] for w in mine} == {attempts[request_id]}, request_id
    log = await read_topic(patient, topics.events_topic(patient.topic_prefix))
    finished = [e for e in log if e.type == "PlanGenerated"]
    assert {e.request_id for e in finished} == request_ids
    assert sum(e.attempt > 1 for e in finished) >= 1, "no kill interrupted a plan"
    assert len([e for e in log if e.type == "PlanRequested"]) >= PLANS
