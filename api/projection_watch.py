"""The projector's position as Postgres announces it: reads of a finished generation wait
on it (read your writes).

The projector's position table notifies a channel of its schema in the transaction
that stores each position (migration 0006), so a notification arrives only once the
rows it covers are visible. One listening connection per api process; a read that needs
a position first registers, then reads the table (a commit in between is seen by one or
the other), then waits for the notification, up to its bound.
"""

import asyncio
import contextlib
import hashlib
import logging

import asyncpg

from projections.database import connect
from projections.generations import NAME as GENERATIONS
from schemas import topics
from schemas.backoff import backoff_s
from schemas.log_position import LogPosition
from schemas.settings import Settings

log = logging.getLogger(__name__)


def channel_of(schema: str) -> str:
    """The schema's notification channel (as migration 0006 names it)."""
    return "coach_projected_" + hashlib.md5(schema.encode()).hexdigest()[:16]


class ProjectionWatch:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.channel = channel_of(settings.database_schema)
        self.topic = topics.events_topic(settings.topic_prefix)
        # The next offset the projection has applied, per partition, as last heard.
        self._next: dict[int, int] = {}
        self._waiting: dict[int, set[tuple[int, asyncio.Future[None]]]] = {}
        self._task: asyncio.Task[None] | None = None
        self.listening = asyncio.Event()

    def start(self) -> None:
        self._task = asyncio.create_task(self._listen(), name="projection-watch")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def reached(self, pool: asyncpg.Pool, position: LogPosition, wait_s: float) -> bool:
        """True once the projection has applied the event at `position` (False if it has not
        after `wait_s` seconds)."""
        if self._passed(position):
            return True
        loop = asyncio.get_running_loop()
        waiter = (position.offset, loop.create_future())
        self._waiting.setdefault(position.partition, set()).add(waiter)
        try:
            await self._read_table(pool, position.partition)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(waiter[1]), wait_s)
                return True
            # The notification may have been lost with the listening connection.
            await self._read_table(pool, position.partition)
            return self._passed(position)
        finally:
            self._waiting[position.partition].discard(waiter)

    def _passed(self, position: LogPosition) -> bool:
        return self._next.get(position.partition, 0) > position.offset

    async def _read_table(self, pool: asyncpg.Pool, partition: int) -> None:
        stored = await pool.fetchval(
            """SELECT next_offset FROM projection_offsets
               WHERE projection = $1 AND topic = $2 AND partition = $3""",
            GENERATIONS,
            self.topic,
            partition,
        )
        if stored is not None:
            self._advance(partition, stored)

    def _advance(self, partition: int, next_offset: int) -> None:
        if next_offset <= self._next.get(partition, 0):
            return
        self._next[partition] = next_offset
        for offset, future in self._waiting.get(partition, ()):
            if offset < next_offset and not future.done():
                future.set_result(None)

    def _notified(self, conn: object, pid: int, channel: str, payload: str) -> None:
        projection, partition, next_offset = payload.split(" ")
        if projection == GENERATIONS:
            self._advance(int(partition), int(next_offset))

    async def _listen(self) -> None:
        failures = 0
        while True:
            try:
                conn = await connect(self.settings)
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("projection watch cannot connect (%r); again soon", exc)
                await asyncio.sleep(backoff_s(failures, most=10))
                failures += 1
                continue
            try:
                await self._serve(conn)
                failures = 0
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("projection watch lost its connection (%r)", exc)
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(conn.close(), 5)

    async def _serve(self, conn: asyncpg.Connection) -> None:
        """Listen on the connection until it closes."""
        closed = asyncio.Event()
        conn.add_termination_listener(lambda _conn: closed.set())
        await conn.add_listener(self.channel, self._notified)
        self.listening.set()
        await closed.wait()
