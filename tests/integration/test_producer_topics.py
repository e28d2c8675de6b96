"""A long-lived producer forgets the run topics it no longer writes to, and still writes."""

import contextlib
from collections.abc import AsyncIterator

import pytest
from aiokafka import AIOKafkaProducer

from projections.kafka_client import client_options
from projections.producer_topics import TrackedTopics
from schemas import topics
from schemas.settings import Settings
from tests.harness import eventually, make_run_topics

pytestmark = pytest.mark.integration


@contextlib.asynccontextmanager
async def wrote_once(
    settings: Settings, count: int
) -> AsyncIterator[tuple[AIOKafkaProducer, TrackedTopics, list[str]]]:
    """A producer that wrote one record to each of `count` new run topics, tracked (with
    windows too long to prune anything) as the services track theirs."""
    names = await make_run_topics(settings, [topics.new_request_id() for _ in range(count)])
    producer = AIOKafkaProducer(**client_options(settings), enable_idempotence=True)
    await producer.start()
    try:
        tracked = TrackedTopics(idle_s=3600, every_s=3600)
        for name in names:
            tracked.wrote(producer, name)
            await producer.send_and_wait(name, b"x")
        yield producer, tracked, names
    finally:
        await producer.stop()


async def test_tracked_topics_are_cut_back_and_a_forgotten_topic_is_written_again(
    settings: Settings,
) -> None:
    async with wrote_once(settings, 5) as (producer, tracked, names):
        # aiokafka asks for every topic it has written to at each metadata refresh.
        assert set(names) <= producer.client._topics
        tracked.idle_s = tracked.every_s = 0  # everything but the newest is idle now
        tracked.wrote(producer, names[-1])
        assert producer.client._topics == {names[-1]} and tracked.tracked == 1
        # A forgotten topic is written again: its metadata is simply fetched anew.
        tracked.wrote(producer, names[0])
        record = await producer.send_and_wait(names[0], b"y")
        assert record.offset == 1


async def test_expected_topics_are_known_before_their_first_write(settings: Settings) -> None:
    names = await make_run_topics(settings, [topics.new_request_id() for _ in range(3)])
    producer = AIOKafkaProducer(**client_options(settings), enable_idempotence=True)
    await producer.start()
    try:
        TrackedTopics().expect(producer, names, 600)

        async def known() -> bool:
            cluster = producer.client.cluster
            return all(cluster.partitions_for_topic(name) for name in names)

        # One metadata request for the batch, before anything is written to them.
        await eventually(known, 10, "the producer to learn the expected topics")
    finally:
        await producer.stop()


async def test_a_topic_forgotten_after_its_last_write_leaves_the_requests_at_once(
    settings: Settings,
) -> None:
    async with wrote_once(settings, 3) as (producer, tracked, names):
        tracked.forget(producer, names[0])
        # Well within the idle window: a finished generation's topic is named no more.
        assert producer.client._topics == set(names[1:]) and tracked.tracked == 2
        tracked.forget(producer, names[1])
        tracked.forget(producer, names[2])
        # Never emptied: to aiokafka an empty set would mean every topic in the cluster.
        assert producer.client._topics == {names[2]} and tracked.tracked == 0
        tracked.wrote(producer, names[0])
        record = await producer.send_and_wait(names[0], b"y")
        assert record.offset == 1
