"""The example analytics consumer, run as documented, reports what the read model says."""

import asyncio
import json
import sys
from typing import Any

import httpx
import pytest

from api import admin
from schemas.settings import Settings
from tests.conftest import ROOT
from tests.harness import agents_worker, api_server, connect, projector, seed
from tests.integration.projector_log import caught_up, end_offsets, service_env

pytestmark = pytest.mark.integration

BASE = "/api/v1/ai-coach"


async def generate_plan(client: httpx.AsyncClient, token: str, body: dict[str, Any]) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    draft = await client.post(f"{BASE}/generate-draft", json=body, headers=headers)
    assert draft.status_code == 200, draft.text
    plan_body = {**body, "refined_draft": draft.json()["draft"]}
    plan = await client.post(f"{BASE}/generate-plan", json=plan_body, headers=headers)
    assert plan.status_code == 200, plan.text


async def run_example(settings: Settings) -> dict[str, Any]:
    """`python -m examples.analytics --until-idle 2` from the checkout, as the README says."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "examples.analytics",
        "--until-idle",
        "2",
        cwd=ROOT,
        env=service_env(settings),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    report: dict[str, Any] = json.loads(out)
    return report


async def read_model_report(settings: Settings) -> dict[str, Any]:
    """The same report, from the projector's tables."""
    conn = await connect(settings)
    succeeded_plans = "g.step = 'plan' AND g.status = 'succeeded'"
    try:
        steps = await conn.fetch("SELECT step, count(*) AS n FROM generations GROUP BY step")
        plans = await conn.fetch(
            f"""SELECT org_id, request->>'level' AS level, count(*) AS n FROM generations g
                WHERE {succeeded_plans} GROUP BY 1, 2"""
        )
        weeks = await conn.fetch(
            f"""SELECT info->>'phase' AS phase, count(*) AS n,
                       sum((info->>'total_distance')::bigint) AS distance
                FROM generations g, jsonb_each(g.weekly_info) AS w(week, info)
                WHERE {succeeded_plans} GROUP BY 1"""
        )
        workouts = await conn.fetch(
            f"""SELECT w.body->>'phase' AS phase, count(*) AS n,
                       sum((w.body->>'distance')::bigint) AS distance
                FROM generation_workouts w JOIN generations g USING (request_id)
                WHERE {succeeded_plans} GROUP BY 1"""
        )
        outcomes = await conn.fetch(
            """SELECT prompt_version, model, count(*) AS n,
                      count(*) FILTER (WHERE status = 'failed') AS failed
               FROM generations WHERE status IN ('succeeded', 'failed') GROUP BY 1, 2"""
        )
    finally:
        await conn.close()
    by_org: dict[str, dict[str, int]] = {}
    for row in plans:
        by_org.setdefault(row["org_id"], {})[row["level"]] = row["n"]
    return {
        "records": sum((await end_offsets(settings)).values()),
        "duplicates": 0,
        "unreadable": 0,
        "requests_by_step": {row["step"]: row["n"] for row in steps},
        "plans_by_org_and_level": by_org,
        "weekly_volume_by_phase": {
            row["phase"]: {
                "weeks": row["n"],
                "distance_m": row["distance"],
                "average_weekly_m": round(row["distance"] / row["n"]),
            }
            for row in weeks
        },
        "workouts_by_phase": {
            row["phase"]: {"workouts": row["n"], "distance_m": row["distance"]} for row in workouts
        },
        "failure_rate": sorted(
            (
                {
                    "prompt_version": row["prompt_version"],
                    "model": row["model"],
                    "finished": row["n"],
                    "failed": row["failed"],
                    "failure_rate": round(row["failed"] / row["n"], 4),
                }
                for row in outcomes
            ),
            key=lambda item: (item["prompt_version"], item["model"]),
        ),
    }


async def test_example_report_equals_the_read_model(settings: Settings) -> None:
    tenancy = await seed(settings)
    conn = await connect(settings)
    try:
        await admin.create_org(conn, "track", "Track club", ["coach_agent"], None)
        await admin.create_user(conn, "coach", "track", "coach", None)
    finally:
        await conn.close()
    token = tenancy.coach_token
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        await generate_plan(client, token, {"weeks": 4, "level": "beginner", "org_id": "club"})
        await generate_plan(client, token, {"weeks": 4, "level": "beginner", "org_id": "club"})
        await generate_plan(client, token, {"weeks": 10, "level": "advanced", "org_id": "track"})
        unusable = {"weeks": 4, "level": "intermediate", "org_id": "club"}
        failed = await client.post(
            f"{BASE}/generate-plan",
            json={**unusable, "refined_draft": "nothing here to plan at all"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert failed.status_code == 400, failed.text
        await caught_up(settings)

    report = await run_example(settings)
    expected = await read_model_report(settings)
    assert report == expected
    assert report["plans_by_org_and_level"] == {"club": {"beginner": 2}, "track": {"advanced": 1}}
    assert report["requests_by_step"] == {"draft": 3, "plan": 4}
    assert [item["failed"] for item in report["failure_rate"]] == [1]
    assert {"base", "taper"} <= set(report["weekly_volume_by_phase"])
