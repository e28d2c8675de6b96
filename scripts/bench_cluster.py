"""Figures for a three-node cluster next to a single broker: start, topic creation, latency.

Starts a private single broker and a private three-node cluster (scripts/kafka.sh on free
ports, temporary data), then on each: creates run topics as the api's pool does (one
CreateTopics of BATCH topics), and sends N sequential synchronous drafts and plans
through the in-process api, worker and projector (built-in provider). Sequential requests:
a latency probe, not a load test. Postgres comes from COACH_DATABASE_URL (or the default).

    .venv/bin/python scripts/bench_cluster.py [N]
"""

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agents.planning import PlanParams, make_draft
from projections.log_topics import ensure_topics
from schemas.settings import Settings
from tests.brokers import KafkaCluster, PrivateBroker
from tests.conftest import Services, isolated_settings
from tests.harness import agents_worker, api_server, projector, seed

BATCH = 64
BATCHES = 3
DRAFT_BODY = {"weeks": 12, "level": "intermediate", "org_id": "club"}
PLAN_BODY = {**DRAFT_BODY, "refined_draft": make_draft(PlanParams(weeks=12, level="intermediate"))}


def summary(label: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"  {label:<36} n={len(ms):<3} median {statistics.median(ms):8.1f} ms"
        f"   p95 {p95:8.1f} ms   max {ms[-1]:8.1f} ms"
    )


def timed(action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


async def topic_batches(settings: Settings) -> list[float]:
    """One CreateTopics request of BATCH one-partition topics, BATCHES times."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_servers)
    await admin.start()
    try:
        timings = []
        for _ in range(BATCHES):
            names = [f"{settings.topic_prefix}bench.{uuid.uuid4().hex}" for _ in range(BATCH)]
            started = time.perf_counter()
            await ensure_topics(admin, [NewTopic(n, 1, settings.replication_factor) for n in names])
            timings.append(time.perf_counter() - started)
        return timings
    finally:
        await admin.close()


async def requests(settings: Settings, count: int) -> tuple[list[float], list[float]]:
    """Sequential synchronous drafts, then plans: seconds each."""
    tenancy = await seed(settings)
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    drafts: list[float] = []
    plans: list[float] = []
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=120) as client,
    ):
        for path, body, timings in (
            ("generate-draft", DRAFT_BODY, drafts),
            ("generate-plan", PLAN_BODY, plans),
        ):
            await client.post(f"/api/v1/ai-coach/{path}", json=body, headers=headers)  # warm-up
            for _ in range(count):
                started = time.perf_counter()
                response = await client.post(f"/api/v1/ai-coach/{path}", json=body, headers=headers)
                timings.append(time.perf_counter() - started)
                response.raise_for_status()
    return drafts, plans


async def measure(label: str, bootstrap: str, replication: int, count: int) -> None:
    local = Settings()
    services = Services(
        bootstrap,
        local.database_url.get_secret_value(),
        local.database_owner_url.get_secret_value(),
    )
    async with isolated_settings(
        bootstrap,
        services,
        replication_factor=replication,
        min_insync_replicas=min(2, replication),
        commands_partitions=3,
        events_partitions=3,
        topic_pool_size=32,
        topic_pool_batch=32,
    ) as settings:
        print(f"{label}:")
        print(summary(f"create {BATCH} run topics in one request", await topic_batches(settings)))
        drafts, plans = await requests(settings, count)
        print(summary("12-week draft, synchronous", drafts))
        print(summary("12-week plan, synchronous", plans))


def main(count: int) -> None:
    print("load average at start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as scratch:
        broker = PrivateBroker.create(Path(scratch) / "single")
        cluster = KafkaCluster.create(Path(scratch) / "cluster")
        try:
            print(f"single broker: first start (format + start) {timed(broker.start):.1f} s")
            print(f"three-node cluster: first start (format + start) {timed(cluster.start):.1f} s")
            asyncio.run(measure("single broker, replication 1", broker.bootstrap, 1, count))
            asyncio.run(measure("cluster, replication 3, min ISR 2", cluster.bootstrap, 3, count))
            cluster.kill_node(3)
            print(f"cluster: restart of a killed node {timed(lambda: cluster.start_node(3)):.1f} s")
        finally:
            broker.stop()
            cluster.stop()
    print("load average at end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
