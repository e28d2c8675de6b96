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
    "EditorAssetName": {
        "name": "name",
        "in": "path",
        "required": True,
        "description": "A file of the editor page, e.g. app.js (no others are served).",
        "schema": {"type": "string"},
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


_RETRY_AFTER = {"Retry-After": {"$ref": "#/components/headers/RetryAfter"}}
# status -> (code, an example message, when, more headers)
_ERRORS: dict[int, tuple[str, str, str, dict[str, Any]]] = {
    400: (
        "validation_error",
        "invalid request: weeks",
        "An invalid body field, path parameter or header, or a body that is not a JSON "
        "object (nesting deeper than 200, integers over 4,300 digits, invalid UTF-8); "
        "`details` names each field. " + _TEXT_RULES,
        {},
    ),
    401: (
        "unauthorized",
        "missing or invalid bearer token",
        "A missing, malformed, unknown, expired or revoked bearer token.",
        {"WWW-Authenticate": {"$ref": "#/components/headers/WWWAuthenticate"}},
    ),
    403: (
        "forbidden",
        "you are not a coach of this organisation",
        "Not a coach or admin of the organisation, or its plan lacks the coach_agent feature.",
        {},
    ),
    404: (
        "not_found",
        "organisation 'club' not found",
        "No such organisation or generation (or one the caller may not read).",
        {},
    ),
    409: (
        "conflict",
        "this Idempotency-Key was used with another request body in the last 24 hours",
        "An Idempotency-Key reused with another body, or an export this generation cannot "
        "give (e.g. .ics without start_date).",
        {},
    ),
    413: (
        "validation_error",
        f"request body larger than {MAX_BODY_BYTES} bytes",
        f"A body larger than {MAX_BODY_BYTES} bytes (also when streamed without a length).",
        {},
    ),
    429: (
        "rate_limited",
        "your organisation has 20 generations in flight; try again shortly",
        "The organisation has too many generations in flight.",
        _RETRY_AFTER,
    ),
    500: (
        "generation_failed",
        "the model's answer could not be used",
        "The AI generation failed (nothing half-written is a result); or `internal_error`, "
        "anything unexpected.",
        {},
    ),
    503: (
        "unavailable",
        "the event log cannot accept requests right now; nothing was accepted",
        "Kafka or Postgres cannot be reached; nothing was accepted.",
        _RETRY_AFTER,
    ),
    504: (
        "timeout",
        "the generation did not finish in time; it goes on",
        "The generation did not finish in time; it goes on: follow GET /generations/{request_id}.",
        {},
    ),
}

ERROR_RESPONSES: dict[str, Any] = {
    f"E{status}": {
        "description": f"`{code}`: {description}",
        "headers": {"X-Request-ID": {"$ref": "#/components/headers/XRequestId"}, **headers},
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/ErrorBody"},
                "example": {"error": message, "code": code},
            }
        },
    }
    for status, (code, message, description, headers) in _ERRORS.items()
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _event(name: str, data: dict[str, Any]) -> dict[str, Any]:
    """One SSE event as OpenAPI 3.1 describes it: its name, id and JSON data.

    The id is optional: a stream cut short by its time bound ends with `error` and `done`
    without ids, so that a client re-attaching with Last-Event-ID misses nothing.
    """
    return {
        "type": "object",
        "required": ["event", "data"],
        "properties": {
            "event": {"const": name},
            "id": {"type": "string", "pattern": "^[0-9]+$"},
            "data": {
                "type": "string",
                "contentMediaType": "application/json",
                "contentSchema": data,
            },
        },
    }


_PROGRESS = _event("progress", _ref("Progress"))
_END = (
    _event("error", _ref("GenerationError")),
    _event("done", {"type": "object", "maxProperties": 0}),
)
_PLAN = (
    _event("workout", _ref("Workout")),
    _event("weekly_info", {"type": "object", "additionalProperties": _ref("WeekInfo")}),
    _event("result", _ref("PlanStreamResult")),
)
_DRAFT_RESULT = _event("result", _ref("DraftBody"))
_STREAMS: dict[str, tuple[str, tuple[dict[str, Any], ...]]] = {
    "draft": (
        "`progress` (several, rising), then `result` (DraftBody) or `error`, then `done`.",
        (_PROGRESS, _DRAFT_RESULT, *_END),
    ),
    "plan": (
        "`workout` events as each week is generated, in week order; `progress`; "
        "`weekly_info` once per completed week; then `result` (PlanStreamResult) or "
        "`error`, then `done`.",
        (_PROGRESS, *_PLAN, *_END),
    ),
    "plan-batch": (
        "`progress`, then `result` (PlanBody) or `error`, then `done`.",
        (_PROGRESS, _event("result", _ref("PlanBody")), *_END),
    ),
    "events": (
        "The generation's events as its stream variant (draft or incremental plan) sends "
        "them, from the start or after Last-Event-ID, then live until `done`.",
        (_PROGRESS, _DRAFT_RESULT, *_PLAN, *_END),
    ),
}


def sse_content(stream: str) -> dict[str, Any]:
    """An SSE response: `schema` describes each event (OpenAPI 3.1 has no itemSchema)."""
    description, events = _STREAMS[stream]
    description += (
        " Each event has `event:`, JSON `data:` and a rising `id:` (what Last-Event-ID "
        "takes; not on the `error` and `done` that end a stream cut short by its time "
        "bound); `done` is always last; keep-alive comments while idle."
    )
    return {"text/event-stream": {"schema": {"description": description, "anyOf": list(events)}}}
