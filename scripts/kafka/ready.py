"""Exit 0 once Kafka answers a real metadata request (and lists the brokers asked for).

Used by scripts/kafka.sh after the port opens: a listening socket is not yet a
broker that serves metadata, and a cluster node is not back until the cluster
lists it again. Usage: python ready.py BOOTSTRAP [TIMEOUT_SECONDS] [NODE_IDS]
where BOOTSTRAP is host:port[,host:port...] and NODE_IDS e.g. 1,2,3. A broker with
authentication: COACH_KAFKA_SECURITY_PROTOCOL, COACH_KAFKA_SASL_MECHANISM,
COACH_KAFKA_SASL_USERNAME, COACH_KAFKA_SASL_PASSWORD and COACH_KAFKA_SSL_CAFILE.
"""

import asyncio
import os
import sys
from typing import Any


def security() -> dict[str, Any]:
    """The client's security keywords, from the environment kafka.sh gives."""
    protocol = os.environ.get("COACH_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    options: dict[str, Any] = {"security_protocol": protocol}
    if protocol in ("SSL", "SASL_SSL"):
        from aiokafka.helpers import create_ssl_context

        options["ssl_context"] = create_ssl_context(cafile=os.environ["COACH_KAFKA_SSL_CAFILE"])
    if protocol.startswith("SASL"):
        options["sasl_mechanism"] = os.environ["COACH_KAFKA_SASL_MECHANISM"]
        options["sasl_plain_username"] = os.environ["COACH_KAFKA_SASL_USERNAME"]
        options["sasl_plain_password"] = os.environ["COACH_KAFKA_SASL_PASSWORD"]
    return options


async def check(bootstrap: str, timeout: float, wanted: set[int]) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap.split(","),
        request_timeout_ms=int(timeout * 1000),
        **security(),
    )
    try:
        await asyncio.wait_for(admin.start(), timeout)
        await asyncio.wait_for(admin.list_topics(), timeout)
        # describe_cluster answers only once the broker knows its controller.
        cluster = await asyncio.wait_for(admin.describe_cluster(), timeout)
        listed = {broker["node_id"] for broker in cluster["brokers"]}
        if not wanted <= listed:
            raise RuntimeError(f"brokers {sorted(wanted - listed)} not listed yet")
    finally:
        await admin.close()


def main() -> int:
    bootstrap = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    wanted = {int(n) for n in sys.argv[3].split(",")} if len(sys.argv) > 3 else set()
    try:
        asyncio.run(check(bootstrap, timeout, wanted))
    except Exception as exc:  # any failure means "not ready yet"
        print(f"not ready: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
