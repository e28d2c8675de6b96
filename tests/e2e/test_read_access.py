"""Who may read what: athletes and other organisations' coaches on every read endpoint."""

import time
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.conftest import Stack
from tests.e2e.test_bad_input import assert_error

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"


@pytest.fixture(scope="module")
def tokens(stack: Stack) -> dict[str, str]:
    stack.cli("admin", "create-org", "door-rival", "--name", "Rival", "--feature", "coach_agent")
    stack.cli("admin", "create-user", "door-rival-coach", "--org", "door-rival", "--role", "coach")
    stack.cli("admin", "create-user", "door-athlete", "--org", "demo", "--role", "athlete")
    issued = {
        name: stack.cli("admin", "issue-token", user).stdout.strip()
        for name, user in (("rival", "door-rival-coach"), ("athlete", "door-athlete"))
    }
    return {**issued, "coach": stack.demo_token}


@pytest.fixture(scope="module")
def client(stack: Stack) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=stack.base_url, timeout=60) as client:
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module")
def generation_id(client: httpx.Client, tokens: dict[str, str]) -> str:
    """A finished draft generation of the demo organisation, once the read model has it."""
    body = {"weeks": 1, "level": "beginner", "org_id": "demo"}
    made = client.post(f"{BASE}/generate-draft", json=body, headers=bearer(tokens["coach"]))
    assert made.status_code == 200, made.text
    request_id = str(made.json()["request_id"])
    deadline = time.monotonic() + 30
    while True:
        read = client.get(f"{BASE}/generations/{request_id}", headers=bearer(tokens["coach"]))
        if read.status_code == 200 and read.json()["status"] == "succeeded":
            return request_id
        assert time.monotonic() < deadline, f"read model never had {request_id}: {read.text}"
        time.sleep(0.2)


def generation_reads(client: httpx.Client) -> list[str]:
    """Every GET of a generation the api documents (exports included, once served)."""
    paths = client.get("/openapi.json").json()["paths"]
    return [path for path, item in paths.items() if "{request_id}" in path and "get" in item]


def test_read_endpoints_of_a_generation_are_documented(client: httpx.Client) -> None:
    reads = generation_reads(client)
    assert f"{BASE}/generations/{{request_id}}" in reads
    assert f"{BASE}/generations/{{request_id}}/events" in reads


def test_athlete_of_the_organisation_is_403_on_every_generation_read(
    client: httpx.Client, tokens: dict[str, str], generation_id: str
) -> None:
    for path in generation_reads(client):
        url = path.replace("{request_id}", generation_id)
        assert_error(client.get(url, headers=bearer(tokens["athlete"])), 403, "forbidden")


def test_coach_of_another_organisation_is_404_on_every_generation_read(
    client: httpx.Client, tokens: dict[str, str], generation_id: str
) -> None:
    for path in generation_reads(client):
        url = path.replace("{request_id}", generation_id)
        response = client.get(url, headers=bearer(tokens["rival"]))
        assert_error(response, 404, "not_found")


def test_coach_reads_the_generation(
    client: httpx.Client, tokens: dict[str, str], generation_id: str
) -> None:
    read = client.get(f"{BASE}/generations/{generation_id}", headers=bearer(tokens["coach"]))
    assert read.status_code == 200 and read.headers["x-request-id"] == generation_id
    assert read.json()["step"] == "draft" and read.json()["draft"]


def test_training_principle_is_for_coaches_of_the_organisation(
    client: httpx.Client, tokens: dict[str, str]
) -> None:
    url = f"{BASE}/training-principle/demo"
    assert client.get(url, headers=bearer(tokens["coach"])).status_code == 200
    assert_error(client.get(url, headers=bearer(tokens["athlete"])), 403, "forbidden")
    # Not a member: the answer of an organisation that does not exist.
    assert_error(client.get(url, headers=bearer(tokens["rival"])), 404, "not_found")
    rival_own = client.get(f"{BASE}/training-principle/door-rival", headers=bearer(tokens["rival"]))
    assert rival_own.status_code == 200
    unknown = client.get(f"{BASE}/training-principle/no-such-org", headers=bearer(tokens["rival"]))
    assert_error(unknown, 404, "not_found")
