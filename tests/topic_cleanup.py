"""Delete a test's own Kafka topics when it ends.

Every test and e2e stack has its own topic prefix; left behind, their topics pile up to
thousands of partitions in one `make test`, and every partition costs the broker heap and
metadata work. Best effort: a broker that is gone (a test stopped it) costs `timeout`.
"""

import asyncio
import contextlib
import threading

from aiokafka.admin import AIOKafkaAdminClient

from agents.janitor import delete_topics
from projections.kafka_client import KafkaOptions


async def delete_topics_with_prefix(
    kafka: KafkaOptions, prefix: str, timeout: float = 10.0
) -> None:
    """`kafka`: a client's connection options (projections.kafka_client.client_options)."""
    if not prefix:
        return  # never everything
    admin = AIOKafkaAdminClient(**kafka, request_timeout_ms=int(timeout * 1000))
    with contextlib.suppress(Exception):
        async with asyncio.timeout(timeout):
            await admin.start()
            try:
                names = [name for name in await admin.list_topics() if name.startswith(prefix)]
                await delete_topics(admin, names)
            finally:
                await admin.close()


def delete_topics_with_prefix_now(kafka: KafkaOptions, prefix: str, timeout: float = 10.0) -> None:
    """The same from synchronous code, even inside a running event loop (own thread)."""
    worker = threading.Thread(
        target=asyncio.run, args=(delete_topics_with_prefix(kafka, prefix, timeout),)
    )
    worker.start()
    worker.join(timeout + 5)
