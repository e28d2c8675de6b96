"""Runs many commands at once, fairly across organisations, and acknowledges them in
offset order, per partition.

Every delivered command is held at once (Faust's intake never waits), in its
organisation's line of a fair queue (`agents/fair_queue.py`): an organisation runs at
most `org_limit` at once, the worker `concurrency`, and a free slot goes to the
organisation with the fewest running. A command that cannot start yet is announced to
its stream (`progress` with `status: queued` and its place in line), and again each
time its place halves. Commands behind it on its partition start regardless: only
their acknowledgement waits.

Faust commits the highest offset below which everything was acknowledged, but it
trusts whatever is acknowledged; with generations finishing out of order that would
commit past a command still running. So the runner acknowledges a command only when
it and every command before it on its partition are done. A cancelled command (worker
stopping, partition moved to another worker) is never acknowledged: Kafka redelivers it.
"""

import asyncio
import collections
import functools
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from agents.fair_queue import FairQueue
from schemas.events import PlanRequested, UndecodableEvent, decode_event

log = logging.getLogger(__name__)


class Delivery(Protocol):
    """A delivered record that can be acknowledged (a Faust event)."""

    def ack(self) -> bool: ...


@dataclass(eq=False)
class Entry:
    offset: int
    delivery: Delivery
    done: bool = False


@dataclass(eq=False)
class Held:
    """A request this worker runs or holds in line: its partition, the deliveries it
    answers, its task once started, and the place in line its stream was last told."""

    requested: PlanRequested
    partition: Any
    entries: list[Entry] = field(default_factory=list)
    task: asyncio.Task[Any] | None = None
    told: int | None = None
    notices: int = 0


Handle = Callable[[PlanRequested], Awaitable[Any]]
# Tell a queued request's stream its place in its organisation's line (1 = next), in
# its n-th notice (1, 2, ...).
Announce = Callable[[PlanRequested, int, int], None]


def _silent(requested: PlanRequested, place: int, notice: int) -> None:
    return None


class CommandRunner:
    def __init__(
        self,
        handle: Handle,
        concurrency: int,
        org_limit: int | None = None,
        announce: Announce = _silent,
    ) -> None:
        self._handle = handle
        self._announce = announce
        self._queue: FairQueue[Held] = FairQueue(org_limit or concurrency, concurrency)
        self._pending: dict[Any, collections.deque[Entry]] = {}
        self._held: dict[str, Held] = {}
        self.skipped = 0

    @property
    def held(self) -> list[str]:
        """The request ids this worker runs (or holds in line) now."""
        return list(self._held)

    @property
    def running(self) -> int:
        """Commands this worker runs or holds in line."""
        return len(self._held)

    @property
    def queued(self) -> int:
        return self._queue.waiting

    def submit(self, partition: Any, offset: int, value: bytes | None, delivery: Delivery) -> None:
        """Start (or join) the handling of a delivered command; never blocks."""
        entry = Entry(offset, delivery)
        self._pending.setdefault(partition, collections.deque()).append(entry)
        requested = self._decode(partition, offset, value)
        if requested is None:
            self._done([entry])
            return
        held = self._held.get(requested.request_id)
        if held is None:
            held = Held(requested, partition)
            self._held[requested.request_id] = held
            self._queue.add(requested.org_id, held)
            self._start_what_may()
            if held.task is None:  # last in its organisation's line
                self._tell(held, self._queue.waiting_of(requested.org_id))
        # A redelivery of a command this worker still holds waits for that run to end.
        held.partition = partition
        held.entries.append(entry)

    def _decode(self, partition: Any, offset: int, value: bytes | None) -> PlanRequested | None:
        try:
            event = decode_event(value or b"")
        except UndecodableEvent as exc:
            problem = str(exc)
        else:
            if isinstance(event, PlanRequested):
                return event
            problem = f"a {event.type} event is not a command"
        # A poison record would crash every worker in turn; skip it, loudly.
        self.skipped += 1
        log.error("skipping undecodable command at %s@%d: %s", partition, offset, problem)
        return None

    def _start_what_may(self) -> None:
        while (taken := self._queue.take()) is not None:
            org, held = taken
            rid = held.requested.request_id
            held.task = asyncio.create_task(self._run(held.requested), name=f"command-{rid}")
            held.task.add_done_callback(functools.partial(self._finished, org, held))
            self._retell(org)

    async def _run(self, requested: PlanRequested) -> None:
        await self._handle(requested)

    def _tell(self, held: Held, place: int) -> None:
        held.told = place
        held.notices += 1
        try:
            self._announce(held.requested, place, held.notices)
        except Exception:  # a queued notice is a courtesy: it never stops the runner
            log.exception("announcing the place of %s failed", held.requested.request_id)

    def _retell(self, org: str) -> None:
        """Tell each of the organisation's queued requests its new place once it halved:
        a few notices per request (log2 of its first place), not one per start ahead."""
        for place, held in self._queue.line(org):
            if held.told is not None and place <= held.told // 2:
                self._tell(held, place)

    def _finished(self, org: str, held: Held, task: asyncio.Task[Any]) -> None:
        request_id = held.requested.request_id
        self._queue.finished(org)
        if self._held.get(request_id) is held:
            del self._held[request_id]
        self._start_what_may()
        if task.cancelled():
            return  # never acknowledged: redelivered, and a new attempt starts
        error = task.exception()
        if error is not None:
            log.error("handling %s crashed", request_id, exc_info=error)
        self._done(held.entries)

    def _done(self, entries: Iterable[Entry]) -> None:
        for entry in entries:
            entry.done = True
        for queue in self._pending.values():
            while queue and queue[0].done:
                queue.popleft().delivery.ack()

    def on_revoked(self, partitions: Iterable[Any]) -> None:
        """Faust forgets acks of revoked partitions, so their old deliveries must never ack."""
        for partition in partitions:
            self._pending.pop(partition, None)

    def on_assigned(self, partitions: Iterable[Any]) -> None:
        """Stop running (or holding) what now belongs to another worker: it will run it as
        a new attempt."""
        mine = set(partitions)
        for held in list(self._held.values()):
            if held.partition in mine:
                continue
            if held.task is not None:
                held.task.cancel()
            elif self._queue.remove(held.requested.org_id, held):
                del self._held[held.requested.request_id]

    async def stop(self) -> None:
        self._queue.clear()
        tasks = [held.task for held in self._held.values() if held.task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
