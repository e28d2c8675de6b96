"""Following a generation on its run topic: as an SSE stream or until its result."""

import asyncio
import contextlib
import json
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from sse_starlette import EventSourceResponse, ServerSentEvent

from api.errors import ApiError
from api.run_reader import read_run
from api.stream_view import Message, Mode, RunView, apply
from schemas.settings import Settings


async def follow(settings: Settings, request_id: str, mode: Mode) -> AsyncGenerator[Message, None]:
    """Every message of the generation, from the start, ending with `done`."""
    view = RunView(mode=mode)
    # aclosing: leaving early must stop the reader's consumer now, not at garbage collection.
    async with contextlib.aclosing(read_run(settings, request_id)) as records:
        async for offset, event in records:
            for message in apply(view, offset, event):
                yield message
            if view.finished:
                return


def sse_response(
    settings: Settings, request_id: str, mode: Mode, after_id: int | None = None
) -> EventSourceResponse:
    """An SSE response relaying the generation; `after_id` resumes after Last-Event-ID."""

    async def events() -> AsyncIterator[ServerSentEvent]:
        async with contextlib.aclosing(follow(settings, request_id, mode)) as messages:
            async for message in messages:
                if after_id is not None and message.id <= after_id:
                    continue
                yield ServerSentEvent(
                    event=message.event, id=str(message.id), data=json.dumps(message.data)
                )

    return EventSourceResponse(
        events(),
        ping=max(1, int(settings.sse_ping_s)),
        headers={"X-Request-ID": request_id, "Cache-Control": "no-store"},
    )


def fixed_sse_response(
    request_id: str, messages: list[tuple[str, dict[str, Any]]]
) -> EventSourceResponse:
    """An SSE response of known messages, numbered from 0."""

    async def events() -> AsyncIterator[ServerSentEvent]:
        for number, (name, data) in enumerate(messages):
            yield ServerSentEvent(event=name, id=str(number), data=json.dumps(data))

    return EventSourceResponse(events(), headers={"X-Request-ID": request_id})


async def wait_for_result(settings: Settings, request_id: str, mode: Mode) -> Message:
    """The generation's `result` or `error` message; 504 when it takes too long."""
    try:
        async with (
            asyncio.timeout(settings.sync_timeout_s),
            contextlib.aclosing(follow(settings, request_id, mode)) as messages,
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


def parse_last_event_id(value: str | None) -> int | None:
    if value is None or not value.strip().lstrip("-").isdigit():
        return None
    return int(value.strip())
