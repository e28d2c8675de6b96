"""Run topics created ahead of need, in batches, so accepting a request never waits for one.

A request claims a ready topic; its id becomes the request id. A background task keeps
`size` topics ready, creating them `batch` at a time once `batch` of them (or half of
`size`, if less) were claimed: one CreateTopics request per batch, not one per request.
Topics never claimed are deleted when the api stops, or by the janitor once they are old
(the id says when it was made).

When none is ready, claims wait in line per organisation and the topics, as they come,
go to the organisations in turn (`agents/fair_queue.py`): a club's burst of 500 that
empties the pool does not hold another organisation's request behind its own claims.
While claims wait, topics are made in small batches, so the first in line waits for a
few creations, not for a whole batch of `batch`.
"""

import asyncio
import collections
import contextlib
import logging
import math
import sys
from collections.abc import Awaitable, Callable

from agents.fair_queue import FairQueue
from schemas import topics
from schemas.backoff import backoff_s

log = logging.getLogger(__name__)

CreateTopics = Callable[[list[str]], Awaitable[None]]
DeleteTopics = Callable[[list[str]], Awaitable[None]]
# Waits until this many topic creations are allowed (a rate shared by every api process).
Pace = Callable[[int], Awaitable[None]]
# Kafka down: the pool tries again, slower and slower, at least every this many seconds.
RETRY_MOST_S = 5.0
# While claims wait, a refill makes topics in batches of this share of `batch`.
RUSH_SHARE = 8


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
        self.rush = max(1, math.ceil(self.batch / RUSH_SHARE))
        self._ready: collections.deque[str] = collections.deque()
        self._wanted = asyncio.Event()
        # Claims waiting for a topic, a line per organisation, served in turn (none is
        # ever counted as running: a claim is answered once and is gone).
        self._claims: FairQueue[asyncio.Future[str]] = FairQueue(sys.maxsize, sys.maxsize)
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

    @property
    def waiting(self) -> int:
        """Claims waiting for a topic."""
        return self._claims.waiting

    async def claim(self, timeout: float, org: str = "") -> str:
        """A request id whose run topic exists, for a request of `org`; PoolExhausted after
        `timeout` seconds."""
        if self._ready and not self._claims.waiting:
            return self._take()
        answer: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._claims.add(org, answer)
        self._wanted.set()
        try:
            async with asyncio.timeout(timeout):
                return await answer
        except TimeoutError:
            self._withdraw(org, answer)
            raise PoolExhausted(f"no run topic ready within {timeout:g} s") from None
        except BaseException:  # cancelled: the client went away
            self._withdraw(org, answer)
            raise

    def _withdraw(self, org: str, answer: "asyncio.Future[str]") -> None:
        """A claim that gave up leaves its line; a topic that reached it meanwhile goes
        back to the pool."""
        if self._claims.remove(org, answer):
            return
        if answer.done() and not answer.cancelled():
            self.give_back(answer.result())

    def give_back(self, request_id: str) -> None:
        """An unused claimed topic goes back to the front of the pool."""
        self._ready.appendleft(request_id)
        self._hand_out()

    def _take(self) -> str:
        request_id = self._ready.popleft()
        if len(self._ready) <= self.low:
            self._wanted.set()
        return request_id

    def _hand_out(self) -> None:
        """Ready topics to waiting claims, one organisation after another."""
        while self._ready and (taken := self._claims.take()) is not None:
            org, answer = taken
            self._claims.finished(org)
            if not answer.done():  # else its claim was cancelled and is gone
                answer.set_result(self._take())

    async def _refill(self) -> None:
        failures = 0
        while True:
            await self._wanted.wait()
            self._wanted.clear()
            while len(self._ready) < self.size or self._claims.waiting:
                most = self.rush if self._claims.waiting else self.batch
                wanted = max(1, min(most, self.size - len(self._ready)))
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
                self._ready.extend(ids)
                self._hand_out()
