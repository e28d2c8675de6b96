"""A worker that stopped between finishing the ledger and the run topic: the next worker to
take the command reads the terminal event back from the real log and announces it."""

import json
import uuid

import pytest
from aiokafka import AIOKafkaProducer

from projections.kafka_client import client_options
from projections.log_topics import ensure_log_topics
from schemas import topics
from schemas.events import DraftGenerated, encode_event
from schemas.log_position import LogPosition
from schemas.settings import Settings
from tests.harness import agents_worker, connect, eventually, make_run_topics, read_records
from tests.integration.projector_log import drafted, requested

pytestmark = pytest.mark.integration


async def write(settings: Settings, topic: str, request_id: str, value: bytes) -> LogPosition:
    producer = AIOKafkaProducer(**client_options(settings), acks="all")
    await producer.start()
    try:
        sent = await producer.send_and_wait(topic, value, key=request_id.encode())
    finally:
        await producer.stop()
    return LogPosition(partition=sent.partition, offset=sent.offset)


async def finished_unannounced(settings: Settings, request_id: str, end: LogPosition) -> None:
    """The ledger row as a worker leaves it when it stops right after `finish`."""
    conn = await connect(settings)
    try:
        await conn.execute(
            """INSERT INTO generation_ledger (request_id, org_id, user_id, step, state, attempt,
                   logged, outcome, finished_at, request, log_partition, log_offset, announced)
               VALUES ($1, 'club', 'coach', 'draft', 'finished', 1, true, 'succeeded', now(),
                   $2::jsonb, $3, $4, false)""",
            request_id,
            json.dumps(requested(request_id).request.model_dump(mode="json")),
            end.partition,
            end.offset,
        )
    finally:
        await conn.close()


async def test_the_next_worker_announces_an_end_its_predecessor_did_not(
    settings: Settings,
) -> None:
    rid = uuid.uuid4().hex
    await ensure_log_topics(settings)
    (run,) = await make_run_topics(settings, [rid])
    # Something else first, so the end is not at offset 0 of its partition by chance.
    await write(settings, topics.events_topic(settings.topic_prefix), "x", b"{}")
    end = await write(
        settings, topics.events_topic(settings.topic_prefix), rid, encode_event(drafted(rid, 1))
    )
    await finished_unannounced(settings, rid, end)
    # The command comes again (the worker that ended it never acknowledged it).
    command = encode_event(requested(rid))
    await write(settings, topics.commands_topic(settings.topic_prefix), rid, command)

    async with agents_worker(settings):

        async def announced() -> bool:
            return any(
                isinstance(event, DraftGenerated)
                for _, event, _ in await read_records(settings, run)
            )

        await eventually(announced, 60, "the end read back from the log on the run topic")
    records = await read_records(settings, run)
    ends = [(event, at) for _, event, at in records if isinstance(event, DraftGenerated)]
    assert len(ends) == 1
    event, at = ends[0]
    assert event.draft == f"draft of {rid}" and at == end, "the log's record, and where it is"
    conn = await connect(settings)
    try:
        row = await conn.fetchrow(
            "SELECT announced, attempt FROM generation_ledger WHERE request_id = $1", rid
        )
    finally:
        await conn.close()
    assert row is not None and row["announced"] and row["attempt"] == 1, "not run again"
