"""A streamed chat completion read straight off aiohttp: the draft's hot path.

The openai SDK builds each request through several layers (its option models, httpx's
request and URL types, a bridge to aiohttp) and reads a stream through as many: ~3 ms
of CPU per request more than a plain aiohttp POST (scripts/bench_model_client.py). With
hundreds of drafts starting together on one worker, that CPU is what delays the last
ones, so the streamed draft goes out as one POST of the same JSON body, with the SDK's
behaviour kept: one retry of a refused connection, a timeout, 408/409/429 or 5xx before
the stream starts; a read timeout of `openai_timeout_s`; errors in a coach's words.
"""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp

from schemas.backoff import backoff_s

RETRIED_STATUSES = frozenset({408, 409, 429})
# Streamed lines can be long (a server may send a whole answer in one chunk).
READ_BUFFER = 1 << 20


class StreamStatusError(Exception):
    """The server answered with an HTTP error status instead of a stream."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.body = body


class ModelStreams:
    """One aiohttp session per worker for streamed completions (created on first use)."""

    def __init__(self, base_url: str, api_key: str, timeout_s: float, retries: int = 1) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.headers = {"Authorization": f"Bearer {api_key}", "Accept": "text/event-stream"}
        self.timeout = aiohttp.ClientTimeout(total=None, connect=timeout_s, sock_read=timeout_s)
        self.retries = retries
        self._session: aiohttp.ClientSession | None = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=0),
                timeout=self.timeout,
                read_bufsize=READ_BUFFER,
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def lines(self, body: dict[str, Any]) -> AsyncIterator[str]:
        """The server-sent lines of one streamed completion, as text."""
        async with self._response(body) as response:
            try:
                async for raw in response.content:
                    yield raw.decode("utf-8", errors="replace")
            except ValueError as exc:  # aiohttp's "Chunk too big": a line past the buffer
                too_long = f"a streamed line over {READ_BUFFER} bytes"
                raise aiohttp.ClientPayloadError(too_long) from exc

    @contextlib.asynccontextmanager
    async def _response(self, body: dict[str, Any]) -> AsyncIterator[aiohttp.ClientResponse]:
        payload = json.dumps(body).encode()
        headers = {**self.headers, "Content-Type": "application/json"}
        attempt = 0
        while True:
            try:
                # Not to a redirect's target: the key would go with the request.
                response = await self.session.post(
                    self.url, data=payload, headers=headers, allow_redirects=False
                )
            except (aiohttp.ClientConnectionError, TimeoutError):
                if attempt >= self.retries:
                    raise
            else:
                if 200 <= response.status < 300:
                    try:
                        yield response
                    finally:
                        response.release()
                    return
                error = StreamStatusError(response.status, await _error_body(response))
                response.release()
                if attempt >= self.retries or not _retried(response.status):
                    raise error
            attempt += 1
            # The SDK's pause before a retry: half a second, doubling, with some jitter.
            await asyncio.sleep(backoff_s(attempt - 1, most=8.0, jitter=0.25))


def _retried(status: int) -> bool:
    return status in RETRIED_STATUSES or status >= 500


async def _error_body(response: aiohttp.ClientResponse) -> Any:
    """The error's JSON (its "error" object when there is one), else its text."""
    try:
        text = await response.text()
    except (aiohttp.ClientError, TimeoutError, UnicodeDecodeError):
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return text
    if isinstance(parsed, dict) and isinstance(parsed.get("error"), dict):
        return parsed["error"]
    return parsed
