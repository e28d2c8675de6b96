"""The route table the OpenAPI document is built from: one row per method and path."""

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from api.openapi_parts import sse_content
from schemas.requests import DraftRequest, PlanRequest
from schemas.responses import DraftBody, GenerationStatus, HealthBody, PlanBody, PrincipleBody

BASE = "/api/v1/ai-coach"
GENERATION = f"{BASE}/generations/{{request_id}}"
POST_ERRORS = (400, 401, 403, 404, 409, 413, 429, 500, 503)


@dataclass(frozen=True)
class Operation:
    """One row of the route table: what a method on a path takes and answers."""

    method: str
    path: str
    operation_id: str
    summary: str
    ok: dict[str, Any]  # the 200 content, by media type
    errors: tuple[int, ...] = (500,)
    body: type[BaseModel] | None = None
    parameters: tuple[str, ...] = ()
    secured: bool = True
    generation: bool = False  # answers carry X-Request-ID
    extra: dict[str, Any] = field(default_factory=dict)  # more responses, by status


def _json(model: type[BaseModel]) -> dict[str, Any]:
    return {"application/json": {"schema": schema_ref(model)}}


def _media(media_type: str, description: str) -> dict[str, Any]:
    return {media_type: {"schema": {"type": "string", "description": description}}}


def schema_ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _post(
    path: str, op_id: str, summary: str, body: type[BaseModel], ok: dict[str, Any]
) -> Operation:
    sync = "text/event-stream" not in ok
    return Operation(
        "post",
        f"{BASE}{path}",
        op_id,
        summary,
        ok,
        POST_ERRORS + ((504,) if sync else ()),
        body=body,
        parameters=("IdempotencyKey",),
        generation=True,
    )


OPERATIONS: tuple[Operation, ...] = (
    _post(
        "/generate-draft",
        "generateDraft",
        "Write a draft plan as text",
        DraftRequest,
        _json(DraftBody),
    ),
    _post(
        "/generate-draft/stream",
        "generateDraftStream",
        "Write a draft plan, as SSE",
        DraftRequest,
        sse_content("draft"),
    ),
    _post(
        "/generate-plan",
        "generatePlan",
        "Structure an approved draft into workouts",
        PlanRequest,
        _json(PlanBody),
    ),
    _post(
        "/generate-plan/stream",
        "generatePlanStream",
        "Structure a draft, one SSE workout event per workout",
        PlanRequest,
        sse_content("plan"),
    ),
    _post(
        "/generate-plan/stream-batch",
        "generatePlanStreamBatch",
        "Structure a draft, one SSE result with the whole plan",
        PlanRequest,
        sse_content("plan-batch"),
    ),
    Operation(
        "get",
        f"{BASE}/training-principle/{{org_id}}",
        "getTrainingPrinciple",
        "The training principle the AI would use for this coach",
        _json(PrincipleBody),
        (400, 401, 403, 404, 500, 503),
        parameters=("OrgId",),
    ),
    Operation(
        "get",
        GENERATION,
        "getGeneration",
        "Status and result of one generation",
        _json(GenerationStatus),
        (401, 403, 404, 500, 503),
        parameters=("RequestId",),
        generation=True,
    ),
    Operation(
        "get",
        f"{GENERATION}/events",
        "getGenerationEvents",
        "A generation's events from the start (or after Last-Event-ID), then live",
        sse_content("events"),
        (400, 401, 403, 404, 500, 503),
        parameters=("RequestId", "LastEventId"),
        generation=True,
    ),
    Operation(
        "get",
        f"{GENERATION}/calendar.ics",
        "getGenerationCalendar",
        "A dated plan as iCalendar (409 without start_date)",
        _media("text/calendar", "An iCalendar file, one event per workout."),
        (401, 403, 404, 409, 500, 503),
        parameters=("RequestId",),
        generation=True,
    ),
    Operation(
        "get",
        f"{GENERATION}/workouts.zip",
        "getGenerationWorkouts",
        "The plan's workouts as Garmin FIT workout files",
        _media("application/zip", "A zip of .fit workout files, one per workout."),
        (401, 403, 404, 409, 500, 503),
        parameters=("RequestId",),
        generation=True,
    ),
    Operation(
        "get",
        "/healthz",
        "health",
        "200 once the api reaches Kafka and Postgres",
        _json(HealthBody),
        secured=False,
        extra={
            "503": {"description": "Kafka or Postgres unreachable", "content": _json(HealthBody)}
        },
    ),
    Operation(
        "get",
        "/metrics",
        "metrics",
        "Prometheus metrics (401 without COACH_METRICS_TOKEN when one is set; 404 when they "
        "are served on COACH_API_METRICS_PORT instead)",
        _media("text/plain", "Prometheus text exposition format."),
        (401, 404, 500),
        secured=False,
    ),
    Operation(
        "get",
        "/openapi.json",
        "openapi",
        "This document",
        {"application/json": {"schema": {"type": "object"}}},
        secured=False,
    ),
    Operation(
        "get",
        "/docs",
        "docs",
        "The API reference page",
        _media("text/html", "Renders /openapi.json."),
        secured=False,
    ),
    Operation(
        "get",
        "/docs/assets/{name}",
        "docsAsset",
        "A file the reference page loads",
        {"*/*": {"schema": {"type": "string", "format": "binary"}}},
        (404, 500),
        parameters=("AssetName",),
        secured=False,
    ),
    Operation(
        "get",
        "/editor",
        "editor",
        "The plan editor page",
        _media("text/html", "A page driving the plan stream."),
        secured=False,
    ),
    Operation(
        "get",
        "/editor/{name}",
        "editorAsset",
        "A file the plan editor page loads",
        {"*/*": {"schema": {"type": "string", "format": "binary"}}},
        (404, 500),
        parameters=("EditorAssetName",),
        secured=False,
    ),
)
