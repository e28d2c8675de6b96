"""Run topics are created ahead, in batches; a claim never waits while the broker is healthy."""

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from api.kafka_gateway import KafkaGateway
from api.topic_pool import RunTopicPool
from schemas import topics
from schemas.settings import Settings
from tests.harness import eventually

pytestmark = pytest.mark.integration


async def listed(settings: Settings) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_servers)
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
