"""Authentication comes before the body: a bad token is answered without reading a byte of it."""

import asyncio
from urllib.parse import urlsplit

import pytest

from schemas.settings import Settings
from tests.harness import api_server, seed

pytestmark = pytest.mark.integration

DRAFT_URL = "/api/v1/ai-coach/generate-draft"


async def status_before_the_body(base: str, authorization: str) -> tuple[int, bytes]:
    """Send the headers of a 200 kB POST (under the size limit) and one byte of its body;
    the status the api answers with, and its head."""
    address = urlsplit(base)
    reader, writer = await asyncio.open_connection(address.hostname, address.port)
    try:
        writer.write(
            (
                f"POST {DRAFT_URL} HTTP/1.1\r\nHost: door\r\n"
                f"Authorization: {authorization}\r\n"
                "Content-Type: application/json\r\nContent-Length: 200000\r\n\r\n{"
            ).encode()
        )
        await writer.drain()
        async with asyncio.timeout(10):
            head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        return status, head
    finally:
        writer.close()


@pytest.mark.parametrize("token", ["Bearer " + "u" * 40, "Bearer short", "Basic abc"])
async def test_a_bad_token_is_401_while_the_body_has_not_arrived(
    settings: Settings, token: str
) -> None:
    await seed(settings)
    async with api_server(settings) as base:
        status, head = await status_before_the_body(base, token)
    assert status == 401
    assert b"www-authenticate: bearer" in head.lower()
