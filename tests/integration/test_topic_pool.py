"""Run topics are created ahead, in batches; a claim never waits while the broker is healthy."""

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from api.kafka_gateway import KafkaGateway
from api.topic_pool import RunTopicPool
from projections.kafka_client import client_options
from projections.log_topics import config_entries
from schemas import topics
from schemas.settings import Settings
from tests.harness import eventually

pytestmark = pytest.mark.integration

# DescribeConfigs' source of a value set on the topic itself.
TOPIC_CONFIG = 1


async def listed(settings: Settings) -> set[str]:
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


async def test_pool_claims_distinct_existing_topics_and_refills(settings: Settings) -> None:
    gateway = KafkaGateway(settings)
    await gateway.start()
    pool = RunTopicPool(
        settings.topic_prefix, gateway.create_run_topics, gateway.delete_topics, size=8, batch=4
    )
    pool.start()
    try:
        claimed = [await pool.claim(timeout=30) for _ in range(20)]
        assert len(set(claimed)) == 20
        assert all(topics.request_id_time_ms(rid) for rid in claimed)
        names = {topics.run_topic(rid, settings.topic_prefix) for rid in claimed}

        async def exist() -> bool:
            return names <= await listed(settings)

        await eventually(exist, 30, "the claimed topics to be listed")

        async def refilled() -> bool:
            return pool.ready > pool.low

        await eventually(refilled, 30, "the pool to refill")
        assert pool.created == 20 + pool.ready
        waiting = {topics.run_topic(rid, settings.topic_prefix) for rid in list(pool._ready)}
    finally:
        await pool.stop()
        await gateway.stop()

    async def unclaimed_deleted() -> bool:
        return not waiting & await listed(settings)

    await eventually(unclaimed_deleted, 30, "unclaimed topics to be deleted at stop")
    assert names <= await listed(settings), "claimed topics belong to their requests"


async def own_settings(settings: Settings, topic: str) -> dict[str, str]:
    """The settings a topic carries itself, not from the brokers' defaults."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        entries = await config_entries(
            admin, [ConfigResource(ConfigResourceType.TOPIC, topic, None)]
        )
    finally:
        await admin.close()
    return {
        entry["config_names"]: entry["config_value"]
        for entry in entries
        if entry["config_source"] == TOPIC_CONFIG
    }


async def created_run_topic(settings: Settings) -> str:
    gateway = KafkaGateway(settings)
    await gateway.start()
    try:
        name = topics.run_topic(topics.new_request_id(), settings.topic_prefix)
        await gateway.create_run_topics([name])
    finally:
        await gateway.stop()
    return name


async def test_run_topics_set_nothing_the_brokers_default_holds(settings: Settings) -> None:
    # Each topic-level setting is metadata every broker copies at each change.
    name = await created_run_topic(settings)
    assert await own_settings(settings, name) == {}


async def test_run_topics_set_min_insync_where_the_brokers_default_is_lower(
    settings: Settings,
) -> None:
    # The local broker's default is 1: a run topic must then carry the wanted 2 itself.
    stricter = settings.model_copy(update={"min_insync_replicas": 2})
    name = await created_run_topic(stricter)
    assert await own_settings(settings, name) == {"min.insync.replicas": "2"}
