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


async def delete_topics_with_prefix(bootstrap: str, prefix: str, timeout: float = 10.0) -> None:
    if not prefix:
        return  # never everything
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    with contextlib.suppress(Exception):
        async with asyncio.timeout(timeout):
            await admin.start()
            try:
                names = [name for name in await admin.list_topics() if name.startswith(prefix)]
                await delete_topics(admin, names)
            finally:
                await admin.close()


def delete_topics_with_prefix_now(bootstrap: str, prefix: str, timeout: float = 10.0) -> None:
    """The same from synchronous code, even inside a running event loop (own thread)."""
    worker = threading.Thread(
        target=asyncio.run, args=(delete_topics_with_prefix(bootstrap, prefix, timeout),)
    )
    worker.start()
    worker.join(timeout + 5)
