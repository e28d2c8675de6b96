"""One consumer of run-topic partitions, fanning each partition out to its followers.

A follower joins a partition from an offset; the reader adds the partition to its
assignment (batched: assignment changes are applied between fetches, never faster than
fetches return), rewinds it if the newcomer needs earlier records, and hands every record,
decoded once, to each follower that has not seen it. When a partition's last follower
leaves, it is dropped at the next change. The api runs two of these (api/run_reader.py):
one for newcomers, one for the partitions that have settled.
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from api.fetch_sizing import fetch_min_bytes, fetch_wait_ms
from api.run_records import Followers, RunRecord, RunSubscription
from projections.kafka_client import client_options
from schemas import topics
from schemas.events import Event, UndecodableEvent, decode_event
from schemas.log_position import from_headers
from schemas.settings import Settings

log = logging.getLogger(__name__)

POLL_MS = 20
# aiokafka drops the fetch in flight at every change of assignment: with the assignment
# changing faster than a fetch returns (a burst's streams coming and going), nothing
# would be read at all. So a change waits until a fetch under the current assignment has
# returned records, or until this many fetch waits have passed (nothing to read), and a
# partition whose last follower left stays assigned (its records ignored) until the next
# change, or at most STALE_S.
WAITS_PER_CHANGE = 3
STALE_S = 5.0
MAX_RECORDS = 2000


class PartitionReader:
    """One consumer. `on_records(partition)` is called after a partition's records reached
    its followers; `on_taken(partitions)` once a fetch under a new assignment has returned
    (or had time to)."""

    def __init__(
        self,
        settings: Settings,
        assign_every_s: float,
        on_records: Callable[[TopicPartition], None] | None = None,
        on_taken: Callable[[Iterable[TopicPartition]], None] | None = None,
    ) -> None:
        self.settings = settings
        self.assign_every_s = assign_every_s
        self._on_records = on_records
        self._on_taken = on_taken
        self._consumer: AIOKafkaConsumer | None = None
        self.followed: dict[TopicPartition, Followers] = {}
        # The next offset the consumer reads for each followed partition.
        self.positions: dict[TopicPartition, int] = {}
        self._dirty = False
        # Assigned partitions nobody follows any more, since when (None: none).
        self._stale_since: float | None = None
        # Whether a fetch returned records since the last change of assignment.
        self._fetched = False
        # Whether `on_taken` is still to be told of the last change.
        self._taking = False
        # What the consumer is assigned (followed, or stale).
        self._assigned: set[TopicPartition] = set()
        # Partitions rewound for a newcomer: what a fetch in flight returns for them is stale.
        self._rewound: set[TopicPartition] = set()
        self._wake = asyncio.Event()
        self._applied_at = 0.0
        self._idle = False
        self._parked = False
        self._task: asyncio.Task[None] | None = None

    @property
    def idle(self) -> bool:
        """True while the reader waits for its first follower, holding no partition."""
        return self._idle

    def start(self, name: str) -> None:
        self._task = asyncio.create_task(self._run(), name=name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            with contextlib.suppress(Exception):
                await self._consumer.stop()

    def join(self, partition: TopicPartition, follower: RunSubscription, offset: int) -> None:
        """Follow `partition` from `offset`."""
        self.take(partition, {follower}, offset)

    def take(self, partition: TopicPartition, followers: Followers, offset: int) -> None:
        """Read `partition` from `offset` for `followers` (joining any it has)."""
        stale = partition not in self.followed and partition in self._assigned
        self.followed.setdefault(partition, set()).update(followers)
        if stale or self.positions.get(partition, offset + 1) > offset:
            # Still assigned, its fetched records are past what the newcomer needs, or
            # (stale) were dropped unread: ignored until the seek of the next change.
            if stale or partition in self.positions:
                self._rewound.add(partition)
            self.positions[partition] = offset
            self._dirty = True
        self._wake.set()

    def leave(self, partition: TopicPartition, follower: RunSubscription) -> None:
        group = self.followed.get(partition)
        if group is not None:
            group.discard(follower)
            if not group:
                self.drop(partition)

    def drop(self, partition: TopicPartition) -> None:
        """Stop reading `partition` for anyone (at the next change)."""
        if self.followed.pop(partition, None) is None:
            return
        self.positions.pop(partition, None)
        self._rewound.discard(partition)
        if self._stale_since is None:
            self._stale_since = time.monotonic()

    def change_soon(self) -> None:
        """Apply what changed at the next change due, stale partitions too."""
        if self._stale_since is not None:
            self._dirty = True

    async def _run(self) -> None:
        while True:
            try:
                await self._serve()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Kafka gone: a new consumer once it is back
                log.warning("run-topic reader failed (%r); reconnecting", exc)
                await self._close()
                await asyncio.sleep(1)

    async def _serve(self) -> None:
        consumer = await self._connect()
        while True:
            if not self.followed:
                if self._dirty or self._stale_since is not None:
                    self._apply_assignment(consumer)
                self._wake.clear()
                self._idle = True
                await self._wake.wait()
                self._idle = False
                continue
            poll_ms = POLL_MS
            if self._dirty or self._stale_too_long():
                # Each change of assignment costs a metadata request for every followed
                # topic: a burst of newcomers is taken in one change, not one each. An
                # empty assignment is replaced at once (a fetch would wait on it forever),
                # and so is a parked one (no followers are being batched).
                due = self._applied_at + self._change_every_s(consumer) - time.monotonic()
                if due <= 0 or self._parked or not consumer.assignment():
                    self._apply_assignment(consumer)
                    self._applied_at = time.monotonic()
                else:
                    poll_ms = max(1, min(POLL_MS, int(due * 1000)))
            batches = await consumer.getmany(timeout_ms=poll_ms, max_records=MAX_RECORDS)
            if batches:
                self._fetched = True
            for partition, records in batches.items():
                self._dispatch(partition, records)
            if self._taking and (self._fetched or self._waited_a_fetch(consumer)):
                self._taking = False
                if self._on_taken is not None:
                    self._on_taken(set(self._assigned))

    def _change_every_s(self, consumer: AIOKafkaConsumer) -> float:
        """How long the current assignment stands before the next change."""
        if self._fetched:
            return self.assign_every_s
        return max(self.assign_every_s, WAITS_PER_CHANGE * self._fetch_wait_s(consumer))

    def _waited_a_fetch(self, consumer: AIOKafkaConsumer) -> bool:
        """Whether a fetch under the current assignment has had time to return."""
        waited = time.monotonic() - self._applied_at
        return waited > WAITS_PER_CHANGE * self._fetch_wait_s(consumer)

    def _fetch_wait_s(self, consumer: AIOKafkaConsumer) -> float:
        fetcher = getattr(consumer, "_fetcher", None)
        wait_ms = getattr(fetcher, "_fetch_max_wait_ms", self.settings.reader_fetch_wait_ms)
        return float(wait_ms) / 1000

    def _stale_too_long(self) -> bool:
        since = self._stale_since
        return since is not None and time.monotonic() - since > STALE_S

    async def _connect(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            consumer = AIOKafkaConsumer(
                **client_options(self.settings),
                group_id=None,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                fetch_max_wait_ms=self.settings.reader_fetch_wait_ms,
            )
            await consumer.start()
            self._consumer = consumer
            self._parked = False
            self._dirty = True
        return self._consumer

    async def _close(self) -> None:
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            with contextlib.suppress(KafkaError, OSError):
                await consumer.stop()

    def _apply_assignment(self, consumer: AIOKafkaConsumer) -> None:
        self._dirty = False
        self._stale_since = None
        self._fetched = False
        self._rewound.clear()
        self._assigned = set(self.followed)
        self._set_fetch_wait(consumer)
        if not self.followed:
            self._park(consumer)
            return
        self._parked = False
        self._taking = True
        consumer.assign(list(self.followed))
        for partition, offset in self.positions.items():
            consumer.seek(partition, offset)

    def _park(self, consumer: AIOKafkaConsumer) -> None:
        """Hold one partition of the commands topic, paused, while nobody follows anything.

        To aiokafka an empty assignment means metadata of every topic in the cluster (one
        such request each time the last follower leaves, and at each periodic refresh): the
        parked partition keeps its requests to one topic that always exists, and nothing is
        fetched from it. A consumer that never had partitions is left as it is.
        """
        if self._parked or not consumer.assignment():
            return
        parked = TopicPartition(topics.commands_topic(self.settings.topic_prefix), 0)
        consumer.assign([parked])
        consumer.pause(parked)
        self._parked = True

    def _set_fetch_wait(self, consumer: AIOKafkaConsumer) -> None:
        """Fit the broker's fetch wait and minimum to the partitions followed (aiokafka reads
        both from its fetcher for each request it builds; there is no public setter)."""
        fetcher = getattr(consumer, "_fetcher", None)
        if fetcher is None:
            return
        followed = len(self.followed)
        if hasattr(fetcher, "_fetch_max_wait_ms"):
            most = self.settings.reader_fetch_wait_ms
            fetcher._fetch_max_wait_ms = fetch_wait_ms(followed, most)
        if hasattr(fetcher, "_fetch_min_bytes"):
            fetcher._fetch_min_bytes = fetch_min_bytes(followed)

    def _dispatch(self, partition: TopicPartition, records: list[Any]) -> None:
        followers = self.followed.get(partition)
        if not followers or not records or partition in self._rewound:
            return
        for record in records:
            event = self._decode(partition, record)
            if event is not None:
                decoded = RunRecord(record.offset, event, from_headers(record.headers))
                for follower in followers:
                    if record.offset >= follower.next_offset:
                        follower.next_offset = record.offset + 1
                        follower.queue.put_nowait(decoded)
        self.positions[partition] = records[-1].offset + 1
        if self._on_records is not None:
            self._on_records(partition)

    @staticmethod
    def _decode(partition: TopicPartition, record: object) -> Event | None:
        value = getattr(record, "value", None)
        if value is None:
            return None
        try:
            return decode_event(value)
        except UndecodableEvent as exc:
            log.warning("skipping undecodable record %s@%s: %s", partition, record, exc)
            return None
