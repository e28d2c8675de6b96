"""The log's topics (`coach.commands`, `coach.events`) and how they are created.

The api and the worker both create them at start (whichever comes first); creating
an existing topic is success. Run topics are the api's and are created elsewhere, with
the settings `run_topic_configs` decides here.
"""

import asyncio
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from projections.kafka_client import client_options
from schemas import topics
from schemas.settings import Settings

TOPIC_ALREADY_EXISTS = 36
MIN_INSYNC = "min.insync.replicas"
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
    durable = {MIN_INSYNC: str(settings.min_insync_replicas)}
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


def evaluations_topic(settings: Settings) -> NewTopic:
    """Prompt evaluations' own topic, kept like the log; one partition keeps every run in order
    (evaluations are few, their events small)."""
    return NewTopic(
        topics.evaluations_topic(settings.topic_prefix),
        num_partitions=1,
        replication_factor=settings.replication_factor,
        topic_configs={**LOG_TOPIC_CONFIG, MIN_INSYNC: str(settings.min_insync_replicas)},
    )


async def ensure_evaluations_topic(settings: Settings) -> None:
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        await ensure_topics(admin, [evaluations_topic(settings)])
    finally:
        await admin.close()


async def run_topic_configs(admin: AIOKafkaAdminClient, settings: Settings) -> dict[str, str]:
    """What a run topic must set on itself: nothing where the brokers' default holds.

    Every topic-level setting is a record in the cluster's metadata, and a broker copies
    all of them whenever one is added or removed: with a few thousand run topics each
    carrying two, that copy was half of the broker's CPU per draft. So a run topic takes
    `min.insync.replicas` from the brokers when every broker's default is at least the
    wanted value (the local cluster's is 2), and carries it only where it is not.
    """
    wanted = settings.min_insync_replicas
    if wanted <= 1 or await brokers_min_insync(admin) >= wanted:
        return {}
    return {MIN_INSYNC: str(wanted)}


async def brokers_min_insync(admin: AIOKafkaAdminClient) -> int:
    """The lowest `min.insync.replicas` a broker gives a topic that does not set its own."""
    cluster = await admin.describe_cluster()
    resources = [
        ConfigResource(ConfigResourceType.BROKER, str(broker["node_id"]), {MIN_INSYNC: None})
        for broker in cluster["brokers"]
    ]
    values = [
        int(entry["config_value"])
        for entry in await config_entries(admin, resources)
        if entry["config_names"] == MIN_INSYNC
    ]
    return min(values) if len(values) == len(resources) else 1


async def config_entries(
    admin: AIOKafkaAdminClient, resources: list[ConfigResource]
) -> list[dict[str, Any]]:
    """Every setting DescribeConfigs gives for `resources`, each with its resource's name;
    a resource answered with an error gives none."""
    return [
        {**entry, "resource_name": resource["resource_name"]}
        for response in await admin.describe_configs(resources)
        for resource in response.to_object()["resources"]
        if resource["error_code"] == 0
        for entry in resource["config_entries"]
    ]


async def ensure_log_topics(settings: Settings, timeout: float = 60.0) -> None:
    """Create the log topics and wait until the broker lists them."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        wanted = log_topics(settings)
        await ensure_topics(admin, wanted)
        async with asyncio.timeout(timeout):
            while not {t.name for t in wanted} <= set(await admin.list_topics()):
                await asyncio.sleep(0.2)
    finally:
        await admin.close()
