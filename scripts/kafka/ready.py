"""Exit 0 once a Kafka broker answers a real metadata request.

Used by scripts/kafka.sh after the port opens: a listening socket is not yet a
broker that serves metadata. Usage: python ready.py HOST:PORT [TIMEOUT_SECONDS]
"""

import asyncio
import sys


async def check(bootstrap: str, timeout: float) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(admin.start(), timeout)
        await asyncio.wait_for(admin.list_topics(), timeout)
        # describe_cluster answers only once the broker knows its controller.
        await asyncio.wait_for(admin.describe_cluster(), timeout)
    finally:
        await admin.close()


def main() -> int:
    bootstrap = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    try:
        asyncio.run(check(bootstrap, timeout))
    except Exception as exc:  # any failure means "not ready yet"
        print(f"not ready: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
