"""The reference page at /docs, rendered by headless Chromium: every route listed, no CDN."""

import shutil
from pathlib import Path

import pytest
from playwright.async_api import async_playwright

from tests.e2e.conftest import Stack

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Debian's chromium is needed (scripts/install.sh installs it)"
    return found


async def test_docs_page_lists_every_endpoint_from_local_assets(
    stack: Stack, tmp_path: Path
) -> None:
    requested: list[str] = []
    errors: list[str] = []
    refused: list[str] = []  # what the page's Content-Security-Policy blocked
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium(), headless=True)
        try:
            page = await browser.new_page()
            page.on("request", lambda request: requested.append(request.url))
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on(
                "console",
                lambda message: (
                    refused.append(message.text)
                    if "Content Security Policy" in message.text
                    else None
                ),
            )
            await page.goto(f"{stack.base_url}/docs")
            await page.wait_for_selector(".opblock-summary-path", timeout=30_000)
            paths = await page.locator(".opblock-summary-path").all_inner_texts()
            title = await page.locator(".info .title").inner_text()
            await page.screenshot(path=str(tmp_path / "docs.png"), full_page=True)
        finally:
            await browser.close()

    listed = {path.replace("\u200b", "").strip() for path in paths}
    served = await _document_paths(stack)
    assert served <= listed, served - listed
    assert f"{BASE}/generate-plan/stream" in listed and "/healthz" in listed
    assert "coach-agent" in title
    assert not errors, errors
    assert not refused, refused
    assert requested and all(url.startswith(stack.base_url) for url in requested), requested


async def _document_paths(stack: Stack) -> set[str]:
    import httpx

    async with httpx.AsyncClient(base_url=stack.base_url, timeout=30) as client:
        return set((await client.get("/openapi.json")).json()["paths"])
