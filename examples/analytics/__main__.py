"""`python -m examples.analytics`: read coach.events from the start, print the report as JSON.

    .venv/bin/python -m examples.analytics --until-idle 5

Without --until-idle it follows the log until Ctrl-C, then prints the report. Kafka
with authentication: COACH_KAFKA_SECURITY_PROTOCOL, COACH_KAFKA_SASL_MECHANISM,
COACH_KAFKA_SASL_USERNAME, COACH_KAFKA_SASL_PASSWORD and COACH_KAFKA_SSL_CAFILE, as for
the services.
"""

import argparse
import asyncio
import contextlib
import json
import os
import sys

from examples.analytics.consumer import connection, read_log
from examples.analytics.report import Report


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m examples.analytics", description=__doc__)
    parser.add_argument(
        "--bootstrap",
        default=os.environ.get("COACH_KAFKA_BOOTSTRAP", "127.0.0.1:19092"),
        help="Kafka (default: $COACH_KAFKA_BOOTSTRAP or the local stack's)",
    )
    parser.add_argument(
        "--prefix",
        default=os.environ.get("COACH_TOPIC_PREFIX", ""),
        help="topic prefix of the deployment (default: $COACH_TOPIC_PREFIX)",
    )
    parser.add_argument(
        "--group", default=None, help="consumer group (default: PREFIX + coach-analytics)"
    )
    parser.add_argument(
        "--until-idle",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop once the whole log is read and nothing new came for SECONDS",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    topic = f"{args.prefix}coach.events"
    group = args.group or f"{args.prefix}coach-analytics"
    report = Report()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(read_log(connection(args.bootstrap), topic, group, args.until_idle, report))
    json.dump(report.result(), sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
