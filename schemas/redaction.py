"""Secrets out of text bound for a log, and control characters out of text logs.

`RedactingFilter` is the one filter on every log handler (api/logs.py): it rewrites each
record's message, exception text and string extras before any formatter sees them.
Standard library only, so every process (and agents' model client) can use it.
"""

import logging
import re
import traceback
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

REDACTED = "[REDACTED]"
# A configured secret shorter than this is not searched for literally: "test" or "key"
# would blank out ordinary words. The patterns below still catch the usual shapes.
MIN_LITERAL = 8

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization headers, as written or in a repr: `Authorization: Basic ...`,
    # `'Authorization': 'Bearer ...'`, `authorization=...`.
    (
        re.compile(r"(?i)(\bauthorization['\"]?\s*[:=]\s*['\"]?)[^'\"\r\n,;}]+"),
        rf"\g<1>{REDACTED}",
    ),
    # Bearer tokens anywhere.
    (re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{6,}"), rf"\g<1>{REDACTED}"),
    # API keys in the usual `sk-...` shape (OpenAI's `sk-proj-...` and others).
    (re.compile(r"\bsk-[A-Za-z0-9_-]{6,}"), REDACTED),
    # `api_key=...`, `"password": "..."`, `sasl_plain_password='...'`, `token=...`.
    (
        re.compile(
            r"(?i)(\b[\w-]*(?:api[_-]?key|password|passwd|secret|token)['\"]?\s*[:=]\s*['\"]?)"
            r"[^\s'\",;}&]+"
        ),
        rf"\g<1>{REDACTED}",
    ),
    # The password of a URL: scheme://user:PASSWORD@host.
    (re.compile(r"(://[^:/\s@]+:)[^@\s/]+@"), rf"\g<1>{REDACTED}@"),
]

# Control characters other than LF and CR (C0, DEL, C1), and the invisible bidirectional
# controls that make a log line read differently from what it holds.
_BIDI = [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROLS = [c for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (0x0A, 0x0D)]
_ESCAPES = {c: f"\\x{c:02x}" for c in _CONTROLS} | {c: f"\\u{c:04x}" for c in _BIDI}


def escape_controls(text: str) -> str:
    """Control characters (other than CR and LF) as visible escapes: `\\x1b`, `\\u202e`."""
    return text.translate(_ESCAPES)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with the given secrets and anything shaped like a credential replaced."""
    for secret in secrets:
        if len(secret) >= MIN_LITERAL:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def url_password(url: str) -> str | None:
    """The password a URL carries, if any (to redact it literally as well)."""
    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return unquote(password) if password else None


class RedactingFilter(logging.Filter):
    """Redacts every record that passes: message, exception, stack and string extras.

    The record is rewritten in place (message formatted, arguments dropped, exception
    turned into text), so whatever formats it afterwards sees only the redacted text.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: log what was given, redacted
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = self._redact(message), None
        if record.exc_info:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text, record.exc_info = self._redact(text), None
        elif record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self._redact(record.stack_info)
        for name, value in vars(record).items():
            if name not in _RECORD_FIELDS and isinstance(value, str):
                setattr(record, name, self._redact(value))
        return True

    def _redact(self, text: str) -> str:
        return redact(text, self.secrets)


# The attributes every LogRecord has; anything else on a record came in as `extra`.
_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
}
