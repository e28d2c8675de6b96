"""A real HTTP server speaking OpenAI chat completions, with scripted replies, for tests."""

import asyncio
import contextlib
import json
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

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
    # Hold the answer back until the server has received this many requests in all: calls
    # known to be in flight when this one is answered (or until the server stops).
    after_requests: int = 0


# Answers computed from the request (for concurrent calls whose order is not known).
Responder = Callable[[dict[str, Any]], Reply]
# Where a streamed answer reports its usage: in a chunk of its own after the last piece
# (OpenAI), in the last piece (with finish_reason), in every piece (a running count), or
# nowhere.
StreamUsage = Literal["separate", "last", "every", "none"]


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
    # Servers as they are: the status with which this one refuses a `json_schema`
    # response_format (400 as OpenAI-style servers, 422 as pydantic ones, 500 as
    # llama-cpp-python's), and a `schema` inside a `json_object` one (None: accepted).
    refuse_json_schema: int | None = None
    refuse_json_object_schema: int | None = None
    # How streamed answers report usage, and whether the server ignores stream_options
    # (OpenAI sends usage only when `include_usage` asks for it).
    stream_usage: StreamUsage = "separate"
    ignores_stream_options: bool = False
    # Told of every request as it arrives (what `Reply.after_requests` waits on).
    arrived: asyncio.Condition = field(default_factory=asyncio.Condition)

    def prompt(self, index: int = 0) -> str:
        """Every message of one recorded request, joined: what the model was told."""
        return "\n".join(m.get("content") or "" for m in self.requests[index]["messages"])


def create_app(fake: FakeOpenAI) -> Starlette:
    async def completions(request: Request) -> Response:
        body = await request.json()
        fake.requests.append(body)
        async with fake.arrived:
            fake.arrived.notify_all()
        refusal = refused_format(fake, body.get("response_format"))
        if refusal is not None:
            return refusal
        if fake.responder is not None:
            reply = fake.responder(body)
        elif fake.replies:
            reply = fake.replies.popleft()
        else:
            return error_response(500, "the fake has no scripted reply left")
        if reply.after_requests:
            await enough_requests(fake, reply.after_requests)
        if reply.stall_s:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(fake.stopping.wait(), reply.stall_s)
        fake.answered_at.append(time.monotonic())
        if reply.status != 200:
            return error_response(reply.status, f"scripted failure {reply.status}")
        usage = usage_of(body, reply.text)
        if body.get("stream"):
            asked = bool((body.get("stream_options") or {}).get("include_usage"))
            where = fake.stream_usage if asked or fake.ignores_stream_options else "none"
            return StreamingResponse(
                sse_chunks(reply, body["model"], usage, where), media_type="text/event-stream"
            )
        return JSONResponse(completion(reply.text, body["model"], usage))

    return Starlette(routes=[Route("/v1/chat/completions", completions, methods=["POST"])])


async def enough_requests(fake: FakeOpenAI, count: int) -> None:
    """Wait until `count` requests have arrived, or the server stops."""

    def arrived() -> bool:
        return len(fake.requests) >= count or fake.stopping.is_set()

    async with fake.arrived:
        while not arrived():
            # Woken by each request; the timeout lets a stopping server end the wait.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(fake.arrived.wait(), 0.5)


def error_response(status: int, message: str) -> JSONResponse:
    error = {"message": message, "type": "server_error", "param": None, "code": None}
    return JSONResponse({"error": error}, status_code=status)


def refused_format(fake: FakeOpenAI, response_format: Any) -> JSONResponse | None:
    """The error a server that lacks the structured output asked for answers, if any."""
    kind = response_format.get("type") if isinstance(response_format, dict) else None
    if kind == "json_schema" and fake.refuse_json_schema is not None:
        return format_refusal(fake.refuse_json_schema, "type")
    refuses_schema = fake.refuse_json_object_schema
    if kind == "json_object" and "schema" in response_format and refuses_schema is not None:
        return format_refusal(refuses_schema, "schema")
    return None


def format_refusal(status: int, field_name: str) -> JSONResponse:
    """A refusal as each kind of server words it."""
    if status == 422:  # FastAPI's validation error: no "error" object at all
        detail = [{"loc": ["body", "response_format", field_name], "msg": "not permitted"}]
        return JSONResponse({"detail": detail}, status_code=422)
    if status == 500:  # llama-cpp-python: pydantic's error text, as a server error
        return error_response(
            500,
            "1 validation error for CreateChatCompletionRequest\n"
            f"response_format.{field_name}\n  Input should be 'text' or 'json_object'",
        )
    return error_response(status, f"Invalid parameter: 'response_format.{field_name}'")


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


def chunk(model: str, delta: dict[str, Any], finish: str | None = None, usage: Any = None) -> str:
    payload = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    if usage is not None:
        payload["usage"] = usage
    return f"data: {json.dumps(payload)}\n\n"


async def sse_chunks(
    reply: Reply, model: str, usage: dict[str, int], where: StreamUsage = "separate"
) -> AsyncIterator[str]:
    running = dict.fromkeys(usage, 0) if where == "every" else None
    yield chunk(model, {"role": "assistant", "content": ""}, usage=running)
    for index, start in enumerate(range(0, len(reply.text), reply.piece_chars)):
        if index == reply.cut_after:
            raise ConnectionAbortedError("the fake breaks off its answer")
        if reply.piece_delay_s:
            await asyncio.sleep(reply.piece_delay_s)
        piece = reply.text[start : start + reply.piece_chars]
        if running is not None:
            running = running_usage(usage, len(reply.text), start + len(piece))
        yield chunk(model, {"content": piece}, usage=running)
    yield chunk(model, {}, "stop", usage=usage if where in ("last", "every") else None)
    if where != "separate":
        yield "data: [DONE]\n\n"
        return
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


def running_usage(usage: dict[str, int], length: int, sent: int) -> dict[str, int]:
    """The usage so far, `sent` of `length` characters into the answer."""
    completion_tokens = usage["completion_tokens"] * sent // max(length, 1)
    return {
        **usage,
        "completion_tokens": completion_tokens,
        "total_tokens": usage["prompt_tokens"] + completion_tokens,
    }


@contextlib.asynccontextmanager
async def fake_openai(
    replies: Iterable[Reply | str] = (), responder: Responder | None = None
) -> AsyncIterator[FakeOpenAI]:
    """Serve the fake on 127.0.0.1 (a free port) until the block ends."""
    fake = FakeOpenAI(
        replies=deque(r if isinstance(r, Reply) else Reply(r) for r in replies),
        responder=responder,
    )
    config = uvicorn.Config(create_app(fake), host="127.0.0.1", port=0, log_level="warning")
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
