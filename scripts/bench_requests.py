"""Benchmark of the request path: what a draft costs end to end, and topic creation's share.

Runs the real api, worker and projector in-process against the local Kafka and
Postgres (127.0.0.1 only), sends N sequential and then N concurrent draft
requests, and prints latency figures. It is a benchmark, not a test.

    .venv/bin/python scripts/bench_requests.py [N]
"""

import asyncio
import statistics
import sys
import time
import uuid
from pathlib import Path

import httpx
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.kafka_gateway import ensure_topics
from projections.migrate import migrate
from schemas.settings import Settings
from tests.harness import agents_worker, api_server, projector, seed

BODY = {"weeks": 12, "level": "intermediate", "org_id": "club"}


def summary(label: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"{label:<34} n={len(ms):<4} median {statistics.median(ms):7.1f} ms"
        f"   p95 {p95:7.1f} ms   max {ms[-1]:7.1f} ms"
    )


async def topic_creation(settings: Settings, count: int) -> list[float]:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_servers)
    await admin.start()
    try:
        timings = []
        for _ in range(count):
            started = time.perf_counter()
            name = f"{settings.topic_prefix}bench.{uuid.uuid4().hex}"
            await ensure_topics(admin, [NewTopic(name, 1, 1)])
            timings.append(time.perf_counter() - started)
        return timings
    finally:
        await admin.close()


async def main(count: int) -> None:
    suffix = uuid.uuid4().hex[:8]
    settings = Settings(database_schema=f"bench_{suffix}", topic_prefix=f"bench{suffix}.")
    await migrate(settings.database_url, settings.database_schema)
    tenancy = await seed(settings)
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    print(summary("create one run topic", await topic_creation(settings, count)))
    async with (
        api_server(settings) as base,
        agents_worker(settings),
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=120) as client,
    ):

        async def one() -> float:
            started = time.perf_counter()
            response = await client.post(
                "/api/v1/ai-coach/generate-draft", json=BODY, headers=headers
            )
            response.raise_for_status()
            return time.perf_counter() - started

        await one()  # warm-up
        sequential = [await one() for _ in range(count)]
        print(summary("draft, sequential", sequential))
        started = time.perf_counter()
        concurrent = await asyncio.gather(*(one() for _ in range(count)))
        wall = time.perf_counter() - started
        print(summary(f"draft, {count} at once", list(concurrent)))
        print(f"{'throughput, concurrent':<34} {count / wall:7.1f} drafts/s")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
