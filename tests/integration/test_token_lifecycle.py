"""Tokens have an id, a creation time and an expiry; they are listed and revoked by id,
the demo token rotates, and an open stream ends once its token no longer authenticates."""

import asyncio
import datetime as dt
import json
import subprocess
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from schemas.settings import Settings
from tests.conftest import ROOT
from tests.harness import api_server, connect, seed, settings_env

pytestmark = pytest.mark.integration

BASE = "/api/v1/ai-coach"
DRAFT = {"weeks": 2, "level": "beginner", "org_id": "club"}


def cli(settings: Settings, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "coach-agent"), "admin", *args],
        env=settings_env(settings, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def listed(settings: Settings, user: str) -> list[dict[str, str]]:
    done = cli(settings, "list-tokens", user, "--json")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


async def status_of(base: str, token: str) -> int:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        response = await client.get(
            f"{BASE}/training-principle/club", headers={"Authorization": f"Bearer {token}"}
        )
    return response.status_code


async def test_tokens_are_issued_listed_and_revoked_by_id(settings: Settings) -> None:
    await seed(settings)
    issued = cli(settings, "issue-token", "coach", COACH_TOKEN_TTL_DAYS="7")
    assert issued.returncode == 0, issued.stderr
    token = issued.stdout.strip()
    assert len(token) == 43 and "\n" not in token
    token_id = issued.stderr.split()[1]
    assert token_id.startswith("tok_")

    tokens = {row["id"]: row for row in listed(settings, "coach")}
    mine = tokens[token_id]
    assert mine["status"] == "live" and mine["revoked_at"] is None
    lifetime = dt.datetime.fromisoformat(mine["expires_at"]) - dt.datetime.fromisoformat(
        mine["created_at"]
    )
    assert dt.timedelta(days=7) - lifetime < dt.timedelta(minutes=1)
    shown = cli(settings, "list-tokens", "coach")
    assert token_id in shown.stdout and token not in shown.stdout + shown.stderr

    async with api_server(settings) as base:
        assert await status_of(base, token) == 200
        revoked = cli(settings, "revoke-token", "--id", token_id)
        assert revoked.returncode == 0, revoked.stderr
        assert await status_of(base, token) == 401
    assert {row["id"]: row["status"] for row in listed(settings, "coach")}[token_id] == "revoked"

    unknown = cli(settings, "revoke-token", "--id", "tok_0000000000000000")
    assert unknown.returncode == 1 and "no token" in unknown.stderr
    nothing = cli(settings, "revoke-token")
    assert nothing.returncode == 1 and "--id" in nothing.stderr
    assert cli(settings, "list-tokens", "nobody").returncode == 1


async def test_the_raw_form_still_revokes_with_a_warning(settings: Settings) -> None:
    await seed(settings)
    token = cli(settings, "issue-token", "coach").stdout.strip()
    done = cli(settings, "revoke-token", "--", token)
    assert done.returncode == 0 and "deprecated" in done.stderr
    assert [row["status"] for row in listed(settings, "coach")][-1] == "revoked"


async def test_an_expired_token_is_401(settings: Settings) -> None:
    tenancy = await seed(settings)
    async with api_server(settings) as base:
        assert await status_of(base, tenancy.coach_token) == 200
        await expire_all(settings, "coach")
        assert await status_of(base, tenancy.coach_token) == 401
    assert {row["status"] for row in listed(settings, "coach")} == {"expired"}


async def expire_all(settings: Settings, user: str) -> None:
    conn = await connect(settings)
    try:
        await conn.execute(
            "UPDATE tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1", user
        )
    finally:
        await conn.close()


def test_the_demo_token_rotates_so_one_is_live(settings: Settings) -> None:
    first = cli(settings, "rotate-demo-token")
    second = cli(settings, "rotate-demo-token")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.startswith("DEMO_TOKEN=") and second.stdout.startswith("DEMO_TOKEN=")
    assert first.stdout != second.stdout
    assert [row["status"] for row in listed(settings, "demo-coach")] == ["revoked", "live"]


class OpenStream:
    """A draft stream nobody answers (no worker runs): it stays open until ended."""

    def __init__(self, client: httpx.AsyncClient, token: str) -> None:
        self.client, self.token = client, token
        self.events: list[tuple[str, dict[str, object]]] = []
        self.ended = asyncio.Event()
        self.opened = asyncio.Event()

    async def run(self, path: str, body: dict[str, object] | None = None) -> None:
        method = "POST" if body is not None else "GET"
        headers = {"Authorization": f"Bearer {self.token}"}
        async with self.client.stream(method, path, json=body, headers=headers) as response:
            assert response.status_code == 200, await response.aread()
            self.request_id = response.headers["X-Request-ID"]
            name = ""
            async for line in response.aiter_lines():
                if line.startswith("event:"):
                    name = line.split(":", 1)[1].strip()
                elif line.startswith("data:") and name:
                    self.events.append((name, json.loads(line[5:])))
                    self.opened.set()
                    if name == "done":
                        break
        self.ended.set()


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[tuple[httpx.AsyncClient, Settings]]:
    quick = settings.model_copy(update={"auth_recheck_s": 0.5})
    async with api_server(quick) as base, httpx.AsyncClient(base_url=base, timeout=60) as http:
        yield http, quick


async def test_open_streams_end_once_their_token_is_revoked_or_expired(
    client: tuple[httpx.AsyncClient, Settings],
) -> None:
    http, settings = client
    tenancy = await seed(settings)
    conn = await connect(settings)
    try:
        await conn.execute("INSERT INTO users (user_id) VALUES ('other')")
        await conn.execute("INSERT INTO memberships VALUES ('other', 'club', 'coach')")
    finally:
        await conn.close()
    other = cli(settings, "issue-token", "other").stdout.strip()
    revoked, kept = OpenStream(http, tenancy.coach_token), OpenStream(http, other)
    tasks = [
        asyncio.create_task(revoked.run(f"{BASE}/generate-draft/stream", DRAFT)),
        asyncio.create_task(kept.run(f"{BASE}/generate-draft/stream", DRAFT)),
    ]
    try:
        await asyncio.wait_for(asyncio.gather(revoked.opened.wait(), kept.opened.wait()), 30)
        # A stream of the same token that re-attached to the generation ends too.
        follower = OpenStream(http, tenancy.coach_token)
        tasks.append(
            asyncio.create_task(follower.run(f"{BASE}/generations/{revoked.request_id}/events"))
        )
        await asyncio.wait_for(follower.opened.wait(), 30)

        token_id = listed(settings, "coach")[0]["id"]
        assert cli(settings, "revoke-token", "--id", token_id).returncode == 0
        began = time.monotonic()
        await asyncio.wait_for(asyncio.gather(revoked.ended.wait(), follower.ended.wait()), 30)
        # Within a few rechecks of 0.5 s, however busy the machine.
        assert time.monotonic() - began < 10
        for stream in (revoked, follower):
            assert [name for name, _ in stream.events][-2:] == ["error", "done"]
            assert stream.events[-2][1]["code"] == "unauthorized"
        await asyncio.sleep(2)  # four rechecks more: the valid token's stream stays open
        assert not kept.ended.is_set()

        await expire_all(settings, "other")
        await asyncio.wait_for(kept.ended.wait(), 30)
        assert kept.events[-2][1]["code"] == "unauthorized"
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
