"""The real processes over HTTP: who may generate, and what a bad body gets."""

import httpx
import pytest

from tests.e2e.conftest import Stack

pytestmark = pytest.mark.e2e

DRAFT = "/api/v1/ai-coach/generate-draft"
PLAN = "/api/v1/ai-coach/generate-plan"
GOOD = {"weeks": 2, "level": "beginner", "org_id": "demo"}


@pytest.fixture(scope="module")
def people(stack: Stack) -> dict[str, str]:
    """Tokens for every kind of caller, made with the real admin CLI."""
    stack.cli("admin", "create-org", "plain", "--name", "No AI plan")
    stack.cli("admin", "create-org", "other", "--name", "Other club", "--feature", "coach_agent")
    stack.cli("admin", "create-user", "runner", "--org", "demo", "--role", "athlete")
    stack.cli("admin", "create-user", "outsider", "--org", "other", "--role", "coach")
    stack.cli("admin", "create-user", "plain-coach", "--org", "plain", "--role", "coach")
    stack.cli("admin", "create-user", "head", "--org", "demo", "--role", "admin")
    tokens = {
        name: stack.cli("admin", "issue-token", name).stdout.strip()
        for name in ("runner", "outsider", "plain-coach", "head")
    }
    issued = stack.cli("admin", "issue-token", "demo-coach")
    revoked, token_id = issued.stdout.strip(), issued.stderr.split()[1]
    stack.cli("admin", "revoke-token", "--id", token_id)
    return {**tokens, "revoked": revoked, "coach": stack.demo_token}


def post(
    stack: Stack, path: str, body: object, token: str | None, **kwargs: object
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with httpx.Client(base_url=stack.base_url, timeout=60) as client:
        if isinstance(body, bytes | str):
            return client.post(path, content=body, headers=headers, **kwargs)  # type: ignore[arg-type]
        return client.post(path, json=body, headers=headers, **kwargs)  # type: ignore[arg-type]


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code and isinstance(body["error"], str) and body["error"]
    return body


@pytest.mark.parametrize(
    "header", [None, "Basic abc", "Bearer", "Bearer short", "Bearer " + "x" * 40]
)
def test_missing_malformed_or_unknown_token_is_401(stack: Stack, header: str | None) -> None:
    with httpx.Client(base_url=stack.base_url, timeout=30) as client:
        headers = {"Authorization": header} if header else {}
        response = client.post(DRAFT, json=GOOD, headers=headers)
    assert_error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_revoked_token_is_401(stack: Stack, people: dict[str, str]) -> None:
    assert_error(post(stack, DRAFT, GOOD, people["revoked"]), 401, "unauthorized")


def test_athlete_is_403(stack: Stack, people: dict[str, str]) -> None:
    assert_error(post(stack, DRAFT, GOOD, people["runner"]), 403, "forbidden")


def test_coach_of_another_org_is_404_as_for_no_such_org(
    stack: Stack, people: dict[str, str]
) -> None:
    # The same answer as for an organisation that does not exist: existence leaks to no one.
    theirs = assert_error(post(stack, DRAFT, GOOD, people["outsider"]), 404, "not_found")
    none = assert_error(
        post(stack, DRAFT, {**GOOD, "org_id": "nope"}, people["outsider"]), 404, "not_found"
    )
    assert theirs["error"] == "organisation 'demo' not found"
    assert none["error"] == "organisation 'nope' not found"


def test_org_without_coach_agent_feature_is_403(stack: Stack, people: dict[str, str]) -> None:
    body = {**GOOD, "org_id": "plain"}
    assert_error(post(stack, DRAFT, body, people["plain-coach"]), 403, "forbidden")


def test_unknown_org_is_404(stack: Stack, people: dict[str, str]) -> None:
    assert_error(post(stack, DRAFT, {**GOOD, "org_id": "nope"}, people["coach"]), 404, "not_found")


def test_check_order_401_then_400_then_404_then_403(stack: Stack, people: dict[str, str]) -> None:
    assert_error(post(stack, DRAFT, {"weeks": "x"}, None), 401, "unauthorized")
    assert_error(
        post(stack, DRAFT, {"weeks": "x", "org_id": "nope"}, people["runner"]),
        400,
        "validation_error",
    )
    assert_error(post(stack, DRAFT, {**GOOD, "org_id": "nope"}, people["runner"]), 404, "not_found")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"weeks": True}, "weeks"),
        ({"weeks": 12.5}, "weeks"),
        ({"weeks": "12"}, "weeks"),
        ({"weeks": 0}, "weeks"),
        ({"weeks": 53}, "weeks"),
        ({"level": "elite"}, "level"),
        ({"org_id": ""}, "org_id"),
        ({"additional_prompt": "x" * 4001}, "additional_prompt"),
        ({"training_principle": "x" * 10001}, "training_principle"),
        ({"start_date": "2025-02-30"}, "start_date"),
        ({"start_date": "05/05/2025"}, "start_date"),
        ({"workout_preference": "sometimes"}, "workout_preference"),
    ],
)
def test_invalid_field_is_400_naming_it(
    stack: Stack, people: dict[str, str], change: dict[str, object], field: str
) -> None:
    body = assert_error(
        post(stack, DRAFT, {**GOOD, **change}, people["coach"]), 400, "validation_error"
    )
    assert field in {d["field"] for d in body["details"]}  # type: ignore[union-attr]


@pytest.mark.parametrize("missing", ["weeks", "level", "org_id"])
def test_missing_required_field_is_400(stack: Stack, people: dict[str, str], missing: str) -> None:
    body = {k: v for k, v in GOOD.items() if k != missing}
    error = assert_error(post(stack, DRAFT, body, people["coach"]), 400, "validation_error")
    assert error["details"] == [{"field": missing, "message": "is required"}]


def test_refined_draft_rules_are_400(stack: Stack, people: dict[str, str]) -> None:
    for draft in (None, "   too short ", 5, "x" * 100_001):
        body = {**GOOD, "refined_draft": draft} if draft is not None else GOOD
        error = assert_error(post(stack, PLAN, body, people["coach"]), 400, "validation_error")
        assert {d["field"] for d in error["details"]} == {"refined_draft"}  # type: ignore[union-attr]


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b'"text"', b"", b"\xff\xfe"])
def test_malformed_or_non_object_body_is_400(
    stack: Stack, people: dict[str, str], raw: bytes
) -> None:
    response = post(
        stack,
        DRAFT,
        raw,
        people["coach"],
    )
    body = assert_error(response, 400, "validation_error")
    assert body["details"][0]["field"] == "body"  # type: ignore[index]


def test_oversized_body_is_413(stack: Stack, people: dict[str, str]) -> None:
    raw = b'{"weeks": 2, "pad": "' + b"x" * (300 * 1024) + b'"}'
    assert_error(post(stack, DRAFT, raw, people["coach"]), 413, "validation_error")


def test_admin_member_may_generate_and_unknown_fields_are_ignored(
    stack: Stack, people: dict[str, str]
) -> None:
    response = post(stack, DRAFT, {**GOOD, "colour": "blue"}, people["head"])
    assert response.status_code == 200, response.text
    assert response.json()["request"]["org_id"] == "demo"


def test_training_principle_endpoint_resolves_in_order(
    stack: Stack, people: dict[str, str]
) -> None:
    stack.cli(
        "admin",
        "create-org",
        "demo",
        "--name",
        "Demo",
        "--feature",
        "coach_agent",
        "--principle",
        "Club: pyramidal",
    )
    with httpx.Client(base_url=stack.base_url, timeout=30) as client:
        url = "/api/v1/ai-coach/training-principle/demo"
        org = client.get(url, headers={"Authorization": f"Bearer {people['coach']}"}).json()
        assert (org["training_principle"], org["source"]) == ("Club: pyramidal", "organisation")
        stack.cli(
            "admin",
            "create-user",
            "head",
            "--org",
            "demo",
            "--role",
            "admin",
            "--principle",
            "Mine: 80/20",
        )
        mine = client.get(url, headers={"Authorization": f"Bearer {people['head']}"}).json()
        assert (mine["training_principle"], mine["source"]) == ("Mine: 80/20", "coach")
        other = client.get(url, headers={"Authorization": f"Bearer {people['runner']}"})
        assert other.status_code == 403
        missing = client.get(
            "/api/v1/ai-coach/training-principle/nope",
            headers={"Authorization": f"Bearer {people['coach']}"},
        )
        assert missing.status_code == 404
    stack.cli("admin", "create-org", "demo", "--name", "Demo", "--feature", "coach_agent")
    stack.cli("admin", "create-user", "head", "--org", "demo", "--role", "admin")
