"""What the worker and the projector share for metrics: a port of their own, and log offsets.

Each serves its registry over HTTP on 127.0.0.1 (prometheus-client's server, in a thread)
and samples how far its consumer is behind the end of a topic.
"""

import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from wsgiref.simple_server import WSGIServer

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client import CollectorRegistry, start_http_server

from projections.kafka_client import KafkaOptions

log = logging.getLogger(__name__)


@dataclass
class MetricsServer:
    """A running metrics endpoint; `close` stops it and frees the port."""

    server: WSGIServer
    thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def serve_metrics(registry: CollectorRegistry, host: str, port: int) -> MetricsServer | None:
    """Serve `registry` at http://host:port/metrics; None when disabled (0) or refused.

    A port already taken is logged, not fatal: a process without metrics still does its work.
    """
    if port <= 0:
        return None
    try:
        server, thread = start_http_server(port, addr=host, registry=registry)
    except OSError as exc:
        log.error("cannot serve metrics on %s:%d: %s", host, port, exc)
        return None
    log.info("metrics on http://%s:%d/metrics", host, port)
    return MetricsServer(server, thread)


class OffsetProbe:
    """Reads a topic's end offsets and a consumer group's committed offsets (for lag)."""

    def __init__(self, kafka: KafkaOptions) -> None:
        self._consumer = AIOKafkaConsumer(**kafka, group_id=None, enable_auto_commit=False)
        self._admin = AIOKafkaAdminClient(**kafka)

    async def start(self) -> None:
        await self._admin.start()
        await self._consumer.start()

    async def stop(self) -> None:
        with contextlib.suppress(Exception):
            await self._consumer.stop()
        with contextlib.suppress(Exception):
            await self._admin.close()

    async def end_offsets(self, topic: str) -> dict[int, int]:
        """The next offset to be written, per partition; empty while the topic is missing."""
        return await self._offsets(topic, self._consumer.end_offsets)

    async def start_offsets(self, topic: str) -> dict[int, int]:
        """The first offset still kept, per partition (above 0 once retention trimmed it)."""
        return await self._offsets(topic, self._consumer.beginning_offsets)

    async def _offsets(
        self, topic: str, fetch: Callable[[list[TopicPartition]], Awaitable[dict[Any, int]]]
    ) -> dict[int, int]:
        partitions = await self._partitions(topic)
        if not partitions:
            return {}
        return {tp.partition: int(offset) for tp, offset in (await fetch(partitions)).items()}

    async def _partitions(self, topic: str) -> list[TopicPartition]:
        described = await self._admin.describe_topics([topic])
        return [
            TopicPartition(topic, p["partition"])
            for item in described
            if item["error_code"] == 0
            for p in item["partitions"]
        ]

    async def committed(self, group: str, topic: str) -> dict[int, int]:
        """The group's committed offsets in `topic` (partitions it never committed are absent)."""
        offsets = await self._admin.list_consumer_group_offsets(group)
        return {
            tp.partition: int(meta.offset)
            for tp, meta in offsets.items()
            if tp.topic == topic and meta.offset >= 0
        }


def lag(
    ends: dict[int, int], positions: dict[int, int], starts: dict[int, int] | None = None
) -> dict[int, int]:
    """Records behind the end, per partition; a partition without a position is read from
    its start (a consumer resets to the earliest offset)."""
    starts = starts or {}
    return {
        partition: max(0, end - positions.get(partition, starts.get(partition, 0)))
        for partition, end in ends.items()
    }
