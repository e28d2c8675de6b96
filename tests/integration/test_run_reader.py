"""The api's one shared run-topic reader: each follower sees exactly its request's events."""

import asyncio
import contextlib

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition

from api.partition_reader import PartitionReader
from api.run_reader import RunTopicReader
from api.run_records import RunSubscription
from projections.kafka_client import client_options
from schemas import topics
from schemas.events import GenerationProgress, encode_event
from schemas.settings import Settings
from tests.harness import eventually, make_run_topics
from tests.unit.events_factory import event

pytestmark = pytest.mark.integration

TOPICS = 12
RECORDS = 5


def progress(request_id: str, seq: int) -> bytes:
    item = event(GenerationProgress, seq=seq, status="s", message=f"m{seq}", progress=seq)
    return encode_event(item.model_copy(update={"request_id": request_id}))


async def write(settings: Settings, request_ids: list[str], seqs: range) -> None:
    producer = AIOKafkaProducer(**client_options(settings))
    await producer.start()
    try:
        for seq in seqs:
            for rid in request_ids:
                await producer.send(
                    topics.run_topic(rid, settings.topic_prefix), progress(rid, seq)
                )
        await producer.flush()
    finally:
        await producer.stop()


async def take(follower: RunSubscription, count: int) -> list[tuple[int, str, int]]:
    got = []
    for _ in range(count):
        offset, item = await asyncio.wait_for(follower.next(), 30)
        got.append((offset, item.request_id, item.seq))
    return got


async def test_reader_fans_out_each_topic_to_its_own_followers(settings: Settings) -> None:
    request_ids = [topics.new_request_id() for _ in range(TOPICS)]
    await make_run_topics(settings, request_ids)
    await write(settings, request_ids, range(RECORDS))
    reader = RunTopicReader(settings)
    reader.start()
    try:
        async with contextlib.AsyncExitStack() as stack:
            from_start = {
                rid: await stack.enter_async_context(reader.follow(rid, 0)) for rid in request_ids
            }
            from_three = {
                rid: await stack.enter_async_context(reader.follow(rid, 3)) for rid in request_ids
            }
            assert reader.partitions == TOPICS and reader.followers == 2 * TOPICS
            for rid in request_ids:
                expected = [(seq, rid, seq) for seq in range(RECORDS)]
                assert await take(from_start[rid], RECORDS) == expected
                assert await take(from_three[rid], RECORDS - 3) == expected[3:]
            # Live records after the history; a late newcomer from 0 rewinds only for itself.
            await write(settings, request_ids, range(RECORDS, RECORDS + 2))
            late = await stack.enter_async_context(reader.follow(request_ids[0], 0))
            assert [seq for _, _, seq in await take(late, RECORDS + 2)] == list(range(7))
            for rid in request_ids:
                live = [(seq, rid, seq) for seq in range(RECORDS, RECORDS + 2)]
                assert await take(from_start[rid], 2) == live
                assert await take(from_three[rid], 2) == live
            for follower in (*from_start.values(), *from_three.values(), late):
                assert follower.queue.empty(), "a follower got a record twice or another's"

        async def released() -> bool:
            return reader.partitions == 0 and reader.followers == 0

        await eventually(released, 10, "followers that left to free their partitions")
    finally:
        await reader.stop()


async def test_a_newcomer_right_after_the_last_follower_left_is_served(settings: Settings) -> None:
    """One after another, as sequential clients do: the reader goes idle and wakes at once.

    A consumer left with no partitions waits in its next fetch for an assignment that only
    the reader itself can make; the reader must never fetch in that state.
    """
    request_ids = [topics.new_request_id() for _ in range(6)]
    await make_run_topics(settings, request_ids)
    await write(settings, request_ids, range(2))
    reader = RunTopicReader(settings)
    reader.assign_every_s = 5  # every newcomer comes within the batching window
    reader.start()
    try:
        for rid in request_ids:
            async with reader.follow(rid, 0) as follower:
                assert await take(follower, 2) == [(0, rid, 0), (1, rid, 1)]

            async def idle() -> bool:
                return reader.idle

            await eventually(idle, 10, "the reader to go idle once its last follower left")
    finally:
        await reader.stop()


async def test_a_newcomer_does_not_wait_out_the_fetch_in_flight(settings: Settings) -> None:
    """The broker answers a consumer's requests in order: a newcomer's first fetch comes
    after the fetch in flight for the partitions already followed. The reader shortens
    that wait for a few partitions, so with a 20 s ceiling a newcomer still hears of its
    records within seconds, every time."""
    held, *newcomers = [topics.new_request_id() for _ in range(4)]
    await make_run_topics(settings, [held, *newcomers])
    reader = RunTopicReader(settings.model_copy(update={"reader_fetch_wait_ms": 20_000}))
    reader.assign_every_s = 0
    reader.start()
    try:
        async with reader.follow(held, 0):
            for rid in newcomers:
                async with reader.follow(rid, 0) as follower:
                    await write(settings, [rid], range(1))
                    offset, item = await asyncio.wait_for(follower.next(), 10)
                    assert (offset, item.request_id) == (0, rid)
    finally:
        await reader.stop()


async def test_the_fetch_waits_for_more_bytes_the_more_partitions_are_followed(
    settings: Settings,
) -> None:
    """With hundreds of streams busy, a fetch per record would name every followed partition
    each time: the broker is asked to wait for ~64 bytes per followed partition (within the
    fetch wait). aiokafka has no public setter, so this checks the value reaches its fetcher."""
    request_ids = [topics.new_request_id() for _ in range(3)]
    await make_run_topics(settings, request_ids)
    await write(settings, request_ids, range(1))
    reader = PartitionReader(settings, assign_every_s=0)
    reader.start("test-partition-reader")
    try:
        followers = []
        for rid in request_ids:
            follower = RunSubscription(0)
            reader.join(
                TopicPartition(topics.run_topic(rid, settings.topic_prefix), 0), follower, 0
            )
            followers.append(follower)
        for rid, follower in zip(request_ids, followers, strict=True):
            offset, item = await asyncio.wait_for(follower.next(), 10)
            assert (offset, item.request_id) == (0, rid)
        fetcher = reader._consumer._fetcher  # type: ignore[union-attr]
        assert fetcher._fetch_min_bytes == 3 * 64
        assert fetcher._fetch_max_wait_ms == 10
    finally:
        await reader.stop()


CHURNED = 100


async def test_records_flow_while_followers_come_and_go_faster_than_a_fetch(
    settings: Settings,
) -> None:
    """A burst's streams start and end all the time; aiokafka drops the fetch in flight at
    each change of assignment. With 100 partitions a fetch waits up to 50 ms, and here a
    follower comes or goes every few ms with no batching at all (`assign_every_s = 0`),
    as the 0.1 s batching is with 500 partitions (a fetch waits 250 ms): a reader that
    changed its assignment at each turn would read nothing until the churn stopped. A
    held stream's records, written one every 20 ms, must keep reaching its follower."""
    held, *churned = [topics.new_request_id() for _ in range(CHURNED + 1)]
    await make_run_topics(settings, [held, *churned])
    reader = RunTopicReader(settings)
    reader.assign_every_s = 0
    reader.start()
    stop = asyncio.Event()

    async def churn() -> None:
        steady, coming = churned[: CHURNED // 2], churned[CHURNED // 2 :]
        async with contextlib.AsyncExitStack() as stack:
            for rid in steady:  # followed throughout: a fetch waits ~50 ms
                await stack.enter_async_context(reader.follow(rid, 0))
            turn = 0
            while not stop.is_set():
                async with reader.follow(steady[turn % len(steady)], 0):  # a rewind
                    await asyncio.sleep(0.002)
                async with reader.follow(coming[turn % len(coming)], 0):  # comes and goes
                    await asyncio.sleep(0.002)
                turn += 1

    async def writer() -> None:
        for seq in range(30):
            await write(settings, [held], range(seq, seq + 1))
            await asyncio.sleep(0.02)

    try:
        async with reader.follow(held, 0) as follower:
            churning = asyncio.create_task(churn())
            try:
                await writer()
                got = await take(follower, 30)
                assert [seq for _, _, seq in got] == list(range(30))
            finally:
                stop.set()
                await churning
    finally:
        await reader.stop()


HANDED = 20
LIVE = 40


async def test_a_topic_handed_to_the_settled_consumer_loses_and_repeats_nothing(
    settings: Settings,
) -> None:
    """A stream's topic starts with the newcomers' consumer and moves to the settled one
    once its records flow, while records keep coming: each follower sees every record once,
    in order, whether it came before the move, during it, or after it (a late follower from
    0 rewinds the settled consumer). Afterwards the newcomers' consumer holds nothing."""
    request_ids = [topics.new_request_id() for _ in range(HANDED)]
    await make_run_topics(settings, request_ids)
    reader = RunTopicReader(settings)
    reader.start()

    async def writer() -> None:
        for seq in range(LIVE):
            await write(settings, request_ids, range(seq, seq + 1))
            await asyncio.sleep(0.02)

    try:
        async with contextlib.AsyncExitStack() as stack:
            early = {
                rid: await stack.enter_async_context(reader.follow(rid, 0)) for rid in request_ids
            }
            writing = asyncio.create_task(writer())
            seen = await take(early[request_ids[0]], 1)

            async def handed() -> bool:
                return len(reader.settled.followed) == HANDED

            await eventually(handed, 20, "every topic to move to the settled consumer")
            late = {
                rid: await stack.enter_async_context(reader.follow(rid, 0)) for rid in request_ids
            }
            await writing
            for rid in request_ids:
                expected = [(seq, rid, seq) for seq in range(LIVE)]
                got = await take(early[rid], LIVE if rid != request_ids[0] else LIVE - 1)
                assert (got if rid != request_ids[0] else seen + got) == expected
                assert await take(late[rid], LIVE) == expected
            for follower in (*early.values(), *late.values()):
                assert follower.queue.empty(), "a follower got a record twice or another's"

            async def let_go() -> bool:
                return not reader.newcomers.followed

            await eventually(let_go, 20, "the newcomers' consumer to let the settled topics go")
            assert reader.partitions == HANDED and reader.followers == 2 * HANDED
    finally:
        await reader.stop()


async def test_a_newcomer_is_served_while_the_settled_consumer_waits_to_change(
    settings: Settings,
) -> None:
    """The settled consumer changes its assignment at most once a second (here never): a
    newcomer does not wait for it; the newcomers' consumer keeps serving a topic it has
    handed over until the settled one has taken it, a second follower of it too."""
    held, *newcomers = [topics.new_request_id() for _ in range(4)]
    await make_run_topics(settings, [held, *newcomers])
    reader = RunTopicReader(settings)
    reader.start()
    try:
        async with reader.follow(held, 0) as first:
            await write(settings, [held], range(1))
            await take(first, 1)

            partition = TopicPartition(topics.run_topic(held, settings.topic_prefix), 0)

            async def settled() -> bool:
                return partition in reader.settled._assigned and not reader.newcomers.followed

            await eventually(settled, 20, "the held topic to settle")
            reader.settled.assign_every_s = 3600  # the settled consumer takes nobody else
            for rid in newcomers:
                async with reader.follow(rid, 0) as follower:
                    for seq in range(3):
                        await write(settings, [rid], range(seq, seq + 1))
                        offset, item = await asyncio.wait_for(follower.next(), 10)
                        assert (offset, item.request_id, item.seq) == (seq, rid, seq)
                    # Handed over, not yet taken: a second follower is served at once too.
                    async with reader.follow(rid, 0) as again:
                        assert await take(again, 3) == [(seq, rid, seq) for seq in range(3)]
            await write(settings, [held], range(1, 2))
            assert await take(first, 1) == [(1, held, 1)]
    finally:
        await reader.stop()
