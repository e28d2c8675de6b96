"""The api's reader of run topics: two consumers fan each topic out to its followers.

A stream's topic is first read by the newcomers' consumer, which changes its small
assignment often, so a new stream hears of its first record within a short fetch. Once a
topic's records have started to reach its followers, the topic is handed to the settled
consumer, which changes its assignment at most once a second: a burst's newcomers join it
in one change, not one each. Every change of assignment drops the fetch in flight for all
the partitions the consumer holds, so with one consumer a burst of 500 streams arriving
over seconds kept every stream's records waiting (the relay's p50 rose to 1.1 s during the
intake); the split keeps that churn among the newcomers.

The newcomers' consumer keeps reading a handed topic until the settled one has fetched
under its new assignment, so nothing waits in between; a follower that gets a record
from both sees it once (records reach a follower in offset order, from `next_offset`).
No broker client is opened per request.
"""

import contextlib
from collections.abc import AsyncIterator, Iterable

from aiokafka import TopicPartition

from api.partition_reader import PartitionReader
from api.run_records import RunSubscription
from schemas import topics
from schemas.settings import Settings

ASSIGN_EVERY_S = 0.1
SETTLED_EVERY_S = 1.0


class RunTopicReader:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.newcomers = PartitionReader(settings, ASSIGN_EVERY_S, on_records=self._hand_over)
        self.settled = PartitionReader(settings, SETTLED_EVERY_S, on_taken=self._taken_over)
        # Topics the settled consumer reads that the newcomers' consumer still reads too.
        self._handed: set[TopicPartition] = set()

    @property
    def followers(self) -> int:
        groups = (*self.newcomers.followed.values(), *self.settled.followed.values())
        return len(set().union(*groups))

    @property
    def partitions(self) -> int:
        return len(self.newcomers.followed.keys() | self.settled.followed.keys())

    @property
    def idle(self) -> bool:
        """True while the reader waits for its first follower, holding no partition."""
        return self.newcomers.idle and self.settled.idle

    @property
    def assign_every_s(self) -> float:
        return self.newcomers.assign_every_s

    @assign_every_s.setter
    def assign_every_s(self, seconds: float) -> None:
        """The least time between changes of assignment, for both consumers (tests)."""
        self.newcomers.assign_every_s = seconds
        self.settled.assign_every_s = seconds

    def start(self) -> None:
        self.newcomers.start("run-topic-reader-newcomers")
        self.settled.start("run-topic-reader-settled")

    async def stop(self) -> None:
        await self.newcomers.stop()
        await self.settled.stop()

    @contextlib.asynccontextmanager
    async def follow(self, request_id: str, from_offset: int = 0) -> AsyncIterator[RunSubscription]:
        """Follow a request's run topic from `from_offset` until the block ends."""
        partition = TopicPartition(topics.run_topic(request_id, self.settings.topic_prefix), 0)
        follower = RunSubscription(from_offset)
        if partition in self.settled.followed:
            self.settled.join(partition, follower, from_offset)
        if partition not in self.settled.followed or partition in self._handed:
            # New, or handed and not yet taken over: the newcomers' consumer serves it
            # without waiting for the settled consumer's next change.
            self.newcomers.join(partition, follower, from_offset)
        try:
            yield follower
        finally:
            self.newcomers.leave(partition, follower)
            self.settled.leave(partition, follower)
            if partition not in self.newcomers.followed:
                self._handed.discard(partition)

    def _hand_over(self, partition: TopicPartition) -> None:
        """A topic's records reach its followers: the settled consumer takes it over from
        where the newcomers' consumer has read (its followers have everything before)."""
        group = self.newcomers.followed.get(partition)
        if partition in self._handed or not group:
            return
        self._handed.add(partition)
        self.settled.take(partition, set(group), self.newcomers.positions[partition])

    def _taken_over(self, partitions: Iterable[TopicPartition]) -> None:
        """The settled consumer reads these now: the newcomers' consumer lets them go."""
        for partition in self._handed.intersection(partitions):
            self._handed.discard(partition)
            self.newcomers.drop(partition)
        self.newcomers.change_soon()
