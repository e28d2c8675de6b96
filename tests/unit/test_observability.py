"""Logs and metrics without services: formats, the log context, model calls, HTTP counting."""

import asyncio
import io
import json
import logging
from collections.abc import AsyncGenerator, Iterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from agents import metrics as worker_metrics
from api import metrics as api_metrics
from api.logs import chosen_format, configure_logging
from projections.telemetry import lag
from schemas import log_context
from schemas.events import TokenUsage


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The root logger writing JSON into a buffer; the previous handlers back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    buffer = io.StringIO()
    configure_logging("json", stream=buffer)
    try:
        yield buffer
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


def lines(buffer: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_format_is_text_on_a_terminal_and_json_elsewhere() -> None:
    assert chosen_format(None, Terminal()) == "text"
    assert chosen_format(None, io.StringIO()) == "json"
    assert chosen_format("json", Terminal()) == "json"


def test_log_text_lines_name_the_request_and_attempt() -> None:
    buffer = io.StringIO()
    root = logging.getLogger()
    handlers = list(root.handlers)
    configure_logging("text", stream=buffer)
    try:

        async def command() -> None:
            log_context.bind(request_id="r-7", attempt=2)
            logging.getLogger("agents.handler").warning("slow model")

        asyncio.run(command())
        logging.getLogger("agents.handler").warning("no request")
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
    first, second = buffer.getvalue().splitlines()
    assert first.endswith("WARNING agents.handler [request_id=r-7 attempt=2]: slow model")
    assert second.endswith("WARNING agents.handler: no request")


async def test_log_context_is_per_task(captured: io.StringIO) -> None:
    async def command(request_id: str, attempt: int) -> None:
        log_context.bind(request_id=request_id)
        await asyncio.sleep(0)
        log_context.update(attempt=attempt)
        await asyncio.sleep(0)
        logging.getLogger("agents.handler").info("finished %s", request_id)

    await asyncio.gather(command("a", 1), command("b", 3))
    logging.getLogger("agents.app").info("between commands")
    found = {line["message"]: line for line in lines(captured)}
    assert found["finished a"]["request_id"] == "a" and found["finished a"]["attempt"] == 1
    assert found["finished b"]["request_id"] == "b" and found["finished b"]["attempt"] == 3
    assert "request_id" not in found["between commands"]
    assert {"time", "level", "logger"} <= set(found["finished a"])


def test_per_call_http_lines_stay_out_of_the_log(captured: io.StringIO) -> None:
    for name in ("httpx", "httpx2"):
        logging.getLogger(name).info('HTTP Request: POST http://model/v1 "HTTP/1.1 200 OK"')
        logging.getLogger(name).warning("a failed call")
    assert [line["message"] for line in lines(captured)] == ["a failed call", "a failed call"]


def sample(name: str, **labels: str) -> float:
    value = worker_metrics.REGISTRY.get_sample_value(name, labels)
    return value or 0.0


def test_model_calls_count_their_time_and_tokens() -> None:
    tokens = {"step": "draft", "kind": "completion"}
    before = sample("coach_model_tokens_total", **tokens)
    failed = sample("coach_model_call_duration_seconds_count", step="draft", outcome="failed")
    with worker_metrics.timed_model_call("draft") as call:
        call.usage = TokenUsage(prompt_tokens=120, completion_tokens=800, calls=1)
    with pytest.raises(TimeoutError), worker_metrics.timed_model_call("draft"):
        raise TimeoutError
    assert sample("coach_model_tokens_total", **tokens) == before + 800
    assert sample("coach_model_call_duration_seconds_count", step="draft", outcome="failed") == (
        failed + 1
    )


def test_lag_counts_from_the_start_where_nothing_was_committed() -> None:
    assert lag({0: 10, 1: 7, 2: 5}, {0: 4, 1: 7}, {2: 2}) == {0: 6, 1: 0, 2: 3}


async def test_http_responses_counted_by_route_template_and_status_class(
    captured: io.StringIO,
) -> None:
    async def read(request: Request) -> JSONResponse:
        request.state.request_id = request.path_params["request_id"]
        logging.getLogger("api.reads").info("reading")
        if request.path_params["request_id"] == "boom":
            raise RuntimeError("boom")
        return JSONResponse({}, status_code=404)

    app = Starlette(routes=[Route("/generations/{request_id}", read)])
    app.add_middleware(api_metrics.HttpMetrics)
    counter = "coach_http_responses_total"
    labels = {"method": "GET", "route": "/generations/{request_id}"}

    def counted(status: str) -> float:
        found = api_metrics.REGISTRY.get_sample_value(counter, {**labels, "status": status})
        return found or 0.0

    before = (counted("4xx"), counted("5xx"))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await client.get("/generations/abc")).status_code == 404
        assert (await client.get("/generations/boom")).status_code == 500
    assert (counted("4xx"), counted("5xx")) == (before[0] + 1, before[1] + 1)
    reading = [line for line in lines(captured) if line["message"] == "reading"]
    assert [line["request_id"] for line in reading] == ["abc", "boom"]


async def test_sse_stream_counted_while_open_and_closed_with_its_source() -> None:
    closed: list[bool] = []

    async def source() -> AsyncGenerator[int, None]:
        try:
            for number in range(10):
                yield number
        finally:
            closed.append(True)

    gauge = api_metrics.SSE_STREAMS.labels("plan")
    before = gauge._value.get()
    stream = api_metrics.counted_stream(source(), "plan")
    assert await anext(stream) == 0
    assert gauge._value.get() == before + 1
    await stream.aclose()  # type: ignore[attr-defined]
    assert closed == [True]
    assert gauge._value.get() == before
