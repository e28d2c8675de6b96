"""The model key stays secret: a model server that echoes it in its errors, or redirects
elsewhere, gets it into no reply to a coach, no event and no log line.

The key is not shaped like an `sk-...` key, so only the literal redaction of the
configured secret can catch it in the logs; the server's own words still reach the
operator's log, redacted.
"""

import asyncio
import contextlib
import io
import json
import logging
import secrets
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import httpx
import pytest
import uvicorn
from pydantic import SecretStr
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from api.logs import configure_logging
from schemas import topics
from schemas.settings import Settings, secret_values
from tests.harness import agents_worker, api_server, eventually, projector, read_topic, seed
from tests.model_answers import PROSE_DRAFT

pytestmark = pytest.mark.integration

BASE = "/api/v1/ai-coach"
KEY = f"tk-{secrets.token_hex(20)}"
SCENARIOS = ("echo_json", "echo_text", "redirect")


@dataclass
class LeakyModel:
    """A model server that fails every call in the way `scenario` says; and, for its
    redirects, a second server that records whatever reaches it."""

    scenario: str
    base_url: str = ""
    collector_url: str = ""
    seen_headers: list[dict[str, str]] = field(default_factory=list)
    collected: list[str] = field(default_factory=list)

    def app(self) -> Starlette:
        async def completions(request: Request) -> Response:
            self.seen_headers.append(dict(request.headers))
            await request.body()
            said = f"Incorrect API key provided: {KEY}. Authorization: Bearer {KEY}"
            if self.scenario == "echo_json":
                error = {
                    "message": said,
                    "type": "invalid_request_error",
                    "code": "invalid_api_key",
                }
                return JSONResponse({"error": error}, status_code=401)
            if self.scenario == "echo_text":
                return PlainTextResponse(f"upstream failed: {said}", status_code=502)
            return RedirectResponse(f"{self.collector_url}/v1/chat/completions", status_code=307)

        async def collect(request: Request) -> Response:
            self.collected.append(f"{dict(request.headers)} {(await request.body()).decode()}")
            return JSONResponse({"error": {"message": f"collected {KEY}"}}, status_code=500)

        return Starlette(
            routes=[
                Route("/v1/chat/completions", completions, methods=["POST"]),
                Route("/{path:path}", collect, methods=["GET", "POST"]),
            ]
        )


@contextlib.asynccontextmanager
async def serving(app: Starlette) -> AsyncIterator[str]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    task = asyncio.create_task(server.serve())

    async def up() -> bool:
        if task.done():
            task.result()
        return server.started

    await eventually(up, 10, "a fake server to start")
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)


@pytest.fixture(params=SCENARIOS)
async def leaky(request: pytest.FixtureRequest) -> AsyncIterator[LeakyModel]:
    model = LeakyModel(request.param)
    async with serving(model.app()) as collector, serving(model.app()) as base:
        model.collector_url, model.base_url = collector, f"{base}/v1"
        yield model


@pytest.fixture
def captured_logs(settings: Settings) -> Iterator[io.StringIO]:
    """Every log line of the test, as the processes write them (JSON, redaction filter)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    stream = io.StringIO()
    configure_logging("json", "INFO", stream, secrets=[KEY, *secret_values(settings)])
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


async def test_a_leaky_model_server_leaks_the_key_nowhere(
    settings: Settings, leaky: LeakyModel, captured_logs: io.StringIO
) -> None:
    settings = settings.model_copy(
        update={
            "llm_provider": "openai",
            "openai_base_url": leaky.base_url,
            "openai_api_key": SecretStr(KEY),
            "openai_model": "fake-model",
            "openai_timeout_s": 10,
        }
    )
    tenancy = await seed(settings)
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    request = {"weeks": 4, "level": "beginner", "org_id": "club"}
    # Prose lines the planner does not read with confidence: the model is asked about them.
    plan = {**request, "refined_draft": PROSE_DRAFT}
    replies: list[str] = []
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        drafted = await client.post(f"{BASE}/generate-draft", json=request, headers=headers)
        planned = await client.post(f"{BASE}/generate-plan/stream", json=plan, headers=headers)
        for response in (drafted, planned):
            replies.append(response.text)
        assert drafted.status_code == 500
        assert "the model server answered HTTP" in drafted.json()["error"]
        assert "the model server answered HTTP" in planned.text  # an error, or a week's note
        ids = [drafted.headers["X-Request-ID"], planned.headers["X-Request-ID"]]
        for request_id in ids:

            async def ended(request_id: str = request_id) -> httpx.Response | None:
                found = await client.get(f"{BASE}/generations/{request_id}", headers=headers)
                return found if found.json().get("status") in ("failed", "succeeded") else None

            replies.append((await eventually(ended, 60, "the outcome in the read model")).text)

    events = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    for request_id in ids:
        events += await read_topic(settings, topics.run_topic(request_id, settings.topic_prefix))
    logged = captured_logs.getvalue()

    assert leaky.seen_headers, "the model server was called"
    assert all(h.get("authorization") == f"Bearer {KEY}" for h in leaky.seen_headers)
    assert [r for r in replies if KEY in r] == []
    assert [e.type for e in events if KEY in e.model_dump_json()] == []
    assert KEY not in logged
    assert [c for c in leaky.collected if KEY in c] == []
    for line in logged.splitlines():
        json.loads(line)  # every line still a JSON object after redaction
    if leaky.scenario != "redirect":
        # The server's own words reached the operator's log, with the key taken out.
        assert "Incorrect API key provided: [REDACTED]" in logged
    else:
        assert leaky.collected == []  # the redirect was not followed
        assert "HTTP 307 (redirect)" in replies[0]


def test_the_key_is_a_secret_setting() -> None:
    settings = Settings(openai_api_key=KEY, kafka_sasl_password="kafka-secret-password")
    shown = f"{settings!r} {settings} {settings.model_dump_json()}"
    assert KEY not in shown and "kafka-secret-password" not in shown
    assert isinstance(settings.openai_api_key, SecretStr)
    assert isinstance(settings.kafka_sasl_password, SecretStr)
    assert KEY in secret_values(settings)
