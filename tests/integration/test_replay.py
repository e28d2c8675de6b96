"""`coach-agent replay`: one logged generation under candidates, through the evaluation's
runner and scorers, compared with what the log recorded."""

import asyncio
import json
import os
import subprocess

import httpx
import pytest

from agents.evaluation.candidates import builtin_candidate, parse_candidate
from agents.evaluation.replay import replay
from agents.planning import PlanParams, make_draft
from projections.replay import NotInLog, recorded_generation
from schemas.settings import Settings
from tests.conftest import ROOT
from tests.fake_openai import fake_openai
from tests.harness import agents_worker, api_server, seed

pytestmark = pytest.mark.integration

BASE = "/api/v1/ai-coach"
BODY = {"weeks": 3, "level": "beginner", "org_id": "club"}


async def generate(settings: Settings, path: str, body: dict[str, object]) -> dict[str, object]:
    tenancy = await seed(settings)
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        draft = await client.post(f"{BASE}/generate-draft", json=BODY, headers=headers)
        assert draft.status_code == 200, draft.text
        if path == "generate-draft":
            return dict(draft.json())
        plan = await client.post(
            f"{BASE}/{path}", json={**body, "refined_draft": draft.json()["draft"]}, headers=headers
        )
        assert plan.status_code == 200, plan.text
        return dict(plan.json())


async def test_replay_draft_same_provider_is_identical_other_model_differs(
    settings: Settings,
) -> None:
    made = await generate(settings, "generate-draft", BODY)
    recorded = await recorded_generation(settings, str(made["request_id"]))
    assert recorded.draft is not None and recorded.draft.draft == made["draft"]

    same = await replay(recorded, [builtin_candidate()], settings, {})
    assert same["identical"] is True
    assert same["recorded"]["model"] == "builtin-planner"
    assert same["recorded"]["weekly_distance_km"] == same["replayed"]["weekly_distance_km"]

    other_draft = make_draft(PlanParams(weeks=3, level="intermediate"))
    async with fake_openai([other_draft]) as fake:
        model = parse_candidate(f"m2=model=m2,base_url={fake.base_url}", settings)
        other = await replay(recorded, [model], settings, {"m2": (1.0, 2.0)})
    assert len(fake.requests) == 1  # only the new run asked a model
    assert other["identical"] is False and other["replayed"]["model"] == "m2"
    assert other["replayed"]["weekly_distance_km"] != other["recorded"]["weekly_distance_km"]
    assert other["replayed"]["tokens"] > 0 and other["replayed"]["cost"] > 0


async def test_replay_plan_with_the_builtin_structurer_is_identical(settings: Settings) -> None:
    made = await generate(settings, "generate-plan", BODY)
    recorded = await recorded_generation(settings, str(made["request_id"]))
    assert [w.model_dump(mode="json") for w in recorded.workouts] == made["content"]
    comparison = await replay(recorded, [builtin_candidate()], settings, {})
    assert comparison["identical"] is True
    assert comparison["recorded"]["workouts"] == len(made["content"])  # type: ignore[arg-type]
    assert comparison["recorded"]["validator_errors"] == comparison["replayed"]["validator_errors"]


async def test_replay_cli_takes_candidates_and_prints_the_comparison(settings: Settings) -> None:
    made = await generate(settings, "generate-draft", BODY)
    other_draft = make_draft(PlanParams(weeks=3, level="advanced"))
    async with fake_openai([other_draft]) as fake:
        env = {
            **os.environ,
            "COACH_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
            "COACH_TOPIC_PREFIX": settings.topic_prefix,
        }
        process = await asyncio.create_subprocess_exec(
            str(ROOT / ".venv" / "bin" / "coach-agent"),
            "replay",
            str(made["request_id"]),
            "--candidate",
            f"next=model=m3,base_url={fake.base_url}",
            "--candidate",
            "builtin",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    comparison = json.loads(out)
    assert set(comparison["candidates"]) == {"next", "builtin"}
    assert comparison["replayed"]["model"] == "m3" and comparison["identical"] is False
    assert (
        comparison["candidates"]["builtin"]["weekly_distance_km"]
        == (comparison["recorded"]["weekly_distance_km"])
    )
    assert len(fake.requests) == 1


async def test_replay_unknown_request_is_a_clear_cli_error(settings: Settings) -> None:
    with pytest.raises(NotInLog):
        await recorded_generation(settings, "no-such-request")
    env = {
        **os.environ,
        "COACH_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "COACH_TOPIC_PREFIX": settings.topic_prefix,
    }
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "coach-agent"), "replay", "no-such-request"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
