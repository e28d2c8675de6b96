"""The small leaks, closed: one 404 for "no such organisation" and "not yours", /metrics
behind a token or on its own port, security headers on every response, and
Idempotency-Keys that the janitor forgets after 24 hours."""

import datetime as dt

import httpx
import pytest
from pydantic import SecretStr

from api import admin
from schemas.settings import Settings
from tests.brokers import free_ports
from tests.harness import api_server, connect, seed
from tests.integration.test_janitor import janitor_for

pytestmark = pytest.mark.integration

BASE = "/api/v1/ai-coach"
DRAFT = {"weeks": 2, "level": "beginner", "org_id": "club"}
# Headers that differ between any two responses, whatever they say.
VARYING = {"date", "content-length", "server"}


async def add_org(settings: Settings, org_id: str) -> None:
    conn = await connect(settings)
    try:
        await admin.create_org(conn, org_id, "Theirs", ["coach_agent"], "their principle")
    finally:
        await conn.close()


async def test_no_such_organisation_and_not_yours_answer_alike(settings: Settings) -> None:
    tenancy = await seed(settings)
    await add_org(settings, "theirs")
    headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with api_server(settings) as base, httpx.AsyncClient(base_url=base) as client:
        for ask in (
            lambda org: client.post(
                f"{BASE}/generate-draft", json={**DRAFT, "org_id": org}, headers=headers
            ),
            lambda org: client.get(f"{BASE}/training-principle/{org}", headers=headers),
        ):
            theirs, nowhere = await ask("theirs"), await ask("nowhere")
            assert theirs.status_code == nowhere.status_code == 404
            assert theirs.json() == {**nowhere.json(), "error": "organisation 'theirs' not found"}
            assert set(theirs.headers) - VARYING == set(nowhere.headers) - VARYING


@pytest.mark.parametrize("token", [None, "Bearer wrong-token-value", "Basic c2VjcmV0"])
async def test_metrics_with_a_token_answer_only_to_it(
    settings: Settings, token: str | None
) -> None:
    secret = "metrics-token-0123456789"
    protected = settings.model_copy(update={"metrics_token": SecretStr(secret)})
    async with api_server(protected) as base, httpx.AsyncClient(base_url=base) as client:
        refused = await client.get("/metrics", headers={"Authorization": token} if token else {})
        allowed = await client.get("/metrics", headers={"Authorization": f"Bearer {secret}"})
    assert refused.status_code == 401 and refused.json()["code"] == "unauthorized"
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")
    assert "coach_http_responses" not in refused.text
    assert allowed.status_code == 200 and "coach_http_responses" in allowed.text


async def test_metrics_on_a_port_of_their_own_leave_the_apis(settings: Settings) -> None:
    port = free_ports(1)[0]
    separate = settings.model_copy(update={"api_metrics_port": port})
    async with api_server(separate) as base, httpx.AsyncClient() as client:
        on_api = await client.get(f"{base}/metrics")
        own = await client.get(f"http://127.0.0.1:{port}/metrics")
    assert on_api.status_code == 404
    assert own.status_code == 200 and "coach_run_reader_followers" in own.text
    with pytest.raises(httpx.ConnectError):  # closed with the api
        async with httpx.AsyncClient() as client:
            await client.get(f"http://127.0.0.1:{port}/metrics")


def assert_secure(response: httpx.Response) -> str:
    """The headers every response carries; returns its content security policy."""
    what = f"{response.request.method} {response.request.url.path} ({response.status_code})"
    assert response.headers.get("x-content-type-options") == "nosniff", what
    assert response.headers.get("x-frame-options") == "DENY", what
    assert response.headers.get("referrer-policy") == "no-referrer", what
    policy = response.headers.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in policy, what
    return policy


async def test_every_response_carries_the_security_headers(settings: Settings) -> None:
    tenancy = await seed(settings)
    auth = {"Authorization": f"Bearer {tenancy.coach_token}"}
    async with api_server(settings) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        plain = [
            await client.get("/healthz"),
            await client.get("/metrics"),
            await client.get("/openapi.json"),
            await client.get("/no/such/path"),
            await client.post(f"{BASE}/generate-draft", json=DRAFT),  # 401
            await client.post(f"{BASE}/generate-draft", content=b"{", headers=auth),  # 400
            await client.get(f"{BASE}/generations/{'0' * 32}", headers=auth),  # 404
            await client.delete("/healthz"),  # 405
            await client.get("/docs/assets/swagger-ui.css"),
        ]
        async with client.stream(
            "POST", f"{BASE}/generate-draft/stream", json=DRAFT, headers=auth
        ) as stream:
            plain.append(stream)
        docs, editor = await client.get("/docs"), await client.get("/editor")
    for response in plain:
        assert assert_secure(response).startswith("default-src 'none'")
    json_answer = plain[0]
    assert json_answer.headers["cache-control"] == "no-store"
    docs_policy = assert_secure(docs)
    assert "script-src 'self'" in docs_policy and "unsafe-eval" not in docs_policy
    editor_policy = assert_secure(editor)
    assert "script-src 'self'" in editor_policy and "unsafe-inline" not in editor_policy


async def test_the_janitor_forgets_idempotency_keys_after_24_hours(settings: Settings) -> None:
    now = dt.datetime.now(dt.UTC)
    ages = {"fresh": dt.timedelta(hours=1), "day-old": dt.timedelta(hours=23, minutes=50)}
    ages |= {f"stale-{n}": dt.timedelta(hours=24, minutes=5 + n) for n in range(3)}
    conn = await connect(settings)
    try:
        for key, age in ages.items():
            await conn.execute(
                """INSERT INTO idempotency_keys (user_id, key, body_hash, request_id, created_at)
                   VALUES ('coach', $1, 'h', $2, $3)""",
                key,
                f"r-{key}",
                now - age,
            )
        async with janitor_for(settings) as janitor:
            report = await janitor.sweep(now)
            again = await janitor.sweep(now)
        left = {row["key"] for row in await conn.fetch("SELECT key FROM idempotency_keys")}
    finally:
        await conn.close()
    assert report.expired_keys == 3 and again.expired_keys == 0
    assert left == {"fresh", "day-old"}
