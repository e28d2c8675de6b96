"""Path parameters and headers checked at the door, before they reach Postgres or Kafka."""

import re

from pydantic import TypeAdapter, ValidationError
from starlette.requests import Request

from api.errors import ApiError, validation
from schemas.errors import ErrorDetail
from schemas.requests import LAST_EVENT_ID_PATTERN, REQUEST_ID_PATTERN, OrgId, error_details

_ORG_ID = TypeAdapter(OrgId)
_REQUEST_ID = re.compile(REQUEST_ID_PATTERN)
_LAST_EVENT_ID = re.compile(LAST_EVENT_ID_PATTERN)


def org_id_param(request: Request) -> str:
    """The `{org_id}` path parameter under the body's rules for org_id, or 400."""
    value = request.path_params["org_id"]
    try:
        return _ORG_ID.validate_python(value)
    except ValidationError as exc:
        details = [
            ErrorDetail(field="org_id", message=detail.message) for detail in error_details(exc)
        ]
        raise validation("invalid org_id in the path", details) from None


def request_id_param(request: Request) -> str:
    """The `{request_id}` path parameter; 404 when no generation can have that id."""
    value = request.path_params["request_id"]
    if not _REQUEST_ID.fullmatch(value):
        raise ApiError(404, "not_found", "no such generation")
    request.state.request_id = value
    return str(value)


def last_event_id(request: Request) -> int | None:
    """The Last-Event-ID header as an event id (ASCII digits), None when absent, else 400."""
    value = request.headers.get("last-event-id")
    if value is None:
        return None
    if not _LAST_EVENT_ID.fullmatch(value):
        raise validation(
            "invalid Last-Event-ID header",
            [ErrorDetail(field="Last-Event-ID", message="must be an event id: 1-18 ASCII digits")],
        )
    return int(value)
