"""Request rates are counted in Postgres: two api processes share each user's and each
organisation's bucket, and every refusal is counted there."""

from pathlib import Path

import httpx
import pytest

from api import admin
from schemas.settings import Settings
from tests.e2e.processes import ServiceProcesses, service_env
from tests.harness import connect, seed
from tests.stack import free_port

pytestmark = pytest.mark.e2e

STREAM_URL = "/api/v1/ai-coach/generate-draft/stream"
BODY = {"weeks": 2, "level": "beginner", "org_id": "club"}


async def post(client: httpx.AsyncClient, token: str) -> httpx.Response:
    """Start a draft stream and leave it at once (no worker runs: it stays queued)."""
    request = client.build_request(
        "POST", STREAM_URL, json=BODY, headers={"Authorization": f"Bearer {token}"}
    )
    response = await client.send(request, stream=True)
    if response.status_code != 200:
        await response.aread()
    await response.aclose()
    return response


async def test_two_api_processes_share_the_buckets_and_count_refusals(
    settings: Settings, tmp_path: Path
) -> None:
    tenancy = await seed(settings)
    conn = await connect(settings)
    try:
        await admin.create_user(conn, "coach-2", "club", "coach", None)
        second_coach = await admin.issue_token(conn, "coach-2")
    finally:
        await conn.close()
    # Refilling one token a minute: nothing comes back while the test runs.
    limits = settings.model_copy(
        update={
            "user_rate_burst": 4,
            "user_rate_per_min": 1.0,
            "org_rate_burst": 6,
            "org_rate_per_min": 1.0,
        }
    )
    apis = []
    for name in ("a", "b"):
        logs = tmp_path / name
        logs.mkdir()
        env = service_env(limits, COACH_API_PORT=str(free_port()))
        apis.append(ServiceProcesses(env, logs))
    try:
        for api in apis:
            api.start("api")
        for api in apis:
            await api.wait_healthy(120)
        first, second = (httpx.AsyncClient(base_url=api.api_url, timeout=30) for api in apis)
        async with first, second:
            token = tenancy.coach_token
            taken = [await post(client, token) for client in (first, second, first, second)]
            assert [r.status_code for r in taken] == [200] * 4
            spent = [await post(first, token), await post(second, token)]
            for refused in spent:
                assert refused.status_code == 429 and refused.json()["code"] == "rate_limited"
                assert "your request rate" in refused.json()["error"]
                assert 50 <= int(refused.headers["Retry-After"]) <= 60
            # The other coach has a bucket of their own, but the organisation's is shared:
            # 6 for the club, 4 of them taken.
            theirs = [await post(client, second_coach) for client in (second, first, second)]
            assert [r.status_code for r in theirs] == [200, 200, 429]
            assert "organisation's request rate" in theirs[-1].json()["error"]
    finally:
        for api in apis:
            api.stop_all()
    conn = await connect(settings)
    try:
        rows = await conn.fetch("SELECT bucket, refused FROM rate_buckets ORDER BY bucket")
    finally:
        await conn.close()
    assert {row["bucket"]: row["refused"] for row in rows} == {
        "org:club": 1,
        "run-topics": 0,  # the topic pools' refills, paced together
        "user:coach": 2,
        "user:coach-2": 0,
    }
