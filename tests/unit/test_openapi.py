"""The OpenAPI document: valid 3.1, covering every route the app serves, kept in docs/."""

import json

from openapi_spec_validator import OpenAPIV31SpecValidator
from starlette.routing import Route

from api.app import create_app
from api.openapi import document, served_operations
from api.openapi_routes import OPERATIONS
from tests.conftest import ROOT

BASE = "/api/v1/ai-coach"
# Every endpoint of the contract, including those other modules add.
CONTRACT = {
    ("post", f"{BASE}/generate-draft"),
    ("post", f"{BASE}/generate-draft/stream"),
    ("post", f"{BASE}/generate-plan"),
    ("post", f"{BASE}/generate-plan/stream"),
    ("post", f"{BASE}/generate-plan/stream-batch"),
    ("get", f"{BASE}/training-principle/{{org_id}}"),
    ("get", f"{BASE}/generations/{{request_id}}"),
    ("get", f"{BASE}/generations/{{request_id}}/events"),
    ("get", f"{BASE}/generations/{{request_id}}/calendar.ics"),
    ("get", f"{BASE}/generations/{{request_id}}/workouts.zip"),
    ("get", "/healthz"),
    ("get", "/metrics"),
    ("get", "/openapi.json"),
    ("get", "/docs"),
    ("get", "/editor"),
}


def app_document() -> dict[str, object]:
    return document(served_operations(create_app().routes))


def test_openapi_document_is_valid_openapi_3_1() -> None:
    spec = app_document()
    assert spec["openapi"] == "3.1.0"
    OpenAPIV31SpecValidator(spec).validate()


def test_openapi_documents_every_route_the_app_serves() -> None:
    routes = create_app().routes
    assert all(isinstance(route, Route) for route in routes)
    paths = app_document()["paths"]
    assert isinstance(paths, dict)
    for method, path in served_operations(routes):
        assert method in paths.get(path, {}), f"{method.upper()} {path} is not documented"


def test_openapi_table_covers_the_contract() -> None:
    table = {(op.method, op.path) for op in OPERATIONS}
    assert table >= CONTRACT
    assert len(table) == len(OPERATIONS), "one row per method and path"


def test_openapi_describes_bodies_errors_and_security() -> None:
    spec = app_document()
    draft = spec["paths"][f"{BASE}/generate-draft"]["post"]  # type: ignore[index]
    body = draft["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/DraftRequest"}
    assert draft["security"] == [{"bearer": []}]
    assert {"200", "400", "401", "403", "404", "409", "413", "429", "500", "503", "504"} <= set(
        draft["responses"]
    )
    assert [p["$ref"] for p in draft["parameters"]] == ["#/components/parameters/IdempotencyKey"]
    stream = spec["paths"][f"{BASE}/generate-plan/stream"]["post"]  # type: ignore[index]
    assert set(stream["responses"]["200"]["content"]) == {"text/event-stream"}
    components = spec["components"]
    assert components["securitySchemes"]["bearer"]["scheme"] == "bearer"  # type: ignore[index]
    schemas = components["schemas"]  # type: ignore[index]
    assert "Note" in schemas and "Workout" in schemas
    assert schemas["DraftRequest"]["properties"]["org_id"]["maxLength"] == 200
    assert schemas["PlanRequest"]["properties"]["refined_draft"]["maxLength"] == 100_000
    assert schemas["ErrorBody"]["required"] == ["error", "code"]


def test_openapi_file_in_docs_is_current() -> None:
    written = json.loads((ROOT / "docs" / "openapi.json").read_text())
    assert written == app_document(), "docs/openapi.json is stale: run `make schema`"
