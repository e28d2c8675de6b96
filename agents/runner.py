"""Runs many commands at once and acknowledges them in offset order, per partition.

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


@dataclass
class Held:
    """A request this worker runs: its task, partition and the deliveries it answers."""

    task: asyncio.Task[Any]
    partition: Any
    entries: list[Entry] = field(default_factory=list)


Handle = Callable[[PlanRequested], Awaitable[Any]]


class CommandRunner:
    def __init__(self, handle: Handle, concurrency: int) -> None:
        self._handle = handle
        self._slots = asyncio.Semaphore(concurrency)
        self._pending: dict[Any, collections.deque[Entry]] = {}
        self._held: dict[str, Held] = {}
        self.skipped = 0

    @property
    def held(self) -> list[str]:
        """The request ids this worker runs (or waits to run) now."""
        return list(self._held)

    @property
    def running(self) -> int:
        return len(self._held)

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
            task = asyncio.create_task(self._run(requested), name=f"command-{offset}")
            held = Held(task, partition)
            self._held[requested.request_id] = held
            task.add_done_callback(functools.partial(self._finished, requested.request_id))
        # A redelivery of a command this worker still runs waits for that run to end.
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

    async def _run(self, requested: PlanRequested) -> None:
        async with self._slots:
            await self._handle(requested)

    def _finished(self, request_id: str, task: asyncio.Task[Any]) -> None:
        held = self._held.pop(request_id)
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
        """Stop running what now belongs to another worker: it will run it as a new attempt."""
        mine = set(partitions)
        for held in list(self._held.values()):
            if held.partition not in mine:
                held.task.cancel()

    async def stop(self) -> None:
        tasks = [held.task for held in self._held.values()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
