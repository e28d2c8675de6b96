"""A failed model call in words a coach may read: status, class and a fixed message.

The server's own text (which may echo the key, an address, or anything) never reaches
a coach or an event: it goes to the operator's log, redacted. No exception is logged
with its repr (an aiohttp ClientResponseError's repr holds the request's headers).
"""

import contextlib
import logging
import time
from collections.abc import Iterator

import aiohttp
import openai
from pydantic import SecretStr

from agents import metrics
from agents.providers.base import ProviderError
from agents.providers.model_stream import StreamStatusError
from schemas.redaction import redact
from schemas.settings import Settings

log = logging.getLogger(__name__)


def api_key(settings: Settings) -> str:
    """The model key as the clients send it. Local servers (Ollama, llama.cpp) ignore it,
    but the clients insist on one. (A settings copy made with `model_copy` may hold a
    plain string.)"""
    key = settings.openai_api_key
    if isinstance(key, SecretStr):
        return key.get_secret_value() or "unused"
    return key or "unused"


@contextlib.contextmanager
def translated_errors(settings: Settings, step: str, started: float) -> Iterator[None]:
    """The openai client's errors as ProviderError in vetted words: a status, a class and a
    fixed message, never the server's own text, which may echo the key or an address.
    That text goes to the operator's log only, redacted."""
    try:
        try:
            yield
        except (openai.OpenAIError, aiohttp.ClientError, StreamStatusError, TimeoutError):
            metrics.observe_model_call(step, time.perf_counter() - started, None, failed=True)
            raise
    except (openai.APITimeoutError, TimeoutError) as exc:
        if refused(exc):
            log.warning("model server %s unreachable: %s", settings.openai_base_url, described(exc))
            raise ProviderError("could not reach the model server") from exc
        log.warning("model server %s timed out", settings.openai_base_url)
        raise ProviderError(
            f"the model server did not answer within {settings.openai_timeout_s:g} s"
        ) from exc
    except (openai.APIConnectionError, aiohttp.ClientConnectorError) as exc:
        log.warning("model server %s unreachable: %s", settings.openai_base_url, described(exc))
        raise ProviderError("could not reach the model server") from exc
    except (openai.APIStatusError, StreamStatusError) as exc:
        status = exc.status_code if isinstance(exc, openai.APIStatusError) else exc.status
        log.warning(
            "model server %s answered HTTP %s: %s",
            settings.openai_base_url,
            status,
            redact(server_text(exc.body), [api_key(settings)]),
        )
        raise ProviderError(status_detail(status, exc.body)) from exc
    except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError) as exc:
        log.warning("model server %s broke off: %s", settings.openai_base_url, described(exc))
        raise ProviderError("the model server broke off its answer") from exc
    except (openai.OpenAIError, aiohttp.ClientError) as exc:
        log.warning("model server %s failed: %s", settings.openai_base_url, described(exc))
        raise ProviderError("the model server's answer could not be read") from exc


def refused(exc: BaseException) -> bool:
    """The aiohttp transport reports a refused connection as a connect timeout; its cause
    says what happened."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, aiohttp.ClientConnectorError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def described(exc: BaseException) -> str:
    """An exception for the operator's log: class and message, never its repr (an aiohttp
    ClientResponseError's repr holds the request's headers, the key among them)."""
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"{type(exc).__name__}: HTTP {exc.status} {exc.message}"
    return f"{type(exc).__name__}: {exc}"


# What a coach (and the event log) may read about a refused call, by HTTP status.
STATUS_CLASSES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "it refused the request"),
    401: ("authentication", "it refused the service's credentials"),
    403: ("authentication", "it refused the service's credentials"),
    404: ("not_found", "it does not know the model or the endpoint"),
    408: ("timeout", "it timed out"),
    409: ("conflict", "it refused the request for now"),
    413: ("too_large", "the request was too large for it"),
    422: ("bad_request", "it refused the request"),
    429: ("rate_limited", "it is limiting requests or out of quota; try again later"),
}
# Error codes servers send that say something useful and nothing secret.
VETTED_CODES = frozenset(
    {
        "context_length_exceeded",
        "insufficient_quota",
        "invalid_api_key",
        "model_not_found",
        "rate_limit_exceeded",
        "server_error",
        "invalid_request_error",
        "authentication_error",
        "permission_error",
        "not_found_error",
        "rate_limit_error",
        "overloaded_error",
    }
)


def status_class(status: int) -> tuple[str, str]:
    if status in STATUS_CLASSES:
        return STATUS_CLASSES[status]
    if 300 <= status < 400:
        return "redirect", "it answered with a redirect, which is not followed"
    if status >= 500:
        return "server_error", "it failed"
    return "error", "it refused the request"


def status_detail(status: int, body: object) -> str:
    """`the model server answered HTTP 401 (authentication: invalid_api_key): it refused
    the service's credentials`: the status, its class, a code from VETTED_CODES if the
    server named one, and a fixed message. Nothing the server wrote itself."""
    kind, message = status_class(status)
    code = vetted_code(body)
    named = f"{kind}: {code}" if code and code != kind else kind
    return f"the model server answered HTTP {status} ({named}): {message}"


def vetted_code(body: object) -> str | None:
    if not isinstance(body, dict):
        return None
    for key in ("code", "type"):
        value = body.get(key)
        if isinstance(value, str) and value in VETTED_CODES:
            return value
    return None


def server_text(body: object) -> str:
    """The server's own words about an error, for the operator's log: one line, bounded."""
    text = body.get("message", body) if isinstance(body, dict) else body
    return " ".join(str(text).split())[:500]
