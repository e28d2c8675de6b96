"""The api's failures as values: an HTTP status, the contract's code and message, no framework."""

from schemas.errors import ErrorCode, ErrorDetail

RETRY_AFTER_S = "5"


class ApiError(Exception):
    """A refusal the edge turns into the contract's error body (`api/errors.py`).

    `request_id` names the generation the refusal concerns when there is one (a request
    Kafka would not take), so the answer carries it.
    """

    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        details: list[ErrorDetail] | None = None,
        headers: dict[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}
        self.request_id = request_id


def unauthorized(message: str = "missing or invalid bearer token") -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def validation(message: str, details: list[ErrorDetail]) -> ApiError:
    return ApiError(400, "validation_error", message, details=details)


def unavailable() -> ApiError:
    return ApiError(
        503,
        "unavailable",
        "a service the api needs is unreachable right now; nothing was accepted, try later",
        headers={"Retry-After": RETRY_AFTER_S},
    )


def log_unavailable(request_id: str | None = None) -> ApiError:
    """The event log cannot take a request: nothing of it was kept."""
    return ApiError(
        503,
        "unavailable",
        "the event log cannot accept requests right now; nothing was accepted",
        headers={"Retry-After": RETRY_AFTER_S},
        request_id=request_id,
    )
