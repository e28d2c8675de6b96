"""A worker stopped (SIGTERM) mid-generation: it ends the generation on its loop, exits
cleanly, and the unacknowledged command is redelivered to the next worker."""

import asyncio
import signal
import subprocess
from pathlib import Path

import httpx
import pytest

from agents.planning import PlanParams, make_draft
from schemas.settings import Settings
from tests.conftest import ROOT
from tests.fake_openai import Reply, fake_openai
from tests.harness import api_server, eventually, seed, settings_env

pytestmark = pytest.mark.e2e

BODY = {"weeks": 3, "level": "beginner", "org_id": "club"}
STREAM_URL = "/api/v1/ai-coach/generate-draft/stream"
# What a loop torn down under a running coroutine writes to the log.
UNCLEAN = ("Task was destroyed but it is pending", "Event loop is closed", "Traceback")


def start_worker(settings: Settings, model_url: str, log: Path) -> subprocess.Popen[bytes]:
    env = settings_env(
        settings,
        COACH_LLM_PROVIDER="openai",
        COACH_OPENAI_BASE_URL=model_url,
        COACH_OPENAI_API_KEY="test",
        COACH_OPENAI_MODEL="fake-model",
        COACH_WORKER_SESSION_TIMEOUT_S="6",
    )
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "coach-agent"), "serve-agents"],
            env=env,
            cwd=log.parent,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def stopped(process: subprocess.Popen[bytes]) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        return process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(30)
        raise


async def test_a_stopped_worker_ends_its_generation_and_the_next_one_finishes_it(
    settings: Settings, tmp_path: Path
) -> None:
    tenancy = await seed(settings)
    draft = make_draft(PlanParams(weeks=3, level="beginner"))
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with (
        fake_openai([Reply(stall_s=120), Reply(text=draft)]) as model,
        api_server(settings) as base,
        httpx.AsyncClient(base_url=base, timeout=180) as client,
    ):
        first = start_worker(settings, model.base_url, tmp_path / "first.log")
        try:
            async with client.stream("POST", STREAM_URL, json=BODY, headers=headers) as response:

                async def model_called() -> bool:
                    return bool(model.requests)

                await eventually(model_called, 90, "the first worker to call the model")
                code = await asyncio.to_thread(stopped, first)
                second = start_worker(settings, model.base_url, tmp_path / "second.log")
                try:
                    lines = [line async for line in response.aiter_lines()]
                finally:
                    await asyncio.to_thread(stopped, second)
        finally:
            if first.poll() is None:
                await asyncio.to_thread(stopped, first)
    log = (tmp_path / "first.log").read_text(errors="replace")
    assert code == 0, log
    assert not [line for line in log.splitlines() if any(word in line for word in UNCLEAN)], log
    events = [line.split(":", 1)[1].strip() for line in lines if line.startswith("event:")]
    assert events[-2:] == ["result", "done"], lines
    # The first attempt had started: the second one says so, and finished the draft.
    assert any('"status":"restarted"' in line.replace(" ", "") for line in lines), lines
