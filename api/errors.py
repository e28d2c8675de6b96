"""Errors as values at the edge: every failure becomes the contract's error body."""

import json
import logging
import re

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import (
    RETRY_AFTER_S,
    ApiError,
    log_unavailable,
    unauthorized,
    unavailable,
    validation,
)
from schemas.errors import ErrorBody, ErrorCode, ErrorDetail

log = logging.getLogger(__name__)

__all__ = [
    "RETRY_AFTER_S",
    "ApiError",
    "LastResort",
    "error_response",
    "log_unavailable",
    "unauthorized",
    "unavailable",
    "validation",
]

_STATUS_CODES: dict[int, ErrorCode] = {
    400: "validation_error",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "validation_error",
    408: "request_timeout",
    409: "conflict",
    413: "validation_error",
    429: "rate_limited",
    503: "unavailable",
    504: "timeout",
}
# Only this may travel in the X-Request-ID header (and the body's request_id).
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def safe_request_id(value: object) -> str | None:
    return value if isinstance(value, str) and _SAFE_REQUEST_ID.match(value) else None


def error_response(error: ApiError, request_id: object = None) -> JSONResponse:
    request_id = safe_request_id(request_id)
    body = ErrorBody(
        error=error.message,
        code=error.code,
        details=error.details if error.status == 400 else None,
        request_id=request_id,
    )
    headers = dict(error.headers)
    if request_id:
        headers["X-Request-ID"] = request_id
    return JSONResponse(body.to_json(), status_code=error.status, headers=headers)


def _request_id(request: Request) -> object:
    return getattr(request.state, "request_id", None)


async def handle_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc, exc.request_id or _request_id(request))


async def handle_http_exception(request: Request, exc: Exception) -> Response:
    """Starlette's own refusals (unknown route 404, wrong method 405) in the contract's body."""
    assert isinstance(exc, HTTPException)
    code = _STATUS_CODES.get(exc.status_code, "internal_error")
    details = [ErrorDetail(field="body", message=str(exc.detail))]
    error = ApiError(exc.status_code, code, str(exc.detail), details, dict(exc.headers or {}))
    return error_response(error)


async def handle_unreachable(request: Request, exc: Exception) -> Response:
    """Postgres or Kafka away (refused, dropped, timed out): 503 with Retry-After."""
    log.warning("unavailable on %s %s: %r", request.method, request.url.path, exc)
    return error_response(unavailable(), _request_id(request))


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    error = ApiError(500, "internal_error", "internal error")
    return error_response(error, _request_id(request))


_LAST_RESORT = json.dumps({"error": "internal error", "code": "internal_error"}).encode()


class LastResort:
    """The outermost layer: whatever escapes everything else, even a failing error handler,
    still answers the contract's JSON 500 if no response has started."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = finished = False

        async def tracking_send(message: Message) -> None:
            nonlocal started, finished
            if message["type"] == "http.response.start":
                started = True
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            if finished:
                return  # answered by the error handlers, which logged it
            if started:
                raise  # cut off mid-response: the server closes the connection
            log.exception("error escaped the error handlers")
            await send(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(_LAST_RESORT)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": _LAST_RESORT})
