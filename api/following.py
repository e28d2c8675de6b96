"""Following a generation on its run topic: as an SSE stream or until its result."""

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass

from pydantic import BaseModel
from sse_starlette import EventSourceResponse, ServerSentEvent

from api import metrics
from api.errors import ApiError
from api.run_reader import RunTopicReader
from api.stream_view import Message, Mode, RunView, apply
from api.token_watch import TokenCheck, while_token_valid
from schemas.events import PlanRequested
from schemas.responses import Done, GenerationError, body_json
from schemas.settings import Settings

# The request's first event, already acknowledged by Kafka: (its offset, the event).
Seed = tuple[int, PlanRequested]


@dataclass(frozen=True)
class RunStreams:
    """What a handler needs to follow generations: the shared reader and the bounds."""

    reader: RunTopicReader
    settings: Settings


async def follow(
    following: RunStreams, request_id: str, mode: Mode, seed: Seed | None = None
) -> AsyncGenerator[Message, None]:
    """Every message of the generation, from the start, ending with `done`.

    With a seed the first message goes out at once, from memory, and the run topic
    is read from the record after it.
    """
    view = RunView(mode=mode)
    start = 0
    if seed is not None:
        offset, requested = seed
        for message in apply(view, offset, requested):
            yield message
        start = offset + 1
    async with following.reader.follow(request_id, start) as follower:
        while not view.finished:
            offset, event = await follower.next()
            for message in apply(view, offset, event):
                yield message


async def bounded(
    messages: AsyncIterator[Message], request_id: str, idle_s: float, total_s: float
) -> AsyncIterator[Message]:
    """The messages, ended by `error` (code `timeout`) and `done` when a bound is reached.

    Those two carry no id, so a client that re-attaches with Last-Event-ID misses nothing.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + total_s
    while True:
        wait = min(idle_s, deadline - loop.time())
        try:
            message = await asyncio.wait_for(anext(messages), max(0.0, wait))
        except StopAsyncIteration:
            return
        except TimeoutError:
            break
        yield message
    what = "took too long" if loop.time() >= deadline else "sent nothing for too long"
    text = (
        f"the stream closed: the generation {what}; it goes on: follow "
        f"/api/v1/ai-coach/generations/{request_id}/events"
    )
    yield Message("error", None, GenerationError(error=text, code="timeout"))
    yield Message("done", None, Done())


def sse_response(
    following: RunStreams,
    request_id: str,
    mode: Mode,
    *,
    after_id: int | None = None,
    seed: Seed | None = None,
    still_valid: TokenCheck | None = None,
) -> EventSourceResponse:
    """An SSE response relaying the generation; `after_id` resumes after Last-Event-ID;
    `still_valid` ends it once the token that opened it no longer authenticates."""
    settings = following.settings

    async def events() -> AsyncIterator[ServerSentEvent]:
        async with contextlib.aclosing(follow(following, request_id, mode, seed)) as messages:
            limited = bounded(messages, request_id, settings.sse_idle_s, settings.sse_total_s)
            if still_valid is not None:
                limited = while_token_valid(
                    limited, still_valid, settings.auth_recheck_s, request_id
                )
            async for message in limited:
                if after_id is not None and message.id is not None and message.id <= after_id:
                    continue
                yield ServerSentEvent(
                    event=message.event,
                    id=None if message.id is None else str(message.id),
                    data=message.json(),
                )

    return EventSourceResponse(
        metrics.counted_stream(events(), mode),
        ping=max(1, int(settings.sse_ping_s)),
        headers={"X-Request-ID": request_id, "Cache-Control": "no-store"},
    )


def fixed_sse_response(
    request_id: str, messages: list[tuple[str, BaseModel]]
) -> EventSourceResponse:
    """An SSE response of known messages, numbered from 0."""

    async def events() -> AsyncIterator[ServerSentEvent]:
        for number, (name, body) in enumerate(messages):
            yield ServerSentEvent(event=name, id=str(number), data=body_json(body))

    return EventSourceResponse(events(), headers={"X-Request-ID": request_id})


async def wait_for_result(
    following: RunStreams, request_id: str, mode: Mode, seed: Seed | None = None
) -> Message:
    """The generation's `result` or `error` message; 504 when it takes too long."""
    try:
        async with (
            asyncio.timeout(following.settings.sync_timeout_s),
            contextlib.aclosing(follow(following, request_id, mode, seed)) as messages,
        ):
            async for message in messages:
                if message.event in ("result", "error"):
                    return message
    except TimeoutError:
        pass
    raise ApiError(
        504,
        "timeout",
        "the generation did not finish in time; it goes on: follow "
        f"/api/v1/ai-coach/generations/{request_id}",
    )
