"""Where the real Kafka and Postgres come from, and per-test isolation on them.

Order: COACH_KAFKA_BOOTSTRAP / COACH_DATABASE_URL when set; else testcontainers
where a Docker engine answers; else the project's own scripts (started or reused).
Each test gets its own topic prefix and its own Postgres schema.
"""

import asyncio
import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from schemas.settings import Settings

if TYPE_CHECKING:
    from tests.brokers import KafkaCluster, PrivateBroker

ROOT = Path(__file__).resolve().parent.parent


# Tests make many requests with one token: rate limits and stream caps out of their way
# (the tests of those limits, and the burst with the default limits, set their own).
UNLIMITED: dict[str, Any] = {
    "user_rate_burst": 1_000_000,
    "org_rate_burst": 1_000_000,
    "topic_create_per_s": 1_000_000.0,
    "sse_streams_per_user": 100_000,
}


@dataclass(frozen=True)
class Services:
    kafka_bootstrap: str
    database_url: str


@pytest.fixture(scope="session")
def services() -> Iterator[Services]:
    kafka = os.environ.get("COACH_KAFKA_BOOTSTRAP")
    database = os.environ.get("COACH_DATABASE_URL")
    if kafka and database:
        yield Services(kafka, database)
        return
    from tests import containers

    if containers.docker_answers():
        with containers.running_services() as (kafka_bootstrap, database_url):
            yield Services(kafka_bootstrap, database_url)
        return
    for script in ("kafka.sh", "postgres.sh"):
        subprocess.run([str(ROOT / "scripts" / script), "start"], check=True)
    yield Services(
        kafka or f"127.0.0.1:{os.environ.get('COACH_KAFKA_PORT', '19092')}",
        database
        or f"postgresql://coach@127.0.0.1:{os.environ.get('COACH_PG_PORT', '15432')}/coach",
    )


@pytest.fixture
async def settings(services: Services) -> AsyncIterator[Settings]:
    """Settings isolated to this test: own topic prefix, own migrated schema."""
    from projections.migrate import migrate

    suffix = uuid.uuid4().hex[:10]
    isolated = Settings(
        kafka_bootstrap=services.kafka_bootstrap,
        database_url=services.database_url,
        database_schema=f"t_{suffix}",
        topic_prefix=f"t{suffix}.",
        commands_partitions=2,
        events_partitions=2,
        sync_timeout_s=60,
        sse_ping_s=1,
        # A test's api needs a handful of run topics, not the 256 a real one keeps ready.
        topic_pool_size=8,
        topic_pool_batch=8,
        # Tests that read the worker's or the projector's metrics give them a free port.
        worker_metrics_port=0,
        projector_metrics_port=0,
        **UNLIMITED,
    )
    await migrate(isolated.database_url, isolated.database_schema)
    yield isolated
    import asyncpg

    from tests.topic_cleanup import delete_topics_with_prefix

    await delete_topics_with_prefix(isolated.kafka_bootstrap, isolated.topic_prefix)

    conn = await asyncpg.connect(isolated.database_url)
    try:
        await asyncio.wait_for(
            conn.execute(f'DROP SCHEMA IF EXISTS "{isolated.database_schema}" CASCADE'), 30
        )
    finally:
        await conn.close()


@contextlib.asynccontextmanager
async def isolated_settings(
    kafka_bootstrap: str, database_url: str, **overrides: Any
) -> AsyncIterator[Settings]:
    """Settings on the given Kafka with their own topic prefix and migrated schema."""
    from projections.migrate import migrate

    suffix = uuid.uuid4().hex[:10]
    fields: dict[str, Any] = {
        "database_schema": f"t_{suffix}",
        "topic_prefix": f"t{suffix}.",
        "commands_partitions": 2,
        "events_partitions": 2,
        "sync_timeout_s": 60,
        "sse_ping_s": 1,
        **UNLIMITED,
        **overrides,
    }
    isolated = Settings(kafka_bootstrap=kafka_bootstrap, database_url=database_url, **fields)
    await migrate(isolated.database_url, isolated.database_schema)
    try:
        yield isolated
    finally:
        import asyncpg

        from tests.topic_cleanup import delete_topics_with_prefix

        await delete_topics_with_prefix(isolated.kafka_bootstrap, isolated.topic_prefix)

        conn = await asyncpg.connect(isolated.database_url)
        try:
            await asyncio.wait_for(
                conn.execute(f'DROP SCHEMA IF EXISTS "{isolated.database_schema}" CASCADE'), 30
            )
        finally:
            await conn.close()


@pytest.fixture(scope="module")
def private_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator["PrivateBroker"]:
    """A single broker of this module's own (free ports, temporary data), stopped after."""
    from tests.brokers import PrivateBroker

    broker = PrivateBroker.create(tmp_path_factory.mktemp("kafka"))
    broker.start()
    try:
        yield broker
    finally:
        with contextlib.suppress(OSError, ValueError):
            broker.resume()  # a test that failed mid-pause must not leave it frozen
        broker.stop()
        shutil.rmtree(broker.data, ignore_errors=True)


@pytest.fixture(scope="module")
def kafka_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator["KafkaCluster"]:
    """Three broker+controller nodes of this module's own, stopped after."""
    from tests.brokers import KafkaCluster

    cluster = KafkaCluster.create(tmp_path_factory.mktemp("kafka-cluster"))
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.data, ignore_errors=True)
