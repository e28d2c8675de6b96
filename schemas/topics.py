"""Kafka topic names: the command topic, the event log, the per-request run topics and the
evaluations' own topic."""

COMMANDS = "coach.commands"
EVENTS = "coach.events"
RUN_PREFIX = "coach.run."
# Prompt evaluations (replays of logged generations): never on the generations' log.
EVALUATIONS = "coach.evaluations"


def commands_topic(prefix: str = "") -> str:
    return f"{prefix}{COMMANDS}"


def events_topic(prefix: str = "") -> str:
    return f"{prefix}{EVENTS}"


def evaluations_topic(prefix: str = "") -> str:
    return f"{prefix}{EVALUATIONS}"


def run_topic(request_id: str, prefix: str = "") -> str:
    """The single-partition live buffer that carries one generation's events."""
    return f"{prefix}{RUN_PREFIX}{request_id}"


def request_id_of_run_topic(topic: str, prefix: str = "") -> str | None:
    head = f"{prefix}{RUN_PREFIX}"
    return topic[len(head) :] if topic.startswith(head) else None


def new_request_id(now_ms: int | None = None) -> str:
    """32 lowercase hex characters that start with the creation time (ms), like a UUIDv7.

    The time prefix lets the janitor age run topics that were created but never used.
    """
    import secrets
    import time

    millis = int(time.time() * 1000) if now_ms is None else now_ms
    return f"{millis:012x}{secrets.token_hex(10)}"


def request_id_time_ms(request_id: str) -> int | None:
    """When a request id was made (ms since the epoch), or None for ids of another form."""
    if len(request_id) != 32:
        return None
    try:
        return int(request_id[:12], 16)
    except ValueError:
        return None
