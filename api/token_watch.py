"""An open stream lives no longer than its token: revoked or expired, the stream ends.

A stream asks again every `auth_recheck_s` whether the token that opened it still
authenticates; when it does not, the stream ends with an `error` (code `unauthorized`)
and `done`, both without an id, like the ends of `api.following.bounded`.
"""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

import asyncpg

from api import store
from api.stream_view import Message

log = logging.getLogger(__name__)

# Whether the stream's token still authenticates.
TokenCheck = Callable[[], Awaitable[bool]]


def token_check(pool: asyncpg.Pool, token: str) -> TokenCheck:
    """Asks Postgres; a Postgres that cannot answer right now ends no stream."""

    async def still_valid() -> bool:
        try:
            return await store.token_live(pool, token)
        except store.UNREACHABLE as exc:
            log.warning("cannot check a stream's token now (%s); asking again later", exc)
            return True

    return still_valid


def revoked(request_id: str) -> list[Message]:
    text = (
        "the stream closed: its token was revoked or has expired; the generation goes on: "
        f"follow /api/v1/ai-coach/generations/{request_id}/events with a valid token"
    )
    return [
        Message("error", None, {"error": text, "code": "unauthorized"}),
        Message("done", None, {}),
    ]


async def while_token_valid(
    messages: AsyncIterator[Message], still_valid: TokenCheck, every_s: float, request_id: str
) -> AsyncIterator[Message]:
    """`messages`, checking the token every `every_s` seconds, even while nothing comes."""
    loop = asyncio.get_running_loop()
    next_check = loop.time() + every_s
    pending: asyncio.Future[Message] | None = None
    try:
        while True:
            if pending is None:
                # A task of its own: waiting for the check must not cancel the stream's read.
                pending = asyncio.ensure_future(anext(messages))
            done, _ = await asyncio.wait({pending}, timeout=max(0.0, next_check - loop.time()))
            if done:
                try:
                    message = pending.result()
                except StopAsyncIteration:
                    return
                pending = None
                yield message
            if loop.time() >= next_check:
                if not await still_valid():
                    for message in revoked(request_id):
                        yield message
                    return
                next_check = loop.time() + every_s
    finally:
        if pending is not None and not pending.done():
            pending.cancel()
            with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
                await pending
