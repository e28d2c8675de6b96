"""The door without services: bounded JSON, storable text, and the error body for everything."""

import json
from typing import Any

import httpx
import pytest
from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api.app import Api, create_app
from api.body import parse_json_object
from api.errors import ApiError, error_response
from schemas.requests import DraftRequest, PlanRequest, error_details

GOOD: dict[str, Any] = {"weeks": 4, "level": "beginner", "org_id": "club"}


@pytest.mark.parametrize(
    "raw",
    [
        b'{"weeks": ' + b"9" * 5000 + b"}",
        b"[" * 50_000 + b"]" * 50_000,
        b'{"a": NaN}',
        b'{"a": Infinity}',
        b'{"a": "\\ud800"}',
        b'{"a": "\xff"}',
        b"",
        b"[1]",
        b'"text"',
    ],
)
def test_parse_json_object_refuses_what_it_cannot_bound(raw: bytes) -> None:
    with pytest.raises(ApiError) as caught:
        parse_json_object(raw)
    assert caught.value.status == 400 and caught.value.code == "validation_error"
    assert [detail.field for detail in caught.value.details or []] == ["body"]


def test_parse_json_object_reads_an_object() -> None:
    assert parse_json_object(json.dumps(GOOD).encode()) == GOOD


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("org_id", "cl\x00ub", "must not contain NUL (\\u0000) characters"),
        ("org_id", "\ud800", "must be valid Unicode text (no lone surrogates)"),
        ("additional_prompt", "x\x00", "must not contain NUL (\\u0000) characters"),
        ("training_principle", "80/20 \udfff", "must be valid Unicode text (no lone surrogates)"),
        ("org_id", "x" * 201, "must be at most 200 characters"),
        ("org_id", "", "must not be empty"),
        ("org_id", "   ", "must not be blank"),
    ],
)
def test_text_fields_refuse_what_postgres_cannot_hold(field: str, value: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        DraftRequest.model_validate({**GOOD, field: value})
    assert [(d.field, d.message) for d in error_details(caught.value)] == [(field, message)]


def test_refined_draft_refuses_nul() -> None:
    body = {**GOOD, "refined_draft": "Week 1 | base\nTue: easy run 30 min\x00"}
    with pytest.raises(ValidationError) as caught:
        PlanRequest.model_validate(body)
    assert {d.field for d in error_details(caught.value)} == {"refined_draft"}


def test_error_response_carries_only_a_safe_request_id() -> None:
    error = ApiError(404, "not_found", "no such generation")
    assert "x-request-id" not in error_response(error, "\u20ac").headers
    assert "x-request-id" not in error_response(error, "a b").headers
    assert error_response(error, "ab12").headers["x-request-id"] == "ab12"


async def call(app: Any, method: str, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://door") as client:
        return await client.request(method, path)


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["code"] == code and response.json()["error"]


async def test_unknown_route_and_wrong_method_answer_the_error_body() -> None:
    app = create_app()
    assert_error(await call(app, "GET", "/nowhere"), 404, "not_found")
    wrong = await call(app, "PUT", "/api/v1/ai-coach/generate-draft")
    assert_error(wrong, 405, "validation_error")
    assert wrong.headers["allow"] == "POST"


async def test_unexpected_exception_is_a_json_500() -> None:
    # Without its lifespan the app has no dependencies: the handler fails unexpectedly.
    response = await call(create_app(), "GET", "/api/v1/ai-coach/training-principle/club")
    assert_error(response, 500, "internal_error")


async def test_a_failing_error_handler_still_answers_json_500() -> None:
    async def boom(request: Request) -> Response:
        raise RuntimeError("boom")

    async def broken_handler(request: Request, exc: Exception) -> Response:
        raise LookupError("the error handler itself failed")

    app = Api(routes=[Route("/boom", boom)], exception_handlers={Exception: broken_handler})
    assert_error(await call(app, "GET", "/boom"), 500, "internal_error")


async def test_reference_page_and_its_assets_are_served_locally() -> None:
    app = create_app()
    page = await call(app, "GET", "/docs")
    assert page.status_code == 200 and "/docs/assets/swagger-ui-bundle.js" in page.text
    assert "http" not in page.text.replace('lang="en"', "")
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "docs.js"):
        assert (await call(app, "GET", f"/docs/assets/{asset}")).status_code == 200
    assert_error(await call(app, "GET", "/docs/assets/index.html"), 404, "not_found")
    assert (await call(app, "GET", "/openapi.json")).json()["openapi"] == "3.1.0"
