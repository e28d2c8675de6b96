"""What a log line is about (request id, attempt): a context variable every process shares.

The api binds it per HTTP request, the worker per command; a logging filter copies it
onto each record. Standard library only, so `agents` and `api` can both use it without
importing each other.
"""

import contextvars
import logging
from collections.abc import MutableMapping
from typing import Any

FIELDS = ("request_id", "attempt")

_current: contextvars.ContextVar[MutableMapping[str, Any] | None] = contextvars.ContextVar(
    "coach_log_context", default=None
)


def bind(fields: MutableMapping[str, Any] | None = None, **values: Any) -> MutableMapping[str, Any]:
    """Make `fields` (or a new dict) the current task's log context; returns it.

    The mapping is read when a line is logged, so a value set on it later (the api learns
    the request id half-way through a request) shows on every line from then on.
    """
    context: MutableMapping[str, Any] = {} if fields is None else fields
    context.update(values)
    _current.set(context)
    return context


def update(**values: Any) -> None:
    """Add values to the current context (a new one if there is none)."""
    context = _current.get()
    if context is None:
        bind(**values)
    else:
        context.update(values)


def current() -> dict[str, Any]:
    """The known fields of the current context, without the unset ones."""
    context = _current.get()
    if not context:
        return {}
    return {name: context[name] for name in FIELDS if context.get(name) is not None}


class ContextFilter(logging.Filter):
    """Copies the current request id and attempt onto every record that passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        for name, value in current().items():
            if not hasattr(record, name):
                setattr(record, name, value)
        return True
