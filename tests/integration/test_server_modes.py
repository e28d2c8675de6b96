"""Model servers as they are: refusing JSON schemas in their own ways, streaming usage in theirs.

The fake (tests/fake_openai.py) is a real HTTP server; each mode below is how one kind of
server behaves, and the plan (or draft) must complete under each.
"""

import logging
from typing import Any

import httpx
import pytest

from agents.planning import PlanParams, make_draft
from agents.providers.base import ProviderError, collect_plan
from agents.providers.openai_chat import OpenAIProvider
from schemas.events import TokenUsage
from schemas.settings import Settings
from tests.fake_openai import FakeOpenAI, Reply, StreamUsage, fake_openai
from tests.harness import agents_worker, api_server, seed
from tests.model_answers import BODY, PLAN_URL, PROSE_DRAFT, asked_week, week_answer

pytestmark = pytest.mark.integration

PARAMS = PlanParams(weeks=4, level="beginner")
SWITCH = "refused response_format"


def settings_for(fake: FakeOpenAI, max_tokens: int | None = None) -> Settings:
    return Settings(
        llm_provider="openai",
        openai_base_url=fake.base_url,
        openai_api_key="test",
        openai_model="fake-model",
        openai_timeout_s=10,
        openai_max_tokens=max_tokens,
    )


def provider_for(fake: FakeOpenAI) -> OpenAIProvider:
    return OpenAIProvider(settings_for(fake))


def answering(body: dict[str, Any]) -> Reply:
    return Reply(week_answer(asked_week(body)))


def format_of(body: dict[str, Any]) -> str:
    """How a request asked for structure: json_schema, json_object_schema or json_object."""
    response_format = body["response_format"]
    if response_format["type"] == "json_object" and "schema" in response_format:
        return "json_object_schema"
    return str(response_format["type"])


def schema_in_prompt(body: dict[str, Any]) -> bool:
    last = body["messages"][-1]
    return last["role"] == "system" and "follows this JSON schema" in last["content"]


async def two_plans(fake: FakeOpenAI) -> tuple[list[str], list[str]]:
    """The formats asked for by a first plan and by a second one from the same worker."""
    provider = provider_for(fake)
    try:
        first = await collect_plan(provider.structure(PARAMS, PROSE_DRAFT, [], "ai_generate"))
        asked_first = [format_of(body) for body in fake.requests]
        second = await collect_plan(provider.structure(PARAMS, PROSE_DRAFT, [], "ai_generate"))
    finally:
        await provider.close()
    assert len(first.content) == len(second.content) == 12
    return asked_first, [format_of(body) for body in fake.requests[len(asked_first) :]]


def switches(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if SWITCH in r.getMessage()]


@pytest.mark.parametrize("status", [400, 422, 500])
async def test_server_refusing_json_schema_gets_json_mode_with_the_schema_and_plans(
    status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "agents.providers.openai_client")
    async with fake_openai(responder=answering) as fake:
        fake.refuse_json_schema = status
        first, second = await two_plans(fake)
        answered = [body for body in fake.requests if format_of(body) != "json_schema"]
    # Four weeks asked at once are refused together (a 500 is also retried once, as any 500).
    assert set(first) == {"json_schema", "json_object_schema"}
    assert first.count("json_schema") <= 4 * (2 if status == 500 else 1)
    assert first.count("json_object_schema") == 4
    assert second == ["json_object_schema"] * 4, "the server's refusal was not remembered"
    assert all(schema_in_prompt(body) for body in answered)
    assert all(body["response_format"]["schema"]["title"] == "ModelWeek" for body in answered)
    assert switches(caplog) == [
        "the model server refused response_format json_schema; asking in json_object_schema "
        "from now on"
    ]


async def test_server_refusing_schemas_everywhere_gets_plain_json_mode_and_plans(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, "agents.providers.openai_client")
    async with fake_openai(responder=answering) as fake:
        fake.refuse_json_schema = 400
        fake.refuse_json_object_schema = 422
        first, second = await two_plans(fake)
        last = fake.requests[-1]
    assert first.count("json_object") == 4
    assert second == ["json_object"] * 4
    assert last["response_format"] == {"type": "json_object"} and schema_in_prompt(last)
    assert len(switches(caplog)) == 2


async def test_server_error_not_about_the_format_is_retried_and_fails_as_before(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, "agents.providers.openai_client")
    async with fake_openai(responder=lambda body: Reply(status=500)) as fake:
        provider = provider_for(fake)
        try:
            with pytest.raises(ProviderError, match="HTTP 500") as failed:
                await collect_plan(provider.structure(PARAMS, PROSE_DRAFT, [], "ai_generate"))
            mode = provider.client.json_mode
            # The server's own words reach the operator's log only, never the coach.
            assert "scripted failure" not in str(failed.value)
        finally:
            await provider.close()
    assert {format_of(body) for body in fake.requests} == {"json_schema"}
    assert mode == "json_schema" and switches(caplog) == []


async def test_plan_through_the_worker_completes_on_a_server_answering_json_schema_with_500(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with fake_openai(responder=answering) as fake:
        fake.refuse_json_schema = 500
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
            httpx.AsyncClient(base_url=base, timeout=60) as client,
        ):
            first = await client.post(PLAN_URL, json=BODY, headers=headers)
            asked_first = len(fake.requests)
            second = await client.post(PLAN_URL, json=BODY, headers=headers)
    assert first.status_code == 200, first.text
    assert second.status_code == 200, second.text
    assert len(first.json()["content"]) == len(second.json()["content"]) == 12
    later = [format_of(body) for body in fake.requests[asked_first:]]
    assert later == ["json_object_schema"] * 4


def draft_text() -> str:
    return make_draft(PARAMS)


@pytest.mark.parametrize(
    ("usage", "ignores_options", "reported"),
    [
        ("separate", False, True),  # OpenAI: a usage chunk of its own, when asked
        ("last", False, True),  # usage only at the end, in the last piece
        ("every", True, True),  # a running count in every piece, asked or not
        ("none", False, False),  # no usage at all
        ("none", True, False),  # stream_options ignored: never any usage
        ("separate", True, True),  # stream_options ignored: usage all the same
    ],
)
async def test_draft_streams_whatever_the_server_does_with_usage(
    usage: StreamUsage, ignores_options: bool, reported: bool
) -> None:
    text = draft_text()
    async with fake_openai([Reply(text, piece_chars=40)]) as fake:
        fake.stream_usage = usage
        fake.ignores_stream_options = ignores_options
        provider = provider_for(fake)
        try:
            chunks = [chunk async for chunk in provider.write_draft(PARAMS)]
        finally:
            await provider.close()
        asked = fake.requests[0]
    assert chunks[-1].text == text and chunks[-1].fraction_done == 1.0
    assert asked["stream_options"] == {"include_usage": True}
    got = chunks[-1].usage
    assert got is not None and got.calls == 1
    if reported:
        assert got.prompt_tokens > 0 and got.completion_tokens == len(text) // 4
    else:
        assert got == TokenUsage(calls=1)


async def test_max_tokens_caps_every_call_only_when_set() -> None:
    async with fake_openai(responder=answering) as fake:
        for cap in (None, 321):
            provider = OpenAIProvider(settings_for(fake, cap))
            try:
                await collect_plan(provider.structure(PARAMS, PROSE_DRAFT, [], "ai_generate"))
            finally:
                await provider.close()
        fake.responder = None
        fake.replies.append(Reply(draft_text()))
        capped = OpenAIProvider(settings_for(fake, 321))
        try:
            [chunk async for chunk in capped.write_draft(PARAMS)]
        finally:
            await capped.close()
    uncapped, rest = fake.requests[:4], fake.requests[4:]
    assert all("max_tokens" not in body for body in uncapped)
    assert [body["max_tokens"] for body in rest] == [321] * 5
    assert rest[-1]["stream"] is True
