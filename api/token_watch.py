"""An open stream lives no longer than its token: revoked or expired, the stream ends.

A stream asks again every `auth_recheck_s` whether the token that opened it still
authenticates; when it does not, the stream ends with an `error` (code `unauthorized`)
and `done`, both without an id, like the ends of `api.following.bounded`.
"""

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

import asyncpg

from api import store
from api.stream_view import Message
from schemas.responses import Done, GenerationError

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
        Message("error", None, GenerationError(error=text, code="unauthorized")),
        Message("done", None, Done()),
    ]


async def while_token_valid(
    messages: AsyncIterator[Message], still_valid: TokenCheck, every_s: float, request_id: str
) -> AsyncIterator[Message]:
    """`messages`, checking the token every `every_s` seconds, even while nothing comes.

    Two tasks per stream, none per message: one relays the messages into a queue, one
    checks the token and, once it no longer authenticates, puts the end into the same
    queue. (A task per message, to wait for a message or the check, cost ten times more.)
    """
    queue: asyncio.Queue[Message | _End] = asyncio.Queue(maxsize=1)

    async def relay() -> None:
        try:
            async for message in messages:
                await queue.put(message)
            await queue.put(_End())
        except Exception as exc:
            await queue.put(_End(exc))

    async def check() -> None:
        while True:
            await asyncio.sleep(every_s)
            if not await still_valid():
                await queue.put(_End(revoked=True))
                return

    tasks = [asyncio.create_task(relay()), asyncio.create_task(check())]
    try:
        while not isinstance(item := await queue.get(), _End):
            yield item
        if item.error is not None:
            raise item.error
        if item.revoked:
            for message in revoked(request_id):
                yield message
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


class _End:
    """The queue's last item: the messages ended, failed, or the token stopped counting."""

    def __init__(self, error: Exception | None = None, revoked: bool = False) -> None:
        self.error = error
        self.revoked = revoked
