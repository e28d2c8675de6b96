"""The one logging setup of every process: JSON lines for machines, text for a terminal.

Each record carries the request id (and, in the worker, the attempt) of the request or
command it was logged for, from `schemas.log_context`. One redaction filter on the
handler keeps secrets out of every line (`schemas.redaction`); text lines show control
characters as escapes (JSON escapes them anyway).
"""

import logging
import sys
from collections.abc import Iterable
from typing import Literal, TextIO

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

from schemas.log_context import FIELDS, ContextFilter
from schemas.redaction import RedactingFilter, escape_controls

LogFormat = Literal["json", "text"]
# uvicorn adds its message again with terminal colours: not for a log file.
NOT_LOGGED = ("color_message",)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s%(context)s: %(message)s"


class TextFormatter(logging.Formatter):
    """The classic line, with ` [request_id=... attempt=...]` when the line has them."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def formatMessage(self, record: logging.LogRecord) -> str:
        known = [f"{name}={getattr(record, name)}" for name in FIELDS if hasattr(record, name)]
        record.context = f" [{' '.join(known)}]" if known else ""
        return super().formatMessage(record)

    def format(self, record: logging.LogRecord) -> str:
        # The whole line, traceback included: a client's text must not move the cursor,
        # colour the terminal or reorder what the line shows.
        return escape_controls(super().format(record))


def json_formatter() -> logging.Formatter:
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, context."""
    return JsonFormatter(
        "{levelname}{name}{message}",
        style="{",
        rename_fields={"levelname": "level", "name": "logger"},
        timestamp="time",
        reserved_attrs=[*RESERVED_ATTRS, *NOT_LOGGED],
    )


def chosen_format(wanted: LogFormat | None, stream: TextIO) -> LogFormat:
    """`wanted` when set; otherwise text on a terminal and JSON anywhere else."""
    if wanted is not None:
        return wanted
    try:
        return "text" if stream.isatty() else "json"
    except (AttributeError, ValueError):
        return "json"


def configure_logging(
    wanted: LogFormat | None = None,
    level: str = "INFO",
    stream: TextIO | None = None,
    secrets: Iterable[str] = (),
) -> LogFormat:
    """Send every logger's records to `stream` (stderr) in the chosen format; returns it.

    `secrets` (the settings' passwords and keys) are redacted wherever they appear, on top
    of anything shaped like a credential.
    """
    stream = stream or sys.stderr
    chosen = chosen_format(wanted, stream)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(json_formatter() if chosen == "json" else TextFormatter())
    # On the handler, not the root logger: a logger's filters only see records logged on it.
    handler.addFilter(ContextFilter())
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # The shared run-topic reader changes its assignment for every stream: aiokafka says so
    # at INFO each time, which would be most of an api's log. The openai package's HTTP
    # client logs every model call at INFO (with the server's address): the worker logs
    # each attempt's end, and failed calls at WARNING, instead.
    chatty_loggers = (
        "aiokafka.consumer.subscription_state",
        "aiokafka.consumer.consumer",
        "httpx",
        "httpx2",
    )
    for chatty in chatty_loggers:
        logging.getLogger(chatty).setLevel(max(logging.WARNING, root.level))
    return chosen
