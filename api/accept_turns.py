"""Turns to accept: an api process accepts a few requests at once, organisations in turn.

Accepting is a handful of round trips (rate buckets, the ledger, two Kafka writes) and a
few ms of CPU. A club's burst of 500 arriving together would otherwise run all of them
interleaved, each through the same FIFO queues (the Postgres pool, the loop's turns), and
another organisation's single request would wait behind the whole burst. Here at most
`at_once` requests accept together; the next free turn goes to the organisation with
the fewest accepting (the policy of the worker's fair queue, `agents/fair_queue.py`), so
that request waits for one turn, not for 500.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator

from agents.fair_queue import FairQueue


class AcceptTurns:
    def __init__(self, at_once: int) -> None:
        self._queue: FairQueue[asyncio.Future[None]] = FairQueue(at_once, at_once)

    @property
    def accepting(self) -> int:
        return self._queue.running

    @property
    def waiting(self) -> int:
        return self._queue.waiting

    @contextlib.asynccontextmanager
    async def turn(self, org_id: str) -> AsyncIterator[None]:
        """Wait for the organisation's turn, then hold it while the body runs."""
        granted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.add(org_id, granted)
        self._grant()
        try:
            await granted
        except asyncio.CancelledError:
            # Gone while waiting (the client left): out of the line. A turn granted at the
            # same moment goes to the next (a cancelled future's turn was never counted).
            if not self._queue.remove(org_id, granted) and not granted.cancelled():
                self._end(org_id)
            raise
        try:
            yield
        finally:
            self._end(org_id)

    def _end(self, org_id: str) -> None:
        self._queue.finished(org_id)
        self._grant()

    def _grant(self) -> None:
        while (taken := self._queue.take()) is not None:
            org_id, granted = taken
            if granted.cancelled():  # its waiter is leaving: the turn passes on
                self._queue.finished(org_id)
            else:
                granted.set_result(None)
