"""Slow clients: a request's headers and body must arrive in COACH_BODY_TIMEOUT_S, else 408.

Two places, because uvicorn has no read timeout of its own. Headers are read by the
server before the app sees the request: `TimedHttpTools` (the protocol `api/serving.py`
gives uvicorn) answers 408 and closes the connection when they do not arrive in time
(an idle new connection included). The body is read by the app: `BodyDeadline` bounds
each `receive()` until the body is complete, and the error handler answers 408 with
`Connection: close`. A stream's later `receive()` calls (waiting for a disconnect) are
not bounded.
"""

import asyncio
import json
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from api.errors import error_response
from api.problems import ApiError
from api.security_headers import add_headers

MESSAGE = "the request's headers or body did not arrive in time; the connection is closed"
CLOSE = {"Connection": "close"}


class BodyTimeout(Exception):
    """The request's body did not arrive in time."""


class BodyDeadline:
    """ASGI middleware: the body must be complete within `timeout_s` of the request's start."""

    def __init__(self, app: ASGIApp, timeout_s: float) -> None:
        self.app = app
        self.timeout_s = timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline = asyncio.get_running_loop().time() + self.timeout_s
        complete = False

        async def bounded_receive() -> Message:
            nonlocal complete
            if complete:
                return await receive()
            remaining = deadline - asyncio.get_running_loop().time()
            try:
                message = await asyncio.wait_for(receive(), max(0.0, remaining))
            except TimeoutError:
                raise BodyTimeout from None
            complete = message["type"] != "http.request" or not message.get("more_body")
            return message

        await self.app(scope, bounded_receive, send)


async def handle_body_timeout(request: Request, exc: Exception) -> Response:
    error = ApiError(408, "request_timeout", MESSAGE, headers=CLOSE)
    return error_response(error)


def _timeout_bytes() -> bytes:
    """The 408 written before any app runs: the contract's body, the security headers."""
    body = json.dumps({"error": MESSAGE, "code": "request_timeout"}).encode()
    headers = MutableHeaders(
        {"content-type": "application/json", "content-length": str(len(body)), **CLOSE}
    )
    add_headers(headers)
    lines = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return f"HTTP/1.1 408 Request Timeout\r\n{lines}\r\n".encode() + body


TIMEOUT_RESPONSE = _timeout_bytes()


class TimedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol with a deadline for each request's headers, and the
    concurrency limit's 503 in the contract's body."""

    header_timeout_s = 30.0
    refuse: ASGIApp

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._headers_due: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        limit = self.limit_concurrency
        if limit is None or (len(self.connections) < limit and len(self.tasks) < limit):
            super().on_headers_complete()
            return
        # Over the limit: uvicorn's own answer is plain text; this one is the contract's.
        app = self.app
        self.app, self.limit_concurrency = self.refuse, None
        try:
            super().on_headers_complete()
        finally:
            self.app, self.limit_concurrency = app, limit

    def _arm(self) -> None:
        self._disarm()
        self._headers_due = self.loop.call_later(self.header_timeout_s, self._headers_late)

    def _disarm(self) -> None:
        if self._headers_due is not None:
            self._headers_due.cancel()
            self._headers_due = None

    def _headers_late(self) -> None:
        self._headers_due = None
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(TIMEOUT_RESPONSE)
            self.transport.close()
