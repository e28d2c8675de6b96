"""The one redaction filter on every log handler, and control characters in text logs."""

import io
import json
import logging
from collections.abc import Iterator

import aiohttp
import pytest
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from api.logs import configure_logging
from schemas.redaction import RedactingFilter, escape_controls, redact

SECRET = "x9-configured-secret-value"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Authorization: Bearer abc.def-ghi_jkl", "Authorization: "),
        ("{'Authorization': 'Basic dXNlcjpwYXNz'}", "'Authorization': '"),
        ("called with bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", "called with bearer "),
        ("the key sk-proj-AbCdEf0123456789 was refused", "the key "),
        ("https://h/v1?api_key=abcdef123456&x=1", "api_key="),
        ('{"sasl_plain_password": "hunter2hunter2"}', '"sasl_plain_password": "'),
        ("postgresql://coach_app:s3cretpw@db:5432/coach", "postgresql://coach_app:"),
        (f"echoed {SECRET} back", "echoed "),
    ],
)
def test_redact_removes_every_credential_shape(text: str, kept: str) -> None:
    redacted = redact(text, [SECRET])
    assert f"{kept}[REDACTED]" in redacted
    for secret in ("abc.def", "dXNlcjpw", "eyJhbG", "AbCdEf", "abcdef123", "hunter2", "s3cret"):
        assert secret not in redacted
    assert SECRET not in redacted


def test_redact_leaves_ordinary_words_alone() -> None:
    text = "prompt_tokens: 12, completion_tokens=30, token revoked, 3 tokens; key rotated"
    assert redact(text, ["short"]) == text


@pytest.fixture
def logged() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """Two setups as a process makes them, JSON and text, each with the secret configured."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    streams = (io.StringIO(), io.StringIO())
    try:
        configure_logging("json", "INFO", streams[0], secrets=[SECRET])
        json_handler = root.handlers[0]
        configure_logging("text", "INFO", streams[1], secrets=[SECRET])
        root.addHandler(json_handler)
        yield streams
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


def client_response_error() -> aiohttp.ClientResponseError:
    """What aiohttp raises for an error status: its repr holds the request's headers."""
    headers = CIMultiDictProxy(CIMultiDict({"Authorization": f"Bearer {SECRET}"}))
    info = aiohttp.RequestInfo(URL("http://model/v1"), "POST", headers, URL("http://model/v1"))
    return aiohttp.ClientResponseError(info, (), status=401, message="Unauthorized")


def test_every_handler_redacts_messages_arguments_tracebacks_and_extras(
    logged: tuple[io.StringIO, io.StringIO],
) -> None:
    log = logging.getLogger("test.redaction")
    error = client_response_error()
    assert SECRET in repr(error)
    log.warning("call failed: %r", error)
    try:
        raise RuntimeError(f"server said: Authorization: Bearer {SECRET}")
    except RuntimeError:
        log.exception("with a traceback")
    log.info("extra fields too", extra={"url": f"postgresql://u:{SECRET}@h/db"})
    log.info("stack too", stack_info=True, extra={"note": f"sk-{SECRET}"})
    json_lines, text = logged[0].getvalue(), logged[1].getvalue()
    assert SECRET not in json_lines and SECRET not in text
    assert "RuntimeError" in text and "RuntimeError" in json_lines  # the traceback is kept
    assert all(json.loads(line) for line in json_lines.splitlines())
    assert json_lines.count("[REDACTED]") >= 4


def test_one_redaction_filter_on_the_handler() -> None:
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        configure_logging("text", "INFO", io.StringIO(), secrets=[SECRET])
        (handler,) = root.handlers
        redacting = [f for f in handler.filters if isinstance(f, RedactingFilter)]
        assert len(redacting) == 1 and redacting[0].secrets == (SECRET,)
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)


def test_text_logs_escape_control_characters_but_keep_line_breaks(
    logged: tuple[io.StringIO, io.StringIO],
) -> None:
    hostile = "coach\x1b[2J\x00name\x07 \u202eevil\x85 tab\there"
    logging.getLogger("test.controls").warning("from a client: %s\nsecond line", hostile)
    text = logged[1].getvalue()
    assert "\x1b" not in text and "\x00" not in text and "\u202e" not in text
    assert "\x85" not in text and "\x07" not in text and "\t" not in text
    assert "coach\\x1b[2J\\x00name\\x07 \\u202eevil\\x85 tab\\x09here" in text
    assert "\nsecond line" in text
    record = json.loads(logged[0].getvalue().splitlines()[-1])
    assert "\x1b" not in logged[0].getvalue()  # JSON escapes it
    assert record["message"].startswith("from a client: coach\x1b[2J")


def test_escape_controls_is_the_identity_on_plain_text() -> None:
    plain = "Week 3 | build: 5 x 1 km at 4:10/km\r\nnext line, ünïcödé"
    assert escape_controls(plain) == plain
