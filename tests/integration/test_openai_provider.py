"""The openai provider against a real HTTP server speaking the chat-completions protocol."""

import datetime
import time

import httpx
import pytest
from pydantic import SecretStr

from agents.planning import PlanParams, make_draft
from agents.providers.base import DraftChunk, ProviderError, collect_plan
from agents.providers.openai_chat import OpenAIProvider
from schemas.settings import Settings
from tests.fake_openai import Reply, fake_openai
from tests.harness import agents_worker, api_server, seed

pytestmark = pytest.mark.integration

PARAMS = PlanParams(
    weeks=4,
    level="beginner",
    training_principle="polarised 80/20",
    additional_prompt="no running on Fridays",
    start_date=datetime.date(2025, 5, 5),
)
GARBAGE = "I am sorry, as a language model I cannot write training plans."
DRAFT_URL = "/api/v1/ai-coach/generate-draft"


def model_draft(params: PlanParams) -> str:
    """What a compliant model writes: the skeleton, adapted with a note of its own."""
    title, rest = make_draft(params).split("\n", 1)
    return f"{title}\nNote: adapted by the model for the coach's instructions.\n{rest}"


def provider_for(base_url: str, timeout_s: float = 10) -> OpenAIProvider:
    return OpenAIProvider(
        Settings(
            llm_provider="openai",
            openai_base_url=base_url,
            openai_api_key="test",
            openai_model="fake-model",
            openai_timeout_s=timeout_s,
        )
    )


async def collect(provider: OpenAIProvider, params: PlanParams = PARAMS) -> list[DraftChunk]:
    try:
        return [chunk async for chunk in provider.write_draft(params)]
    finally:
        await provider.close()


async def test_write_draft_streams_progress_then_the_model_text() -> None:
    answer = model_draft(PARAMS)
    async with fake_openai([Reply(answer, piece_chars=16)]) as fake:
        chunks = await collect(provider_for(fake.base_url))
    fractions = [c.fraction_done for c in chunks]
    assert len(chunks) >= 4
    assert fractions == sorted(fractions)
    assert all(f < 1.0 for f in fractions[:-1]) and fractions[-1] == 1.0
    assert "".join(c.text for c in chunks) == answer
    assert [c.label for c in chunks][-2:] == ["up to week 4 of 4", "the checked draft"]
    assert len(fake.requests) == 1
    assert fake.requests[0]["stream"] is True and fake.requests[0]["model"] == "fake-model"


async def test_write_draft_prompt_carries_the_request_and_the_skeleton() -> None:
    async with fake_openai([model_draft(PARAMS)]) as fake:
        await collect(provider_for(fake.base_url))
    prompt = fake.prompt(0)
    for expected in (
        "4-week plan",
        "beginner",
        "polarised 80/20",
        "no running on Fridays",
        "2025-05-05",
    ):
        assert expected in prompt
    assert make_draft(PARAMS).strip() in prompt
    assert fake.requests[0]["messages"][0]["role"] == "system"


async def test_write_draft_repairs_an_unparseable_answer_once() -> None:
    repaired = model_draft(PARAMS)
    async with fake_openai([GARBAGE, repaired]) as fake:
        chunks = await collect(provider_for(fake.base_url))
    assert "".join(c.text for c in chunks) == repaired
    assert "a corrected draft" in [c.label for c in chunks]
    assert len(fake.requests) == 2
    repair = fake.requests[1]
    assert not repair.get("stream")
    assert repair["messages"][-2] == {"role": "assistant", "content": GARBAGE}
    assert "no week found" in repair["messages"][-1]["content"]


async def test_write_draft_repairs_a_wrong_week_count() -> None:
    short = model_draft(PARAMS.model_copy(update={"weeks": 3}))
    async with fake_openai([short, model_draft(PARAMS)]) as fake:
        chunks = await collect(provider_for(fake.base_url))
    assert "Week 4 |" in chunks[-1].text
    assert "has 3 weeks but the plan has 4" in fake.requests[1]["messages"][-1]["content"]


async def test_write_draft_fails_clearly_after_two_bad_answers() -> None:
    async with fake_openai([GARBAGE, GARBAGE]) as fake:
        with pytest.raises(ProviderError, match="even after one correction: no week found"):
            await collect(provider_for(fake.base_url))
    assert len(fake.requests) == 2


async def test_write_draft_http_500_raises_provider_error() -> None:
    async with fake_openai([Reply(status=500), Reply(status=500)]) as fake:
        with pytest.raises(ProviderError, match=r"answered HTTP 500 \(server_error\): it failed"):
            await collect(provider_for(fake.base_url))
    # One retry, then it gives up.
    assert len(fake.requests) == 2


async def test_write_draft_busy_server_is_asked_again_once() -> None:
    async with fake_openai([Reply(status=429), model_draft(PARAMS)]) as fake:
        chunks = await collect(provider_for(fake.base_url))
    assert chunks[-1].text == model_draft(PARAMS)
    assert len(fake.requests) == 2


async def test_write_draft_answer_broken_off_raises_provider_error() -> None:
    broken = Reply(model_draft(PARAMS), piece_chars=64, cut_after=5)
    async with fake_openai([broken]) as fake:
        with pytest.raises(ProviderError, match=r"^the model server broke off its answer$"):
            await collect(provider_for(fake.base_url))
    assert len(fake.requests) == 1  # text already streamed is never asked for twice


async def test_write_draft_connection_refused_raises_provider_error() -> None:
    async with fake_openai() as fake:
        closed_url = fake.base_url
    started = time.monotonic()
    with pytest.raises(ProviderError, match=r"^could not reach the model server$"):
        await collect(provider_for(closed_url))
    assert time.monotonic() - started < 10


async def test_write_draft_timeout_raises_provider_error() -> None:
    async with fake_openai([Reply(stall_s=30), Reply(stall_s=30)]) as fake:
        with pytest.raises(ProviderError, match=r"did not answer within 0\.3 s"):
            await collect(provider_for(fake.base_url, timeout_s=0.3))
    assert len(fake.requests) == 2


async def test_structure_of_a_draft_read_with_confidence_asks_no_model() -> None:
    async with fake_openai() as fake:
        result = await collect_plan(
            provider_for(fake.base_url).structure(PARAMS, model_draft(PARAMS), [], "ai_generate")
        )
    assert result.content and {w.week for w in result.content} == {1, 2, 3, 4}
    assert set(result.weekly_info) == {"1", "2", "3", "4"}
    assert fake.requests == []


async def test_structure_says_which_training_rule_the_coachs_draft_breaks() -> None:
    draft = make_draft(PARAMS)
    # Runs on four rest days, in the draft's own format: read with confidence, no model call.
    easy = next(line for line in draft.splitlines() if line.startswith("Thu: easy run"))
    for day in ("Mon", "Tue", "Wed", "Fri"):
        draft = draft.replace(f"{day}: rest", easy.replace("Thu", day), 1)
    async with fake_openai() as fake:
        result = await collect_plan(
            provider_for(fake.base_url).structure(PARAMS, draft, [], "ai_generate")
        )
    week_one = [n for n in result.notes if n.kind == "warning" and n.week == 1]
    assert any("rest" in n.message and "(a hard rule)" in n.message for n in week_one)
    assert fake.requests == []


def openai_settings(settings: Settings, base_url: str) -> Settings:
    return settings.model_copy(
        update={
            "llm_provider": "openai",
            "openai_base_url": base_url,
            "openai_api_key": SecretStr("test"),
            "openai_model": "fake-model",
        }
    )


async def post_draft(settings: Settings, body: dict[str, object]) -> httpx.Response:
    tenancy = await seed(settings)
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        return await client.post(
            DRAFT_URL, json=body, headers={"Authorization": f"Bearer {tenancy.coach_token}"}
        )


WORKER_BODY = {"weeks": 4, "level": "beginner", "org_id": "club", "start_date": "2025-05-05"}
WORKER_PARAMS = PlanParams(
    weeks=4,
    level="beginner",
    training_principle="Org principle: 80/20",
    start_date=datetime.date(2025, 5, 5),
)


async def test_worker_draft_from_the_model_answers_200(settings: Settings) -> None:
    answer = model_draft(WORKER_PARAMS)
    async with fake_openai([answer]) as fake:
        response = await post_draft(openai_settings(settings, fake.base_url), WORKER_BODY)
    assert response.status_code == 200, response.text
    assert response.json()["draft"] == answer
    assert "Org principle: 80/20" in fake.prompt(0)


async def test_worker_two_garbage_answers_fail_the_generation(settings: Settings) -> None:
    async with fake_openai([GARBAGE, GARBAGE]) as fake:
        response = await post_draft(openai_settings(settings, fake.base_url), WORKER_BODY)
    assert response.status_code == 500, response.text
    body = response.json()
    assert body["code"] == "generation_failed"
    assert "even after one correction" in body["error"]
    assert len(fake.requests) == 2
