"""The OpenAPI document's shared parts: parameters, headers, error responses, SSE events."""

from typing import Any

from pydantic import TypeAdapter

from api.docs_page import ASSETS
from schemas.requests import (
    IDEMPOTENCY_KEY_PATTERN,
    LAST_EVENT_ID_PATTERN,
    MAX_BODY_BYTES,
    REQUEST_ID_PATTERN,
    OrgId,
)

_TEXT_RULES = (
    "Every text field: no NUL characters, no lone surrogates, at most its maxLength "
    "(else 400 validation_error naming the field)."
)

PARAMETERS: dict[str, Any] = {
    "OrgId": {
        "name": "org_id",
        "in": "path",
        "required": True,
        "description": "The organisation. " + _TEXT_RULES,
        "schema": TypeAdapter(OrgId).json_schema(),
    },
    "RequestId": {
        "name": "request_id",
        "in": "path",
        "required": True,
        "description": "A generation's id (32 lowercase hex characters; any other is 404).",
        "schema": {"type": "string", "pattern": REQUEST_ID_PATTERN},
    },
    "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": False,
        "description": "The same key with the same body within 24 h answers the same "
        "generation instead of starting another; reused with another body: 409 conflict.",
        "schema": {"type": "string", "pattern": IDEMPOTENCY_KEY_PATTERN},
    },
    "LastEventId": {
        "name": "Last-Event-ID",
        "in": "header",
        "required": False,
        "description": "Resume after this SSE event id (ASCII digits; else 400).",
        "schema": {"type": "string", "pattern": LAST_EVENT_ID_PATTERN},
    },
    "AssetName": {
        "name": "name",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "enum": sorted(ASSETS)},
    },
}

HEADERS: dict[str, Any] = {
    "XRequestId": {
        "description": "The generation's request id.",
        "schema": {"type": "string"},
    },
    "RetryAfter": {
        "description": "Seconds to wait before trying again.",
        "required": True,
        "schema": {"type": "string", "pattern": "^[0-9]+$"},
    },
    "WWWAuthenticate": {"required": True, "schema": {"type": "string"}},
}


def ok_headers() -> dict[str, Any]:
    return {"X-Request-ID": {**HEADERS["XRequestId"], "required": True}}


_ERRORS: dict[int, tuple[str, dict[str, Any]]] = {
    400: (
        "validation_error: an invalid body field, path parameter or header, or a body that "
        "is not a JSON object (nesting deeper than 200, integers over 4,300 digits, invalid "
        "UTF-8); `details` names each field. " + _TEXT_RULES,
        {},
    ),
    401: (
        "unauthorized: a missing, malformed, unknown or revoked bearer token.",
        {"WWW-Authenticate": {"$ref": "#/components/headers/WWWAuthenticate"}},
    ),
    403: (
        "forbidden: not a coach or admin of the organisation, or its plan lacks the "
        "coach_agent feature.",
        {},
    ),
    404: (
        "not_found: no such organisation or generation (or one the caller may not read).",
        {},
    ),
    409: (
        "conflict: an Idempotency-Key reused with another body, or an export this "
        "generation cannot give (e.g. .ics without start_date).",
        {},
    ),
    413: (f"validation_error: a body larger than {MAX_BODY_BYTES} bytes.", {}),
    429: (
        "rate_limited: the organisation has too many generations in flight.",
        {"Retry-After": {"$ref": "#/components/headers/RetryAfter"}},
    ),
    500: ("generation_failed (the AI generation failed) or internal_error.", {}),
    503: (
        "unavailable: Kafka or Postgres cannot be reached; nothing was accepted.",
        {"Retry-After": {"$ref": "#/components/headers/RetryAfter"}},
    ),
    504: (
        "timeout: the generation did not finish in time; it goes on, follow "
        "GET /generations/{request_id}.",
        {},
    ),
}

ERROR_RESPONSES: dict[str, Any] = {
    f"E{status}": {
        "description": description,
        "headers": {"X-Request-ID": {"$ref": "#/components/headers/XRequestId"}, **headers},
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
    }
    for status, (description, headers) in _ERRORS.items()
}

_DONE = "then `done` (`{}`), always last."
SSE_EVENTS = {
    "draft": "Events: `progress` {status, message, progress 0-100} (several, rising), then "
    "`result` (DraftBody) or `error` {error, code}, " + _DONE,
    "plan": "Events: `workout` (Workout) as each week is generated, `progress` {status, "
    "message, count, total, progress}, `weekly_info` ({week: WeekInfo}) once per week, then "
    "`result` (PlanStreamResult) or `error` {error, code}, " + _DONE,
    "plan-batch": "Events: `progress`, then `result` (PlanBody) or `error` {error, code}, " + _DONE,
    "events": "The generation's events as its stream variant sends them, from the start or "
    "after Last-Event-ID, then live until `done`. Each event has `id:`; keep-alive comments "
    "while idle.",
}
