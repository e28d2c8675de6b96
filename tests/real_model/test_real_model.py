"""The model path against a real OpenAI-compatible server running a real (tiny) model.

llama-cpp-python's server runs Gemma 3 270M, a base model: its plans are poor, so these
tests check the protocol and the guards, not quality. The draft and plan steps run with
`--provider openai` through the offline CLI and through the stack (api, worker and
projector on the real Kafka and Postgres); each must end in a plan or a clear
GenerationFailed, never a traceback or a hang, and the structured calls must reach the
server in a mode it takes (observed by a recording pass-through in front of it).
"""

import asyncio
import json
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from schemas import bounds
from tests.brokers import free_ports
from tests.conftest import ROOT, Services, isolated_settings
from tests.e2e.processes import service_processes
from tests.harness import eventually, seed
from tests.real_model.recorder import Exchange, Recorder, recording_proxy
from tests.real_model.server import ModelServer, llama_server, real_model_dir

pytestmark = [pytest.mark.real_model, pytest.mark.timeout(1800)]

WEEKS = "2"
# Per call, and between two pieces of a stream: a loaded 2-core machine is slow.
CALL_TIMEOUT_S = 300
# Enough for a two-week draft or one week's JSON; a cap so a base model cannot ramble on
# (under a grammar it writes 10-30 tokens a second here).
MAX_TOKENS = 600
# A whole CLI command: a draft and its repair, or two weeks and their repairs.
COMMAND_TIMEOUT_S = 900
# Two weeks in the planner's format, each with a line in a coach's shorthand that only
# the model is asked to read.
EDITED_DRAFT = """Training plan: 2 weeks, beginner
Week 1 | base | easing in
Tue: track night with the club, the coach decides
Thu: easy run 30 min
Sun: long run 50 min
Week 2 | base | a little more
Tue: hills - 6 x 45s up, jog down
Thu: easy run 30 min
Sun: long run 55 min
"""
# How servers refuse a response_format they lack (the client steps down on these).
REFUSALS = (400, 422, 500)
FAILED_CLEARLY = "coach-agent: error: the model failed: "


@pytest.fixture
def model_server() -> Iterator[ModelServer]:
    """A server of its own for each test: the server finishes an answer whose client has
    gone (a week cancelled when another failed), so a shared one would make the next test
    wait for answers nobody reads."""
    directory = real_model_dir()
    assert directory is not None
    logs = Path(tempfile.mkdtemp(prefix="coach-real-model-"))
    with llama_server(directory, logs) as server:
        yield server


@pytest.fixture
async def recorder(model_server: ModelServer) -> AsyncIterator[Recorder]:
    origin = model_server.base_url.removesuffix("/v1")
    async with recording_proxy(origin, CALL_TIMEOUT_S + 60) as proxy:
        yield proxy
    report(proxy)


def model_env(recorder: Recorder, model: str) -> dict[str, str]:
    return {
        "COACH_LLM_PROVIDER": "openai",
        "COACH_OPENAI_BASE_URL": recorder.base_url,
        "COACH_OPENAI_API_KEY": "unused",
        "COACH_OPENAI_MODEL": model,
        "COACH_OPENAI_TIMEOUT_S": str(CALL_TIMEOUT_S),
        "COACH_OPENAI_MAX_TOKENS": str(MAX_TOKENS),
        # The server answers one request at a time: weeks asked at once would only queue
        # there, each waiting out the others' answers within its own timeout.
        "COACH_OPENAI_WEEK_CONCURRENCY": "1",
    }


async def cli(env: dict[str, str], *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """The real `coach-agent` command; a hang fails the test, it never waits forever."""
    process = await asyncio.create_subprocess_exec(
        str(ROOT / ".venv" / "bin" / "coach-agent"),
        *args,
        # Nothing else: the offline commands need no Kafka and no Postgres.
        env={"PATH": "/usr/bin:/bin", **env},
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(
            process.communicate(stdin.encode() if stdin else None), COMMAND_TIMEOUT_S
        )
    except TimeoutError:
        process.kill()
        await process.wait()
        pytest.fail(f"coach-agent {' '.join(args)} hung for {COMMAND_TIMEOUT_S} s")
    return process.returncode or 0, out.decode(), err.decode()


def assert_clear_failure(code: int, err: str) -> None:
    """Exit code 1 and the failure in one line (after the log's warnings), no traceback."""
    assert "Traceback" not in err, err
    assert code == 1 and err.splitlines()[-1].startswith(FAILED_CLEARLY), err
    print(f"\nreal model: {err.splitlines()[-1]}")


def assert_within_bounds(workouts: list[dict[str, Any]]) -> None:
    for workout in workouts:
        assert workout["distance"] <= bounds.MAX_DISTANCE_M, workout
        assert workout["duration"] <= bounds.MAX_DURATION_S, workout
        assert all(s["repeat"] <= bounds.MAX_REPEATS for s in workout["segments"]), workout


def assert_structured_calls_taken(recorder: Recorder) -> None:
    """Structured calls reached the server, the ones it answered in a mode it takes, and a
    mode it refused was not asked for again once the client stepped down."""
    structured = recorder.structured()
    assert structured, "no structured call reached the model server"
    answered = [e for e in structured if e.status == 200]
    assert answered, f"the server answered no structured call: {summary(recorder)}"
    # A timeout (502 from the pass-through) is no refusal: the client asks again as it was.
    refusals = [i for i, e in enumerate(structured) if e.status in REFUSALS]
    refused = {structured[i].format for i in refusals}
    after = [e.format for e in structured[max(refusals, default=-1) + 1 :]]
    assert not refused & set(after), f"a refused mode was asked again: {summary(recorder)}"
    assert all(e.format in ("json_schema", "json_object_schema") for e in answered)
    for exchange in answered:
        if exchange.format == "json_object_schema":
            asked = exchange.body["response_format"]["schema"]
            assert asked["title"] == "ModelWeek"
            assert "follows this JSON schema" in exchange.body["messages"][-1]["content"]


async def test_offline_cli_draft_and_plan_on_the_real_model(
    recorder: Recorder, model_server: ModelServer
) -> None:
    env = model_env(recorder, model_server.model)
    code, draft, err = await cli(
        env, "draft", "--weeks", WEEKS, "--level", "beginner", "--provider", "openai"
    )
    if code == 0:
        assert "Traceback" not in err, err
        assert "Week 1" in draft and "Week 2" in draft
        print(f"\nreal model: a draft of {len(draft.splitlines())} lines")
    else:
        assert_clear_failure(code, err)
    streamed = [e for e in recorder.exchanges if e.body.get("stream")]
    assert len(streamed) == 1 and streamed[0].status == 200
    assert streamed[0].body["max_tokens"] == MAX_TOKENS

    code, out, err = await cli(
        env,
        "plan",
        "--weeks",
        WEEKS,
        "--level",
        "beginner",
        "--provider",
        "openai",
        "--draft-file",
        "-",
        stdin=EDITED_DRAFT,
    )
    if code == 0:
        assert "Traceback" not in err, err
        plan = json.loads(out)
        assert {w["week"] for w in plan["content"]} <= {1, 2}
        assert_within_bounds(plan["content"])
        print(f"\nreal model: a plan of {len(plan['content'])} workouts")
    else:
        assert_clear_failure(code, err)
    assert_structured_calls_taken(recorder)


async def test_stack_draft_and_plan_on_the_real_model(
    recorder: Recorder, model_server: ModelServer, services: Services
) -> None:
    logs = Path(tempfile.mkdtemp(prefix="coach-real-model-stack-"))
    overrides = {"sync_timeout_s": COMMAND_TIMEOUT_S, "topic_pool_size": 4, "topic_pool_batch": 4}
    async with isolated_settings(services.kafka_bootstrap, services, **overrides) as settings:
        tenancy = await seed(settings)
        port = free_ports(1)[0]
        env = model_env(recorder, model_server.model)
        with service_processes(settings, logs, port, **env) as stack:
            await stack.start_all()
            headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
            async with httpx.AsyncClient(
                base_url=stack.api_url, timeout=COMMAND_TIMEOUT_S + 60
            ) as client:
                request = {"weeks": int(WEEKS), "level": "beginner", "org_id": "club"}
                draft = await client.post(
                    "/api/v1/ai-coach/generate-draft", json=request, headers=headers
                )
                await assert_plan_or_generation_failed(client, headers, draft, "draft")
                plan = await client.post(
                    "/api/v1/ai-coach/generate-plan",
                    json={**request, "refined_draft": EDITED_DRAFT},
                    headers=headers,
                )
                await assert_plan_or_generation_failed(client, headers, plan, "plan")
            stack.check_alive()
            assert stack.grep("agents", "Traceback") == []
    assert_structured_calls_taken(recorder)


async def assert_plan_or_generation_failed(
    client: httpx.AsyncClient, headers: dict[str, str], response: httpx.Response, step: str
) -> None:
    """A 200 with the step's result, or a 500 in the contract's shape: generation_failed."""
    body = response.json()
    print(f"\nreal model, stack {step}: {response.status_code} {body.get('error', 'ok')}")
    if response.status_code == 200:
        if step == "draft":
            assert "Week 1" in body["draft"] and "Week 2" in body["draft"]
        else:
            assert {w["week"] for w in body["content"]} <= {1, 2}
            assert_within_bounds(body["content"])
        expected = "succeeded"
    elif response.status_code == 504:
        # The sync wait ran out (a loaded machine: every call may take its whole timeout,
        # twice); the generation goes on and must still end, in the read model.
        assert body["code"] == "timeout", body
        expected = None
    else:
        assert response.status_code == 500, response.text
        assert {"error", "code"} <= set(body) <= {"error", "code", "details", "request_id"}
        assert body["code"] == "generation_failed", body
        expected = "failed"
    request_id = response.headers["X-Request-ID"]

    async def projected() -> dict[str, Any] | None:
        found = await client.get(f"/api/v1/ai-coach/generations/{request_id}", headers=headers)
        record = found.json()
        return record if record.get("status") in ("succeeded", "failed") else None

    wait = 60 if expected else COMMAND_TIMEOUT_S
    record = await eventually(projected, wait, f"the {step} in the read model")
    assert record["status"] == (expected or record["status"]), record
    if record["status"] == "failed":
        assert record["error"]["code"] == "generation_failed", record


def label(exchange: Exchange) -> str:
    kind = exchange.format or ("stream" if exchange.body.get("stream") else "text")
    # 499: the client went away first; 502: the server did not answer the pass-through.
    return f"{kind} -> {exchange.status}"


def summary(recorder: Recorder) -> str:
    return "; ".join(label(e) for e in recorder.exchanges)


def report(recorder: Recorder) -> None:
    """What the server was asked and answered (shown with -s, or when a test fails)."""
    print(f"\nreal model exchanges: {summary(recorder)}")
    for exchange in recorder.exchanges:
        print(f"--- {label(exchange)}: {exchange.answer[:600]!r}")
