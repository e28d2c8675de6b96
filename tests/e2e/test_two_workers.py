"""Two workers share coach.commands; one is killed mid-plan and the other finishes its plans."""

import asyncio
import random
import subprocess
from typing import Any

import httpx
import pytest

from schemas import topics
from schemas.settings import Settings
from tests.e2e.test_redelivery import start_worker, worker_env, workers  # noqa: F401
from tests.fake_openai import Reply, fake_openai
from tests.harness import api_server, eventually, projector, read_topic, seed
from tests.model_answers import BODY, PLAN_URL, asked_week, week_answer

pytestmark = pytest.mark.e2e

PLANS = 8


async def test_two_workers_share_plans_and_survive_one_killed(
    settings: Settings,
    workers: list[subprocess.Popen[bytes]],  # noqa: F811
) -> None:
    tenancy = await seed(settings)
    patient = settings.model_copy(update={"sync_timeout_s": 300, "commands_partitions": 4})
    rng = random.Random(2)

    def slow_weeks(body: dict[str, Any]) -> Reply:
        return Reply(week_answer(asked_week(body)), stall_s=rng.uniform(1.0, 2.0))

    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with (
        fake_openai(responder=slow_weeks) as fake,
        api_server(patient) as base,
        projector(patient),
        httpx.AsyncClient(base_url=base, timeout=300) as client,
    ):
        env = worker_env(patient, fake.base_url)
        start_worker(env, workers)
        start_worker(env, workers)
        warm = await client.post(PLAN_URL, json=BODY, headers=headers)
        assert warm.status_code == 200, warm.text
        plans = [
            asyncio.create_task(client.post(PLAN_URL, json=BODY, headers=headers))
            for _ in range(PLANS)
        ]

        first = f"-{workers[0].pid}"

        async def first_mid_plan() -> bool:
            log = await read_topic(patient, topics.events_topic(patient.topic_prefix))
            done = {e.request_id for e in log if e.type == "PlanGenerated"}
            mine = {
                e.request_id
                for e in log
                if e.type == "GenerationStarted" and e.worker.endswith(first)
            }
            return bool(mine - done)

        await eventually(first_mid_plan, 120, "the first worker to be in the middle of a plan")
        workers[0].kill()
        workers[0].wait(30)
        answers = await asyncio.wait_for(asyncio.gather(*plans), 300)
    assert [a.status_code for a in answers] == [200] * PLANS, answers[0].text
    assert all(len(a.json()["content"]) == 12 for a in answers)
    log = await read_topic(patient, topics.events_topic(patient.topic_prefix))
    killed = f"-{workers[0].pid}"
    assert len({e.worker for e in log if e.type == "GenerationStarted"}) >= 2
    taken_over = {
        e.request_id
        for e in log
        if e.type == "GenerationStarted" and e.attempt > 1 and not e.worker.endswith(killed)
    }
    assert taken_over, "no plan of the killed worker was finished by the other"
    finished = {e.request_id for e in log if e.type == "PlanGenerated"}
    assert {a.json()["request_id"] for a in answers} <= finished
