"""The OpenAPI 3.1 document of the api, built from the pydantic models and a table of routes."""

import functools
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from api.openapi_parts import ERROR_RESPONSES, HEADERS, PARAMETERS, ok_headers, sse_content
from schemas.errors import ErrorBody
from schemas.requests import DraftRequest, PlanRequest
from schemas.responses import (
    DraftBody,
    GenerationStatus,
    HealthBody,
    PlanBody,
    PlanStreamResult,
    PrincipleBody,
    Progress,
)

BASE = "/api/v1/ai-coach"
GENERATION = f"{BASE}/generations/{{request_id}}"
POST_ERRORS = (400, 401, 403, 404, 409, 413, 429, 500, 503)
# A generation's answer leads to where it can be read again.
LINKS = {
    name: {"operationId": target, "parameters": {"request_id": "$response.body#/request_id"}}
    for name, target in (
        ("GetGeneration", "getGeneration"),
        ("GetGenerationEvents", "getGenerationEvents"),
    )
}


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
    return {"application/json": {"schema": _ref(model)}}


def _media(media_type: str, description: str) -> dict[str, Any]:
    return {media_type: {"schema": {"type": "string", "description": description}}}


def _ref(model: type[BaseModel]) -> dict[str, str]:
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
        "Structure a draft, one SSE `workout` event per workout",
        PlanRequest,
        sse_content("plan"),
    ),
    _post(
        "/generate-plan/stream-batch",
        "generatePlanStreamBatch",
        "Structure a draft, one SSE `result` with the whole plan",
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
        "Prometheus metrics",
        _media("text/plain", "Prometheus text exposition format."),
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
)


def served_operations(routes: Iterable[BaseRoute]) -> frozenset[tuple[str, str]]:
    """(method, path) of every endpoint the app serves, HEAD aside."""
    served = set()
    for route in routes:
        if isinstance(route, Route):
            for method in route.methods or ():
                if method != "HEAD":
                    served.add((method.lower(), route.path))
    return frozenset(served)


@functools.cache
def document(served: frozenset[tuple[str, str]]) -> dict[str, Any]:
    """The document of the operations in the table that the app serves."""
    paths: dict[str, dict[str, Any]] = {}
    for op in OPERATIONS:
        if (op.method, op.path) in served:
            paths.setdefault(op.path, {})[op.method] = _operation(op)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "coach-agent",
            "version": "1",
            "description": "Running training plans: a draft as text, then structured workouts. "
            "Every error body is ErrorBody; `details` only on 400.",
        },
        "paths": paths,
        "components": {
            "schemas": _schemas(),
            "parameters": PARAMETERS,
            "headers": HEADERS,
            "responses": ERROR_RESPONSES,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


def _operation(op: Operation) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "OK", "content": op.ok}
    if op.generation:
        ok["headers"] = ok_headers()
    if "application/json" in op.ok and op.method == "post":
        ok["links"] = LINKS
    responses: dict[str, Any] = {"200": ok, **op.extra}
    for status in op.errors:
        responses[str(status)] = {"$ref": f"#/components/responses/E{status}"}
    operation: dict[str, Any] = {
        "operationId": op.operation_id,
        "summary": op.summary,
        "tags": ["ai-coach" if op.path.startswith(BASE) else "service"],
        "parameters": [{"$ref": f"#/components/parameters/{name}"} for name in op.parameters],
        "responses": responses,
        "security": [{"bearer": []}] if op.secured else [],
    }
    if op.body is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _ref(op.body)}},
        }
    return operation


def _schemas() -> dict[str, Any]:
    models: list[tuple[type[BaseModel], JsonSchemaMode]] = [
        (DraftRequest, "validation"),
        (PlanRequest, "validation"),
    ]
    for model in (
        DraftBody,
        PlanBody,
        PlanStreamResult,
        Progress,
        GenerationStatus,
        PrincipleBody,
        HealthBody,
        ErrorBody,
    ):
        models.append((model, "serialization"))
    _, top = models_json_schema(models, ref_template="#/components/schemas/{model}")
    schemas: dict[str, Any] = top["$defs"]
    return schemas


async def openapi_json(request: Request) -> Response:
    return JSONResponse(document(served_operations(request.app.routes)))


def main() -> None:
    """Print the document of the app as `create_app()` builds it (make schema)."""
    from api.app import create_app

    json.dump(document(served_operations(create_app().routes)), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
