"""What a follower of a run topic receives: decoded records, in offset order, once each."""

import asyncio
from dataclasses import dataclass, field

from schemas.events import Event
from schemas.log_position import LogPosition


@dataclass(frozen=True)
class RunRecord:
    """A decoded run-topic record: its offset, its event, and for a terminal event where
    the worker put it in the event log (a record header)."""

    offset: int
    event: Event
    log_position: LogPosition | None = None


@dataclass(eq=False)
class RunSubscription:
    """One reader of one run topic: records from `next_offset` on arrive in `queue`."""

    next_offset: int
    queue: asyncio.Queue[RunRecord] = field(default_factory=asyncio.Queue)

    async def next(self) -> tuple[int, Event]:
        record = await self.queue.get()
        return record.offset, record.event

    async def next_record(self) -> RunRecord:
        return await self.queue.get()


Followers = set[RunSubscription]
