"""Three brokers, replication 3 and min ISR 2: one SIGKILLed mid-generation loses nothing."""

import asyncio
import collections
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from agents.planning import PlanParams, make_draft
from projections.kafka_client import client_options
from projections.log_topics import config_entries
from schemas import topics
from schemas.settings import Settings
from tests.brokers import NODES, KafkaCluster
from tests.conftest import Services
from tests.e2e.processes import ServiceProcesses, stack_on_kafka
from tests.e2e.streams import BASE, Stream, assert_complete, replayed, writing
from tests.fake_openai import Reply
from tests.harness import connect, eventually, read_topic

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

GENERATIONS = 12
PLANS = 2
BODY = {"weeks": 3, "level": "beginner", "org_id": "club"}
DRAFT = make_draft(PlanParams(weeks=3, level="beginner"))
CLUSTER = {
    "replication_factor": 3,
    "min_insync_replicas": 2,
    "commands_partitions": 3,
    "events_partitions": 3,
    "topic_pool_size": 24,
    "topic_pool_batch": 24,
}


async def describe(settings: Settings, names: list[str]) -> tuple[set[int], list[dict[str, Any]]]:
    """The brokers the cluster lists, and the partitions of the named topics."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        cluster = await admin.describe_cluster()
        described = await admin.describe_topics(names)
    finally:
        await admin.close()
    partitions = [p for topic in described for p in topic["partitions"]]
    return {b["node_id"] for b in cluster["brokers"]}, partitions


async def leader_of_commands_partition_0(settings: Settings) -> int:
    _, partitions = await describe(settings, [topics.commands_topic(settings.topic_prefix)])
    return next(int(p["leader"]) for p in partitions if p["partition"] == 0)


async def min_insync_replicas(settings: Settings, names: list[str]) -> dict[str, str]:
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        wanted = {"min.insync.replicas": None}
        entries = await config_entries(
            admin, [ConfigResource(ConfigResourceType.TOPIC, name, wanted) for name in names]
        )
    finally:
        await admin.close()
    return {entry["resource_name"]: entry["config_value"] for entry in entries}


async def assert_durable(settings: Settings, run_topic: str) -> None:
    """The log's topics and a run topic: three replicas, writes acknowledged by two."""
    names = [*log_topic_names(settings)[:2], run_topic]
    _, partitions = await describe(settings, names)
    assert {len(p["replicas"]) for p in partitions} == {3}
    assert await min_insync_replicas(settings, names) == dict.fromkeys(names, "2")


def log_topic_names(settings: Settings) -> list[str]:
    prefix = settings.topic_prefix
    return [topics.commands_topic(prefix), topics.events_topic(prefix), "__consumer_offsets"]


async def whole(settings: Settings) -> bool:
    """Every node listed, and every replica of the log's partitions in sync."""
    brokers, partitions = await describe(settings, log_topic_names(settings))
    return brokers == set(NODES) and all(
        len(p["replicas"]) == len(p["isr"]) == len(NODES) for p in partitions
    )


async def read_model(settings: Settings) -> tuple[list[Any], list[Any]]:
    conn = await connect(settings)
    try:
        rows = await conn.fetch("SELECT request_id, status, attempt, draft FROM generations")
        workouts = await conn.fetch("SELECT request_id, idx, attempt FROM generation_workouts")
    finally:
        await conn.close()
    return list(rows), list(workouts)


async def drafts_through_a_kill(
    client: httpx.AsyncClient,
    token: str,
    stack: ServiceProcesses,
    cluster: KafkaCluster,
    settings: Settings,
) -> tuple[list[Stream], int]:
    """Stream GENERATIONS drafts; SIGKILL the leader of coach.commands-0 once all are under way.

    Returns the streams, each read to its end, and the node killed.
    """
    streams = [Stream() for _ in range(GENERATIONS)]
    url = f"{BASE}/generate-draft/stream"
    reading = [asyncio.create_task(s.read(client, "POST", url, token, body=BODY)) for s in streams]
    try:

        async def all_writing() -> bool:
            stack.check_alive()
            return all(s.saw(writing) for s in streams)

        await eventually(all_writing, 120, "every generation to be under way")
        victim = await leader_of_commands_partition_0(settings)
        controller = cluster.quorum_leader()
        cluster.kill_node(victim)
        print(f"killed node {victim} (leader of commands-0); the quorum leader was {controller}")
        await asyncio.wait_for(asyncio.gather(*reading), 180)
    finally:
        for task in reading:
            task.cancel()
    return streams, victim


async def test_cluster_broker_killed_mid_generation_loses_nothing(
    kafka_cluster: KafkaCluster, services: Services, tmp_path: Path
) -> None:
    replies = [Reply(DRAFT, piece_delay_s=0.2) for _ in range(GENERATIONS)]
    replies += [Reply(DRAFT) for _ in range(2 * GENERATIONS)]  # for attempts a failover may start
    async with (
        stack_on_kafka(kafka_cluster.bootstrap, services, tmp_path, replies, **CLUSTER) as (
            settings,
            stack,
            token,
        ),
        httpx.AsyncClient(base_url=stack.api_url, timeout=120) as client,
    ):
        await eventually(lambda: whole(settings), 60, "three in-sync replicas of the log")
        streams, victim = await drafts_through_a_kill(client, token, stack, kafka_cluster, settings)
        await assert_durable(
            settings, topics.run_topic(streams[0].request_id, settings.topic_prefix)
        )
        # With one node down (ISR 2 = min ISR) the cluster still takes writes.
        plan = {**BODY, "refined_draft": DRAFT}
        plans = [
            await client.post(f"{BASE}/generate-plan", json=plan, headers=auth(token))
            for _ in range(PLANS)
        ]
        assert [p.status_code for p in plans] == [200] * PLANS, [p.text for p in plans]

        for stream in streams:
            assert_complete(stream.seen, await replayed(settings, stream.request_id))
            assert stream.seen[-2].data["draft"] == DRAFT
        await assert_log_has_no_duplicates(settings)
        await assert_read_model_has_one_result_each(settings, streams, plans)

        kafka_cluster.start_node(victim)
        await eventually(lambda: whole(settings), 120, "every replica back in sync")
        again = await client.post(f"{BASE}/generate-draft", json=BODY, headers=auth(token))
        assert again.status_code == 200, again.text
        stack.check_alive()


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def assert_log_has_no_duplicates(settings: Settings) -> None:
    """No event twice in the log, and one terminal event per request."""
    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    keys = collections.Counter((e.request_id, e.attempt, e.seq) for e in log)
    assert [key for key, n in keys.items() if n > 1] == []
    terminals = collections.Counter(
        e.request_id for e in log if e.type in ("DraftGenerated", "PlanGenerated")
    )
    assert len(terminals) == GENERATIONS + PLANS and set(terminals.values()) == {1}


async def assert_read_model_has_one_result_each(
    settings: Settings, streams: list[Stream], plans: list[httpx.Response]
) -> None:
    """One succeeded row per request, the plans' workouts each once, of the final attempt."""
    wanted = {s.request_id for s in streams} | {p.json()["request_id"] for p in plans}

    async def projected() -> tuple[list[Any], list[Any]] | None:
        rows, workouts = await read_model(settings)
        done = {r["request_id"] for r in rows if r["status"] == "succeeded"}
        return (rows, workouts) if done >= wanted else None

    rows, workouts = await eventually(projected, 60, "every generation in the read model")
    assert sorted(r["request_id"] for r in rows) == sorted(wanted)
    drafts = {s.request_id for s in streams}
    assert all(r["draft"] == DRAFT for r in rows if r["request_id"] in drafts)
    attempts = {r["request_id"]: r["attempt"] for r in rows}
    for plan in plans:
        request_id = plan.json()["request_id"]
        mine = sorted(w["idx"] for w in workouts if w["request_id"] == request_id)
        assert mine == list(range(len(plan.json()["content"])))
        assert {w["attempt"] for w in workouts if w["request_id"] == request_id} == {
            attempts[request_id]
        }
    assert {w["request_id"] for w in workouts} <= {p.json()["request_id"] for p in plans}
