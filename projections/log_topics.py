"""The log's topics (`coach.commands`, `coach.events`) and how they are created.

The api and the worker both create them at start (whichever comes first); creating
an existing topic is success. Run topics are the api's and are created elsewhere.
"""

import asyncio

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from schemas import topics
from schemas.settings import Settings

TOPIC_ALREADY_EXISTS = 36
# The audit log is kept forever; run topics are deleted by the janitor instead.
LOG_TOPIC_CONFIG = {"retention.ms": "-1", "retention.bytes": "-1"}


class TopicError(Exception):
    """Kafka refused to create a topic."""


async def ensure_topics(admin: AIOKafkaAdminClient, new_topics: list[NewTopic]) -> None:
    """Create topics, treating 'already exists' as success and any other error as failure."""
    response = await admin.create_topics(new_topics)
    for topic_error in response.topic_errors:
        name, code = topic_error[0], topic_error[1]
        if code not in (0, TOPIC_ALREADY_EXISTS):
            raise TopicError(f"creating topic {name} failed with error code {code}")


def log_topics(settings: Settings) -> list[NewTopic]:
    durable = {"min.insync.replicas": str(settings.min_insync_replicas)}
    return [
        NewTopic(
            topics.commands_topic(settings.topic_prefix),
            num_partitions=settings.commands_partitions,
            replication_factor=settings.replication_factor,
            topic_configs=durable,
        ),
        NewTopic(
            topics.events_topic(settings.topic_prefix),
            num_partitions=settings.events_partitions,
            replication_factor=settings.replication_factor,
            topic_configs={**LOG_TOPIC_CONFIG, **durable},
        ),
    ]


async def ensure_log_topics(settings: Settings, timeout: float = 60.0) -> None:
    """Create the log topics and wait until the broker lists them."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_servers)
    await admin.start()
    try:
        wanted = log_topics(settings)
        await ensure_topics(admin, wanted)
        async with asyncio.timeout(timeout):
            while not {t.name for t in wanted} <= set(await admin.list_topics()):
                await asyncio.sleep(0.2)
    finally:
        await admin.close()
