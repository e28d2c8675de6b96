"""A recording pass-through in front of the real model server: what was asked, what it said.

Every request goes on to the server unchanged and its answer comes back unchanged (a
stream as a stream); the proxy only notes each request's body, the status answered and
the start of the answer, so a test can see which structured-output modes the server took.
"""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

START_TIMEOUT_S = 10
KEPT_CHARS = 2000
# The status noted when the client went away first (nginx's word for it).
CLIENT_GONE = 499


@dataclass
class Exchange:
    """One request to the server and the start of its answer."""

    body: dict[str, Any]
    status: int = 0
    answer: str = ""

    @property
    def format(self) -> str | None:
        """How the request asked for structure: json_schema, json_object_schema, json_object."""
        response_format = self.body.get("response_format")
        if not isinstance(response_format, dict):
            return None
        if response_format.get("type") == "json_object" and "schema" in response_format:
            return "json_object_schema"
        return str(response_format.get("type"))


@dataclass
class Recorder:
    base_url: str = ""
    exchanges: list[Exchange] = field(default_factory=list)

    def structured(self) -> list[Exchange]:
        return [e for e in self.exchanges if e.format is not None]


def create_app(recorder: Recorder, upstream: httpx.AsyncClient) -> Starlette:
    async def forward(request: Request) -> Response:
        raw = await request.body()
        exchange = Exchange(json.loads(raw) if raw else {})
        recorder.exchanges.append(exchange)
        sent = upstream.build_request(
            request.method,
            request.url.path,
            content=raw,
            headers={"content-type": request.headers.get("content-type", "application/json")},
        )
        sending = asyncio.ensure_future(upstream.send(sent, stream=True))
        while not (await asyncio.wait({sending}, timeout=1))[0]:
            if await request.is_disconnected():
                # The client gave up (its timeout, or a week cancelled): so does the proxy.
                sending.cancel()
                with contextlib.suppress(asyncio.CancelledError, httpx.HTTPError):
                    await sending
                exchange.status = CLIENT_GONE
                exchange.answer = "(the client went away before the server answered)"
                return Response(status_code=CLIENT_GONE)
        try:
            answer = sending.result()
        except httpx.HTTPError as exc:
            exchange.status = 502
            exchange.answer = repr(exc)
            return JSONResponse({"error": {"message": "no answer from the model server"}}, 502)
        exchange.status = answer.status_code

        async def relayed() -> AsyncIterator[bytes]:
            async for piece in answer.aiter_raw():
                if len(exchange.answer) < KEPT_CHARS:
                    exchange.answer += piece.decode("utf-8", errors="replace")
                yield piece

        return StreamingResponse(
            relayed(),
            status_code=answer.status_code,
            media_type=answer.headers.get("content-type"),
            background=BackgroundTask(answer.aclose),
        )

    return Starlette(routes=[Route("/v1/{path:path}", forward, methods=["GET", "POST"])])


@contextlib.asynccontextmanager
async def recording_proxy(server_url: str, timeout_s: float) -> AsyncIterator[Recorder]:
    """Serve the proxy on 127.0.0.1 (a free port) in front of `server_url` (its origin)."""
    recorder = Recorder()
    async with httpx.AsyncClient(base_url=server_url, timeout=timeout_s) as upstream:
        # At the end, a request still waiting for the server (its client gone) is cancelled.
        config = uvicorn.Config(
            create_app(recorder, upstream),
            host="127.0.0.1",
            port=0,
            log_level="warning",
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve())
        try:
            while not server.started:
                if task.done():
                    task.result()
                    raise RuntimeError("the recording proxy stopped before it started")
                await asyncio.sleep(0.01)
            port = server.servers[0].sockets[0].getsockname()[1]
            recorder.base_url = f"http://127.0.0.1:{port}/v1"
            yield recorder
        finally:
            server.should_exit = True
            await asyncio.wait_for(task, START_TIMEOUT_S)
