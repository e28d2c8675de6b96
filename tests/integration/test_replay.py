"""Prompt evaluation: a logged generation replayed under another provider and compared."""

import os
import subprocess

import httpx
import pytest
from pydantic import SecretStr

from agents.evaluate import replay
from agents.planning import PlanParams, make_draft
from agents.providers import BuiltinProvider
from agents.providers.openai_chat import OpenAIProvider
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

    same = await replay(recorded, BuiltinProvider())
    assert same["identical"] is True
    assert same["recorded"]["model"] == "builtin-planner"
    assert same["recorded"]["weekly_distance_km"] == same["replayed"]["weekly_distance_km"]

    other_draft = make_draft(PlanParams(weeks=3, level="intermediate"))
    async with fake_openai([other_draft]) as fake:
        model = settings.model_copy(
            update={
                "openai_base_url": fake.base_url,
                "openai_api_key": SecretStr("k"),
                "openai_model": "m2",
            }
        )
        provider = OpenAIProvider(model)
        try:
            other = await replay(recorded, provider)
        finally:
            await provider.close()
    assert len(fake.requests) == 1  # only the new run asked a model
    assert other["identical"] is False and other["replayed"]["model"] == "m2"
    assert other["replayed"]["weekly_distance_km"] != other["recorded"]["weekly_distance_km"]


async def test_replay_plan_with_the_builtin_structurer_is_identical(settings: Settings) -> None:
    made = await generate(settings, "generate-plan", BODY)
    recorded = await recorded_generation(settings, str(made["request_id"]))
    assert [w.model_dump(mode="json") for w in recorded.workouts] == made["content"]
    comparison = await replay(recorded, BuiltinProvider())
    assert comparison["identical"] is True
    assert comparison["recorded"]["total_workouts"] == len(made["content"])  # type: ignore[arg-type]


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
