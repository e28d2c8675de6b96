"""Errors as values at the edge: every failure becomes the contract's error body."""

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from schemas.errors import ErrorBody, ErrorCode, ErrorDetail

log = logging.getLogger(__name__)

_STATUS_CODES: dict[int, ErrorCode] = {
    400: "validation_error",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "validation_error",
    413: "validation_error",
    503: "unavailable",
    504: "timeout",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        details: list[ErrorDetail] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}


def unauthorized(message: str = "missing or invalid bearer token") -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def validation(message: str, details: list[ErrorDetail]) -> ApiError:
    return ApiError(400, "validation_error", message, details=details)


def error_response(error: ApiError, request_id: str | None = None) -> JSONResponse:
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


async def handle_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc, getattr(request.state, "request_id", None))


async def handle_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = _STATUS_CODES.get(exc.status_code, "internal_error")
    details = (
        [ErrorDetail(field="body", message=str(exc.detail))]
        if exc.status_code
        in (
            400,
            413,
        )
        else None
    )
    return error_response(ApiError(exc.status_code, code, str(exc.detail), details))


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    error = ApiError(500, "internal_error", "internal error")
    return error_response(error, getattr(request.state, "request_id", None))
