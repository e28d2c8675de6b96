"""Smoke test: do aiokafka and faust-streaming work against the local broker?

This is how the Kafka version in scripts/kafka.sh was chosen (docs/operations.md).
Run against a running broker:

    scripts/kafka.sh start
    .venv/bin/python scripts/smoke_kafka.py [--bootstrap 127.0.0.1:19092] [--timeout 60]

(a) aiokafka: the admin client creates a topic (error codes checked), an
    idempotent producer writes, a group-less consumer assign()s + seek()s and
    reads the record back.
(b) faust: an in-process app whose agent consumes a topic it declares and
    forwards to a second topic; the record must come through, and a table
    (with its changelog topic) must count it.
Exit 0 on success, 1 on any failure.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

TOPIC_ALREADY_EXISTS = 36


def step(msg: str) -> None:
    print(f"smoke: {msg}", flush=True)


async def create_topic(bootstrap: str, name: str, partitions: int = 1) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        resp = await admin.create_topics(
            [NewTopic(name=name, num_partitions=partitions, replication_factor=1)]
        )
        # The raw response: check every topic's error code ourselves.
        for topic_error in resp.topic_errors:
            topic, code = topic_error[0], topic_error[1]
            if code not in (0, TOPIC_ALREADY_EXISTS):
                raise RuntimeError(f"create_topics({topic}) failed with error code {code}")
        step(f"created topic {name} (CreateTopics v{resp.API_VERSION}, errors ok)")
        # Creating again must report 36 (already exists), not crash.
        resp = await admin.create_topics(
            [NewTopic(name=name, num_partitions=partitions, replication_factor=1)]
        )
        codes = [t[1] for t in resp.topic_errors]
        if codes != [TOPIC_ALREADY_EXISTS]:
            raise RuntimeError(f"second create_topics returned {codes}, expected [36]")
    finally:
        await admin.close()


async def read_one(bootstrap: str, topic: str, offset: int, timeout: float) -> bytes:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False
    )
    await consumer.start()
    try:
        tp = TopicPartition(topic, 0)
        consumer.assign([tp])
        consumer.seek(tp, offset)
        msg = await asyncio.wait_for(consumer.getone(), timeout)
        return msg.value
    finally:
        await consumer.stop()


async def smoke_aiokafka(bootstrap: str, timeout: float) -> None:
    name = f"smoke.aiokafka.{uuid.uuid4().hex[:8]}"
    await create_topic(bootstrap, name)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True)
    await producer.start()
    try:
        md = await producer.send_and_wait(name, b"hello", key=b"k")
    finally:
        await producer.stop()
    step(f"idempotent producer wrote {name}[{md.partition}]@{md.offset}")
    value = await read_one(bootstrap, name, md.offset, timeout)
    if value != b"hello":
        raise RuntimeError(f"read back {value!r}, expected b'hello'")
    step("consumer (group_id=None, assign + seek) read it back")


async def smoke_faust(bootstrap: str, timeout: float) -> None:
    import faust

    suffix = uuid.uuid4().hex[:8]
    datadir = tempfile.mkdtemp(prefix="coach-smoke-faust-")  # not the cwd
    app = faust.App(
        f"smoke-faust-{suffix}",
        broker=f"kafka://{bootstrap}",
        store="memory://",
        web_enabled=False,
        datadir=datadir,
        topic_replication_factor=1,
        topic_partitions=1,
    )
    # internal=True: faust itself declares (creates) the topic it consumes,
    # through its own CreateTopics request -- the path Kafka 4.x is strict about.
    src = app.topic(f"smoke.faust.in.{suffix}", value_serializer="raw", partitions=1, internal=True)
    dst = app.topic(f"smoke.faust.out.{suffix}", value_serializer="raw", partitions=1)

    # A table too: faust declares its compacted changelog topic (topic configs).
    seen = app.Table(f"seen-{suffix}", default=int, partitions=1)

    @app.agent(src)
    async def forward(stream):  # type: ignore[no-untyped-def]
        async for value in stream:
            seen["count"] += 1
            await dst.send(value=b"forwarded:" + value)

    t0 = time.monotonic()
    await app.start()
    try:
        await dst.declare()  # declared explicitly, from the running app
        # Wait until the agent's consumer has its partition (the rebalance is done).
        deadline = time.monotonic() + timeout
        src_tp = faust.types.TP(src.get_topic_name(), 0)
        while src_tp not in app.consumer.assignment():
            if time.monotonic() > deadline:
                raise TimeoutError("faust consumer got no assignment")
            await asyncio.sleep(0.2)
        step(
            f"faust app started, agent assigned {sorted(app.consumer.assignment())} "
            f"after {time.monotonic() - t0:.1f}s"
        )
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True)
        await producer.start()
        try:
            await producer.send_and_wait(src.get_topic_name(), b"ping")
        finally:
            await producer.stop()
        value = await read_one(bootstrap, dst.get_topic_name(), 0, timeout)
        if value != b"forwarded:ping":
            raise RuntimeError(f"faust forwarded {value!r}")
        step(f"faust agent forwarded the message ({time.monotonic() - t0:.1f}s after start)")
        if seen["count"] != 1:
            raise RuntimeError(f"faust table saw {seen['count']} messages, expected 1")
        step("faust table updated (changelog topic declared)")
    finally:
        await app.stop()
        shutil.rmtree(datadir, ignore_errors=True)


async def main_async(bootstrap: str, timeout: float) -> None:
    import aiokafka
    import faust

    step(
        f"aiokafka {aiokafka.__version__}, faust-streaming {faust.__version__}, broker {bootstrap}"
    )
    await asyncio.wait_for(smoke_aiokafka(bootstrap, timeout), timeout)
    await asyncio.wait_for(smoke_faust(bootstrap, timeout), timeout * 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get(
        "COACH_KAFKA_BOOTSTRAP", f"127.0.0.1:{os.environ.get('COACH_KAFKA_PORT', '19092')}"
    )
    parser.add_argument("--bootstrap", default=default)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    try:
        asyncio.run(main_async(args.bootstrap, args.timeout))
    except Exception as exc:
        print(f"smoke: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    step("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
