"""Following a generation's SSE stream over HTTP, and what the complete stream must hold."""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from httpx_sse import aconnect_sse

from api.stream_view import Message, Mode, RunView, apply
from schemas import topics
from schemas.settings import Settings
from tests.harness import read_records

BASE = "/api/v1/ai-coach"


@dataclass(frozen=True)
class Seen:
    """One SSE event as a client received it."""

    name: str
    id: int | None
    data: Any


@dataclass
class Stream:
    """One client's view of one generation, across all its connections."""

    seen: list[Seen] = field(default_factory=list)
    request_id: str = ""

    @property
    def last_id(self) -> int:
        return max(e.id for e in self.seen if e.id is not None)

    def saw(self, match: Callable[[Seen], bool]) -> bool:
        return any(match(e) for e in self.seen)

    async def read(
        self,
        client: httpx.AsyncClient,
        method: str,
        url: str,
        token: str,
        *,
        body: dict[str, Any] | None = None,
        last_event_id: int | None = None,
        until: Callable[[Seen], bool] | None = None,
    ) -> httpx.Response:
        """Take the stream's events until `done` (or `until`); the response.

        A response other than 200 is read whole and returned as it is.
        """
        headers = {"Authorization": f"Bearer {token}"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        async with aconnect_sse(client, method, url, json=body, headers=headers) as source:
            response = source.response
            if response.status_code != 200:
                await response.aread()
                return response
            self.request_id = response.headers["X-Request-ID"]
            async for item in source.aiter_sse():
                if item.event == "message" and not item.data:
                    continue  # a keep-alive comment
                event = Seen(item.event, int(item.id) if item.id else None, json.loads(item.data))
                self.seen.append(event)
                if event.name == "done" or (until is not None and until(event)):
                    break
        return response


def writing(event: Seen) -> bool:
    """The model is writing: the generation is under way."""
    return event.name == "progress" and event.data.get("status") == "writing"


async def replayed(settings: Settings, request_id: str, mode: Mode = "draft") -> list[Message]:
    """Every message a client reading the whole run topic now would get, in order."""
    run = await read_records(settings, topics.run_topic(request_id, settings.topic_prefix))
    view = RunView(mode=mode)
    messages: list[Message] = []
    for offset, event, log_position in run:
        messages += apply(view, offset, event, log_position)
    return messages


def assert_complete(seen: list[Seen], expected: list[Message]) -> None:
    """The client got every message of the generation exactly once, in order, to `done`."""
    assert [(e.name, e.id) for e in seen] == [(m.event, m.id) for m in expected]
    assert [e.name for e in seen][-2:] == ["result", "done"]
    assert seen[-2].data == expected[-2].data
