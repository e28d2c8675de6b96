"""Bad input from outside, against the real stack: each answers its status and the error body."""

import json
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.conftest import Stack

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"
DRAFT = f"{BASE}/generate-draft"
GOOD = {"weeks": 1, "level": "beginner", "org_id": "demo"}
UNKNOWN_ID = "0" * 32


@pytest.fixture(scope="module")
def client(stack: Stack) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {stack.demo_token}"}
    with httpx.Client(base_url=stack.base_url, headers=headers, timeout=60) as client:
        yield client


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    """The status, a JSON error body with the code, `details` on 400, a safe X-Request-ID."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json"), response.headers
    body = response.json()
    assert body["code"] == code and isinstance(body["error"], str) and body["error"], body
    if status == 400:
        details = body["details"]
        assert details and all(d["field"] and d["message"] for d in details), body
    request_id = response.headers.get("x-request-id")
    assert request_id is None or (request_id.isascii() and request_id.isalnum())
    return body


def fields(body: dict[str, object]) -> set[str]:
    return {d["field"] for d in body["details"]}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "raw",
    [
        b'{"weeks": ' + b"9" * 5000 + b', "level": "beginner", "org_id": "demo"}',
        b"[" * 50_000 + b"]" * 50_000,
        b'{"a":' * 40_000 + b"1" + b"}" * 40_000,
        b'{"weeks": NaN, "level": "beginner", "org_id": "demo"}',
        b'{"weeks": 1, "level": "beginner", "org_id": "\xff"}',
        b'{"weeks": 1, "level": "beginner", "org_id": "demo"} trailing',
        b"null",
        b"12",
    ],
    ids=["huge-int", "deep-array", "deep-object", "nan", "bad-utf8", "trailing", "null", "num"],
)
def test_malformed_json_is_400(client: httpx.Client, raw: bytes) -> None:
    body = assert_error(client.post(DRAFT, content=raw), 400, "validation_error")
    assert fields(body) == {"body"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("org_id", "de\u0000mo"),
        ("org_id", "\ud800"),
        ("additional_prompt", "two track sessions\u0000"),
        ("training_principle", "80/20 \udfff"),
        ("org_id", "x" * 201),
    ],
)
def test_text_postgres_cannot_hold_is_400(client: httpx.Client, field: str, value: str) -> None:
    # json.dumps escapes: a lone surrogate as \ud800, which JSON allows and UTF-8 cannot hold.
    raw = json.dumps({**GOOD, field: value}).encode()
    body = assert_error(client.post(DRAFT, content=raw), 400, "validation_error")
    assert fields(body) <= {field, "body"}


def test_plan_draft_with_nul_is_400_naming_it(client: httpx.Client) -> None:
    plan = {**GOOD, "refined_draft": "Week 1 | base\nTue: easy run 30 min\u0000"}
    body = assert_error(client.post(f"{BASE}/generate-plan", json=plan), 400, "validation_error")
    assert fields(body) == {"refined_draft"}


def test_generation_id_of_the_wrong_shape_is_404(client: httpx.Client) -> None:
    for path in ("%E2%82%AC", "%00", "x" * 5000, ("ab" * 16).upper(), "..%2F..%2Fetc"):
        response = client.get(f"{BASE}/generations/{path}")
        assert_error(response, 404, "not_found")
        assert "x-request-id" not in response.headers
        assert_error(client.get(f"{BASE}/generations/{path}/events"), 404, "not_found")


def test_generation_id_is_checked_after_authentication(stack: Stack) -> None:
    response = httpx.get(f"{stack.base_url}{BASE}/generations/%E2%82%AC", timeout=30)
    assert_error(response, 401, "unauthorized")


@pytest.mark.parametrize("value", ["\u00b2".encode("latin-1"), "²".encode(), b"-1", b"1.5", b"x"])
def test_last_event_id_not_ascii_digits_is_400(client: httpx.Client, value: bytes) -> None:
    response = client.get(
        f"{BASE}/generations/{UNKNOWN_ID}/events", headers={"Last-Event-ID": value}
    )
    body = assert_error(response, 400, "validation_error")
    assert fields(body) == {"Last-Event-ID"}


@pytest.mark.parametrize("value", [b"", b"k" * 201, "caf\u00e9".encode(), b"tab\there"])
def test_bad_idempotency_key_is_400(client: httpx.Client, value: bytes) -> None:
    response = client.post(DRAFT, json=GOOD, headers={"Idempotency-Key": value})
    body = assert_error(response, 400, "validation_error")
    assert fields(body) == {"Idempotency-Key"}


@pytest.mark.parametrize(
    ("path", "status"),
    [("de%00mo", 400), ("x" * 201, 400), ("%20%20", 400), ("%ED%A0%80", 404), ("nope", 404)],
)
def test_bad_org_id_in_path(client: httpx.Client, path: str, status: int) -> None:
    response = client.get(f"{BASE}/training-principle/{path}")
    assert_error(response, status, "validation_error" if status == 400 else "not_found")


@pytest.mark.parametrize("scheme", ["bearer", "BEARER", "Bearer ", "bEaReR"])
def test_bearer_scheme_is_case_insensitive(stack: Stack, scheme: str) -> None:
    headers = {"Authorization": f"{scheme} {stack.demo_token}"}
    response = httpx.get(f"{stack.base_url}{BASE}/training-principle/demo", headers=headers)
    assert response.status_code == 200, response.text


def test_oversized_body_streamed_without_length_is_413(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"weeks": 1, "pad": "'
        for _ in range(40):
            yield b"x" * 8192
        yield b'"}'

    response = client.post(DRAFT, content=chunks())
    assert "content-length" not in response.request.headers
    assert response.request.headers["transfer-encoding"] == "chunked"
    assert_error(response, 413, "validation_error")


def test_unknown_route_and_wrong_method_answer_the_error_body(client: httpx.Client) -> None:
    assert_error(client.get("/nowhere"), 404, "not_found")
    assert_error(client.get(f"{BASE}/generate-draft/nowhere"), 404, "not_found")
    wrong = client.get(DRAFT)
    assert_error(wrong, 405, "validation_error")
    assert wrong.headers["allow"] == "POST"
    assert_error(client.delete(f"{BASE}/generations/{UNKNOWN_ID}"), 405, "validation_error")
