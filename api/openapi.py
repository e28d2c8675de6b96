"""The OpenAPI 3.1 document of the api, built from the pydantic models and a table of routes."""

import functools
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from api.openapi_parts import ERROR_RESPONSES, HEADERS, PARAMETERS, ok_headers
from api.openapi_routes import BASE, OPERATIONS, Operation, schema_ref
from schemas.errors import ErrorBody
from schemas.requests import DraftRequest, PlanRequest
from schemas.responses import (
    Done,
    DraftBody,
    GenerationStatus,
    HealthBody,
    PlanBody,
    PlanStreamResult,
    PrincipleBody,
    Progress,
)

# A generation's answer leads to where it can be read again.
LINKS = {
    name: {"operationId": target, "parameters": {"request_id": "$response.body#/request_id"}}
    for name, target in (
        ("GetGeneration", "getGeneration"),
        ("GetGenerationEvents", "getGenerationEvents"),
    )
}


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
            "content": {"application/json": {"schema": schema_ref(op.body)}},
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
        Done,
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
