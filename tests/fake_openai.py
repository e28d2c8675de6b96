"""A real HTTP server speaking OpenAI chat completions, with scripted replies, for tests."""

import asyncio
import contextlib
import json
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

START_TIMEOUT_S = 10


@dataclass(frozen=True)
class Reply:
    """One scripted answer: the model's text, or an HTTP error status."""

    text: str = ""
    status: int = 200
    # Streamed answers go out in pieces of this many characters.
    piece_chars: int = 16
    # Hold the answer back this long (or until the server stops): a model that hangs.
    stall_s: float = 0
    # Pause this long before each streamed piece: a model that writes slowly.
    piece_delay_s: float = 0
    # Break the connection after this many streamed pieces: a server that dies mid-answer.
    cut_after: int | None = None


# Answers computed from the request (for concurrent calls whose order is not known).
Responder = Callable[[dict[str, Any]], Reply]


@dataclass
class FakeOpenAI:
    """The running fake: where it listens, what it will answer, what it was asked."""

    base_url: str = ""
    replies: deque[Reply] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    responder: Responder | None = None
    # When each answer went out (monotonic seconds), in the order they went out.
    answered_at: list[float] = field(default_factory=list)
    # When set, every answer waits until the gate opens: a model busy until the test says.
    gate: asyncio.Event | None = None

    def prompt(self, index: int = 0) -> str:
        """Every message of one recorded request, joined: what the model was told."""
        return "\n".join(m.get("content") or "" for m in self.requests[index]["messages"])


def create_app(fake: FakeOpenAI) -> Starlette:
    async def completions(request: Request) -> Response:
        body = await request.json()
        fake.requests.append(body)
        if fake.responder is not None:
            reply = fake.responder(body)
        elif fake.replies:
            reply = fake.replies.popleft()
        else:
            return error_response(500, "the fake has no scripted reply left")
        if reply.stall_s:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(fake.stopping.wait(), reply.stall_s)
        if fake.gate is not None:
            await fake.gate.wait()
        fake.answered_at.append(time.monotonic())
        if reply.status != 200:
            return error_response(reply.status, f"scripted failure {reply.status}")
        usage = usage_of(body, reply.text)
        if body.get("stream"):
            return StreamingResponse(
                sse_chunks(reply, body["model"], usage), media_type="text/event-stream"
            )
        return JSONResponse(completion(reply.text, body["model"], usage))

    return Starlette(routes=[Route("/v1/chat/completions", completions, methods=["POST"])])


def error_response(status: int, message: str) -> JSONResponse:
    error = {"message": message, "type": "server_error", "param": None, "code": None}
    return JSONResponse({"error": error}, status_code=status)


def usage_of(body: dict[str, Any], text: str) -> dict[str, int]:
    """Token counts as a model server reports them (here: about four characters a token)."""
    prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", [])) // 4
    completion_tokens = len(text) // 4
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt + completion_tokens,
    }


def completion(text: str, model: str, usage: dict[str, int]) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": usage,
    }


def chunk(model: str, delta: dict[str, Any], finish: str | None = None) -> str:
    payload = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(payload)}\n\n"


async def sse_chunks(reply: Reply, model: str, usage: dict[str, int]) -> AsyncIterator[str]:
    yield chunk(model, {"role": "assistant", "content": ""})
    for index, start in enumerate(range(0, len(reply.text), reply.piece_chars)):
        if index == reply.cut_after:
            raise ConnectionAbortedError("the fake breaks off its answer")
        if reply.piece_delay_s:
            await asyncio.sleep(reply.piece_delay_s)
        yield chunk(model, {"content": reply.text[start : start + reply.piece_chars]})
    yield chunk(model, {}, "stop")
    final = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [],
        "usage": usage,
    }
    yield f"data: {json.dumps(final)}\n\n"
    yield "data: [DONE]\n\n"


@contextlib.asynccontextmanager
async def fake_openai(
    replies: Iterable[Reply | str] = (), responder: Responder | None = None
) -> AsyncIterator[FakeOpenAI]:
    """Serve the fake on 127.0.0.1 (a free port) until the block ends."""
    fake = FakeOpenAI(
        replies=deque(r if isinstance(r, Reply) else Reply(r) for r in replies),
        responder=responder,
    )
    # Idle connections stay open longer than a client keeps them pooled: a client that takes
    # a pooled connection the server closed that instant fails its request (a race of the
    # fake's, not of the code under test).
    config = uvicorn.Config(
        create_app(fake), host="127.0.0.1", port=0, log_level="warning", timeout_keep_alive=60
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        await asyncio.wait_for(started(server, task), START_TIMEOUT_S)
        port = server.servers[0].sockets[0].getsockname()[1]
        fake.base_url = f"http://127.0.0.1:{port}/v1"
        yield fake
    finally:
        fake.stopping.set()
        server.should_exit = True
        await asyncio.wait_for(task, START_TIMEOUT_S)


async def started(server: uvicorn.Server, task: asyncio.Task[None]) -> None:
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("the fake OpenAI server stopped before it started")
        await asyncio.sleep(0.01)
