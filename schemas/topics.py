"""Kafka topic names: the command topic, the event log and the per-request run topics."""

COMMANDS = "coach.commands"
EVENTS = "coach.events"
RUN_PREFIX = "coach.run."


def commands_topic(prefix: str = "") -> str:
    return f"{prefix}{COMMANDS}"


def events_topic(prefix: str = "") -> str:
    return f"{prefix}{EVENTS}"


def run_topic(request_id: str, prefix: str = "") -> str:
    """The single-partition live buffer that carries one generation's events."""
    return f"{prefix}{RUN_PREFIX}{request_id}"


def request_id_of_run_topic(topic: str, prefix: str = "") -> str | None:
    head = f"{prefix}{RUN_PREFIX}"
    return topic[len(head) :] if topic.startswith(head) else None
