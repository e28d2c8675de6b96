"""No client can take the api: slow headers and bodies get 408, streams are capped per user
and per process, and held connections leave the api answering others."""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import httpx
import pytest

from api import admin
from schemas.settings import Settings
from tests.harness import agents_worker, api_server, connect, seed

pytestmark = pytest.mark.integration

DRAFT_URL = "/api/v1/ai-coach/generate-draft"
BODY = {"weeks": 2, "level": "beginner", "org_id": "club"}


async def raw_connection(base: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    address = urlsplit(base)
    return await asyncio.open_connection(address.hostname, address.port)


def post_head(token: str, length: int) -> bytes:
    return (
        f"POST {DRAFT_URL} HTTP/1.1\r\nHost: api\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


async def answer_and_close(reader: asyncio.StreamReader, within: float) -> tuple[int, dict]:
    """The status and JSON body the api answers with; the connection must close after it,
    and the answer carry the security headers of every response (answered outside the
    app's middleware though it is)."""
    async with asyncio.timeout(within):
        raw = await reader.read()  # to EOF: the api closes the connection
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *lines = head.decode().split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (x.partition(":") for x in lines)}
    assert headers.get("x-content-type-options") == "nosniff", headers
    assert "frame-ancestors 'none'" in headers.get("content-security-policy", ""), headers
    assert headers.get("connection") == "close", headers
    return int(status_line.split(" ", 2)[1]), json.loads(body)


async def test_a_body_that_does_not_arrive_in_time_gets_408_and_the_connection_closes(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    slow = settings.model_copy(update={"body_timeout_s": 1.0})
    async with api_server(slow) as base:
        reader, writer = await raw_connection(base)
        writer.write(post_head(tenancy.coach_token, 200) + b'{"weeks": 2,')
        await writer.drain()
        status, body = await answer_and_close(reader, 10)
        writer.close()
        assert status == 408 and body["code"] == "request_timeout"
        # The api kept serving everyone else.
        async with httpx.AsyncClient(base_url=base) as client:
            assert (await client.get("/healthz")).status_code == 200


@pytest.mark.parametrize(
    "sent", [b"", b"POST /api/v1/ai-coach/generate-draft HTTP/1.1\r\nHost: api\r\nAuthori"]
)
async def test_headers_that_do_not_arrive_in_time_get_408_and_the_connection_closes(
    settings: Settings, sent: bytes
) -> None:
    slow = settings.model_copy(update={"body_timeout_s": 1.0})
    async with api_server(slow) as base:
        reader, writer = await raw_connection(base)
        writer.write(sent)
        await writer.drain()
        status, body = await answer_and_close(reader, 10)
        writer.close()
    assert status == 408 and body["code"] == "request_timeout"


@contextlib.asynccontextmanager
async def open_stream(
    client: httpx.AsyncClient, token: str, url: str = f"{DRAFT_URL}/stream"
) -> AsyncIterator[httpx.Response]:
    method = "POST" if url.endswith("/stream") else "GET"
    request = client.build_request(
        method,
        url,
        json=BODY if method == "POST" else None,
        headers={"Authorization": f"Bearer {token}"},
    )
    response = await client.send(request, stream=True)
    try:
        if response.status_code != 200:
            await response.aread()
        yield response
    finally:
        await response.aclose()


async def test_streams_past_a_users_cap_or_the_process_cap_get_429(settings: Settings) -> None:
    tenancy = await seed(settings)
    conn = await connect(settings)
    try:
        await admin.create_user(conn, "coach-2", "club", "coach", None)
        other = await admin.issue_token(conn, "coach-2")
    finally:
        await conn.close()
    capped = settings.model_copy(update={"sse_streams_per_user": 2, "sse_streams_per_process": 3})
    token = tenancy.coach_token
    # No worker: accepted generations wait, and their streams stay open.
    async with (
        api_server(capped) as base,
        httpx.AsyncClient(base_url=base, timeout=30) as client,
        open_stream(client, token) as first,
        open_stream(client, token) as second,
    ):
        assert (first.status_code, second.status_code) == (200, 200)
        async with open_stream(client, token) as third:
            assert third.status_code == 429 and third.headers["Retry-After"]
            assert third.json()["code"] == "rate_limited"
            assert "streams open" in third.json()["error"]
        events = f"/api/v1/ai-coach/generations/{first.headers['X-Request-ID']}/events"
        async with open_stream(client, token, events) as again:
            assert again.status_code == 429
        async with open_stream(client, other) as theirs:
            assert theirs.status_code == 200
            async with open_stream(client, other) as full:
                assert full.status_code == 429  # the process holds 3 streams
        # A closed stream gives its place back.
        async with open_stream(client, other) as after:
            assert after.status_code == 200
    refused = [s for s in (third, again, full) if s.status_code == 429]
    assert len(refused) == 3


async def test_the_api_answers_while_2000_idle_connections_and_200_slow_bodies_are_held(
    settings: Settings,
) -> None:
    tenancy = await seed(settings)
    # The bounds stay out of the way while the connections are held.
    patient = settings.model_copy(update={"body_timeout_s": 120.0})
    held: list[asyncio.StreamWriter] = []
    async with api_server(patient) as base, agents_worker(patient):
        try:
            for _ in range(2000):
                _, writer = await raw_connection(base)
                held.append(writer)
            for _ in range(200):
                _, writer = await raw_connection(base)
                writer.write(post_head(tenancy.coach_token, 1000) + b'{"weeks": ')
                held.append(writer)
            await asyncio.gather(*(writer.drain() for writer in held))
            async with httpx.AsyncClient(base_url=base, timeout=60) as client:
                health = await client.get("/healthz")
                headers = {"Authorization": f"Bearer {tenancy.coach_token}"}
                draft = await client.post(DRAFT_URL, json=BODY, headers=headers)
            assert health.status_code == 200
            assert draft.status_code == 200 and draft.json()["draft"]
            assert all(not writer.is_closing() for writer in held)
        finally:
            for writer in held:
                writer.close()


async def test_past_the_connection_limit_the_answer_is_503_in_the_contracts_body(
    settings: Settings,
) -> None:
    limited = settings.model_copy(update={"api_limit_concurrency": 5})
    held: list[asyncio.StreamWriter] = []
    async with api_server(limited) as base:
        try:
            for _ in range(5):
                _, writer = await raw_connection(base)
                held.append(writer)
            reader, writer = await raw_connection(base)
            held.append(writer)
            writer.write(b"GET /healthz HTTP/1.1\r\nHost: api\r\n\r\n")
            status, body = await answer_and_close(reader, 10)
        finally:
            for writer in held:
                writer.close()
    assert status == 503 and body["code"] == "unavailable"
