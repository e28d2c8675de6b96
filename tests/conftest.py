"""Where the real Kafka and Postgres come from, and per-test isolation on them.

Order: COACH_KAFKA_BOOTSTRAP / COACH_DATABASE_URL (with COACH_DATABASE_OWNER_URL) when
set; else testcontainers where a Docker engine answers; else the project's own scripts
(started or reused). Each test gets its own topic prefix and its own Postgres schema,
which the owner role migrates and the tests use as the app role, as the processes do.
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


@dataclass(frozen=True)
class Services:
    kafka_bootstrap: str
    # The app's role (what the code under test connects as) and the owner's (migrations).
    database_url: str
    database_owner_url: str


def local_database_urls() -> tuple[str, str]:
    """The app's and the owner's URL of scripts/postgres.sh's cluster."""
    port = os.environ.get("COACH_PG_PORT", "15432")
    return (
        f"postgresql://coach_app@127.0.0.1:{port}/coach",
        f"postgresql://coach@127.0.0.1:{port}/coach",
    )


@pytest.fixture(scope="session")
def services() -> Iterator[Services]:
    kafka = os.environ.get("COACH_KAFKA_BOOTSTRAP")
    database = os.environ.get("COACH_DATABASE_URL")
    # A single-role deployment gives one URL: the owner is then the app too.
    owner = os.environ.get("COACH_DATABASE_OWNER_URL") or database
    if kafka and database and owner:
        yield Services(kafka, database, owner)
        return
    from tests import containers

    if containers.docker_answers():
        with containers.running_services() as (kafka_bootstrap, app_url, owner_url):
            yield Services(kafka_bootstrap, app_url, owner_url)
        return
    for script in ("kafka.sh", "postgres.sh"):
        subprocess.run([str(ROOT / "scripts" / script), "start"], check=True)
    app_url, owner_url = local_database_urls()
    yield Services(
        kafka or f"127.0.0.1:{os.environ.get('COACH_KAFKA_PORT', '19092')}",
        database or app_url,
        owner if database else owner_url,
    )


@pytest.fixture
async def settings(services: Services) -> AsyncIterator[Settings]:
    """Settings isolated to this test: own topic prefix, own migrated schema."""
    async with isolated_settings(
        services.kafka_bootstrap,
        services,
        # A test's api needs a handful of run topics, not the 256 a real one keeps ready.
        topic_pool_size=8,
        topic_pool_batch=8,
        # Tests that read the worker's or the projector's metrics give them a free port.
        worker_metrics_port=0,
        projector_metrics_port=0,
    ) as isolated:
        yield isolated


@contextlib.asynccontextmanager
async def isolated_settings(
    kafka_bootstrap: str, services: Services, **overrides: Any
) -> AsyncIterator[Settings]:
    """Settings on the given Kafka with their own topic prefix and a schema of their own,
    migrated by the owner role; the settings connect as the app role."""
    from projections.migrate import migrate

    suffix = uuid.uuid4().hex[:10]
    fields: dict[str, Any] = {
        "database_url": services.database_url,
        "database_owner_url": services.database_owner_url,
        "database_schema": f"t_{suffix}",
        "topic_prefix": f"t{suffix}.",
        "commands_partitions": 2,
        "events_partitions": 2,
        "sync_timeout_s": 60,
        "sse_ping_s": 1,
        **overrides,
    }
    isolated = Settings(kafka_bootstrap=kafka_bootstrap, **fields)
    await migrate(isolated)
    try:
        yield isolated
    finally:
        from projections.database import connect, quote_schema
        from projections.kafka_client import client_options
        from tests.topic_cleanup import delete_topics_with_prefix

        await delete_topics_with_prefix(client_options(isolated), isolated.topic_prefix)

        conn = await connect(isolated, as_owner=True, in_schema=False)
        try:
            await asyncio.wait_for(
                conn.execute(
                    f"DROP SCHEMA IF EXISTS {quote_schema(isolated.database_schema)} CASCADE"
                ),
                30,
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
