"""Run topics created ahead of need, in batches, so accepting a request never waits for one.

A request claims a ready topic; its id becomes the request id. A background task keeps
`size` topics ready, creating them `batch` at a time once `batch` of them (or half of
`size`, if less) were claimed: one CreateTopics request per batch, not one per request.
Topics never claimed are deleted when the api stops, or by the janitor once they are old
(the id says when it was made).
"""

import asyncio
import collections
import contextlib
import logging
from collections.abc import Awaitable, Callable

from schemas import topics
from schemas.backoff import backoff_s

log = logging.getLogger(__name__)

CreateTopics = Callable[[list[str]], Awaitable[None]]
DeleteTopics = Callable[[list[str]], Awaitable[None]]
# Waits until this many topic creations are allowed (a rate shared by every api process).
Pace = Callable[[int], Awaitable[None]]
# Kafka down: the pool tries again, slower and slower, at least every this many seconds.
RETRY_MOST_S = 5.0


class PoolExhausted(Exception):
    """No run topic became ready in time: Kafka is down or too slow."""


class RunTopicPool:
    def __init__(
        self,
        prefix: str,
        create: CreateTopics,
        delete: DeleteTopics,
        *,
        size: int,
        batch: int,
        pace: Pace | None = None,
    ) -> None:
        self.prefix = prefix
        self._create = create
        self._delete = delete
        self._pace = pace
        self.size = size
        self.batch = max(1, min(batch, size))
        # Refill once this few are ready.
        self.low = max(size - self.batch, size // 2)
        self._ready: collections.deque[str] = collections.deque()
        self._wanted = asyncio.Event()
        self._added = asyncio.Condition()
        self._task: asyncio.Task[None] | None = None
        self.created = 0

    @property
    def ready(self) -> int:
        return len(self._ready)

    def start(self) -> None:
        self._wanted.set()
        self._task = asyncio.create_task(self._refill(), name="run-topic-pool")

    async def stop(self, timeout: float = 5.0) -> None:
        """Stop refilling and delete the topics nobody claimed (best effort)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        unused = [topics.run_topic(rid, self.prefix) for rid in self._ready]
        self._ready.clear()
        if unused:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._delete(unused), timeout)

    async def claim(self, timeout: float) -> str:
        """A request id whose run topic exists; PoolExhausted after `timeout` seconds."""
        if not self._ready:
            self._wanted.set()
            try:
                async with asyncio.timeout(timeout), self._added:
                    await self._added.wait_for(lambda: bool(self._ready))
            except TimeoutError:
                raise PoolExhausted(f"no run topic ready within {timeout:g} s") from None
        request_id = self._ready.popleft()
        if len(self._ready) <= self.low:
            self._wanted.set()
        return request_id

    def give_back(self, request_id: str) -> None:
        """An unused claimed topic goes back to the front of the pool."""
        self._ready.appendleft(request_id)

    async def _refill(self) -> None:
        failures = 0
        while True:
            await self._wanted.wait()
            self._wanted.clear()
            while len(self._ready) < self.size:
                wanted = min(self.batch, self.size - len(self._ready))
                ids = [topics.new_request_id() for _ in range(wanted)]
                try:
                    if self._pace is not None:
                        await self._pace(len(ids))  # no more creations a second than allowed
                    await self._create([topics.run_topic(rid, self.prefix) for rid in ids])
                except Exception as exc:  # Kafka down: keep trying, slower and slower
                    delay = backoff_s(failures, most=RETRY_MOST_S)
                    failures += 1
                    log.warning("creating run topics failed (%r); again in %s s", exc, delay)
                    await asyncio.sleep(delay)
                    continue
                failures = 0
                self.created += len(ids)
                async with self._added:
                    self._ready.extend(ids)
                    self._added.notify_all()
