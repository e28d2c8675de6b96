"""Lookups asked together go to Postgres together: one query for many keys.

A club's burst of 500 requests asks for 500 tokens and 500 memberships within a second.
One query each queues them all in the pool's line, and another organisation's request
waits behind the lot before its turn to be accepted can begin. Here the keys asked
while a query is on its way wait for it to return and then go together, as one query
(the DataLoader pattern): an idle api asks for one key at once, as before, and a busy
one asks a few queries of many keys. Each answer is as fresh as a query of its own
made at that moment: nothing is kept between batches.
"""

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# Answers for the keys found; a key missing from the answer is None.
Fetch = Callable[[list[K]], Awaitable[dict[K, V]]]


class Batched(Generic[K, V]):
    """`load(key)` answers from `fetch`, called with the keys asked meanwhile, at most
    `most` keys a query and `at_once` queries on their way at once."""

    def __init__(self, fetch: Fetch[K, V], *, most: int = 500, at_once: int = 2) -> None:
        self._fetch = fetch
        self.most = most
        self.at_once = at_once
        self._asked: dict[K, list[asyncio.Future[V | None]]] = {}
        self._running: set[asyncio.Task[None]] = set()
        self.queries = 0

    async def load(self, key: K) -> V | None:
        answer: asyncio.Future[V | None] = asyncio.get_running_loop().create_future()
        self._asked.setdefault(key, []).append(answer)
        self._send()
        return await answer

    def _send(self) -> None:
        while self._asked and len(self._running) < self.at_once:
            keys = list(self._asked)[: self.most]
            waiting = {key: self._asked.pop(key) for key in keys}
            self.queries += 1
            query = asyncio.get_running_loop().create_task(self._answer(waiting))
            self._running.add(query)
            query.add_done_callback(self._done)

    def _done(self, query: asyncio.Task[None]) -> None:
        self._running.discard(query)
        self._send()

    async def _answer(self, waiting: dict[K, list[asyncio.Future[V | None]]]) -> None:
        try:
            found = await self._fetch(list(waiting))
        except asyncio.CancelledError:  # the api is stopping
            _settle(waiting, lambda answer, _key: answer.cancel())
            raise
        except Exception as exc:
            _fail(waiting, exc)
        else:
            _settle(waiting, lambda answer, key: answer.set_result(found.get(key)))


def _fail(waiting: dict[K, list[asyncio.Future[V | None]]], error: Exception) -> None:
    _settle(waiting, lambda answer, _key: answer.set_exception(error))


def _settle(
    waiting: dict[K, list[asyncio.Future[V | None]]],
    settle: Callable[[asyncio.Future[V | None], K], object],
) -> None:
    for key, answers in waiting.items():
        for answer in answers:
            if not answer.done():  # a waiter that left (its request cancelled) is skipped
                settle(answer, key)
