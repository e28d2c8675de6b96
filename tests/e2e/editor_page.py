"""Driving the plan editor page in headless Chromium: a tab, signing in, drafts, saved state."""

import contextlib
import json
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import Stack

CHROMIUM = "/usr/bin/chromium"
BASE = "/api/v1/ai-coach"
WAIT_MS = 60_000
# Set to a path to save the screenshot the docs show (docs/editor.png).
SCREENSHOT_ENV = "COACH_EDITOR_SCREENSHOT"


@contextlib.contextmanager
def opened(
    browser: Browser, stack: Stack, width: int = 1280, height: int = 900, **context: Any
) -> Iterator[Page]:
    """A fresh tab on /editor; on failure, a screenshot and the page's HTML are kept."""
    browser_context = browser.new_context(viewport={"width": width, "height": height}, **context)
    page = browser_context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.goto(f"{stack.base_url}/editor")
    try:
        yield page
        assert problems == [], problems
    except Exception as failure:
        folder = Path(tempfile.mkdtemp(prefix="coach-editor-failure-"))
        page.screenshot(path=str(folder / "page.png"), full_page=True)
        (folder / "page.html").write_text(page.content())
        raise AssertionError(f"{failure}\n(screenshot and HTML in {folder})") from failure
    finally:
        browser_context.close()


def sign_in(page: Page, token: str, org: str = "demo") -> None:
    page.fill("#token", token)
    page.fill("#signin-org", org)
    page.press("#signin-org", "Enter")


def fill_request(page: Page, weeks: int, start_date: str | None) -> None:
    page.fill("#weeks", str(weeks))
    page.select_option("#level", "beginner")
    if start_date:
        page.fill("#start_date", start_date)
    page.select_option("#workout_preference", "prefer_existing")
    page.fill("#additional_prompt", "Long run on Sunday")
    page.click("#principle-box > summary")
    page.fill("#training_principle", "Mostly easy running; one quality session a week.")


def write_draft(page: Page) -> str:
    page.click("#write-draft")
    expect(page.locator("#draft-status")).to_have_attribute(
        "data-state", "succeeded", timeout=WAIT_MS
    )
    expect(page.locator("#draft-progress")).to_have_attribute("value", "100")
    return page.input_value("#draft")


def saved(page: Page, key: str) -> Any:
    return json.loads(page.evaluate(f"sessionStorage.getItem('coach-editor:{key}') || 'null'"))


def saved_once(page: Page, key: str, ready: Callable[[Any], bool]) -> Any:
    """What the page has saved under `key`, once `ready` holds; fails after WAIT_MS."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while not ready(value := saved(page, key)):
        assert time.monotonic() < deadline, f"timed out waiting for {key}: {value}"
        page.wait_for_timeout(50)
    return value


def generation(stack: Stack, request_id: str) -> dict[str, Any]:
    with httpx.Client(base_url=stack.base_url, timeout=30) as client:
        response = client.get(
            f"{BASE}/generations/{request_id}",
            headers={"Authorization": f"Bearer {stack.demo_token}"},
        )
    assert response.status_code == 200, response.text
    return dict(response.json())


def finished_generation(stack: Stack, request_id: str) -> dict[str, Any]:
    """The generation once the read model has it finished (it may lag the stream a little)."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while (body := generation(stack, request_id))["status"] not in ("succeeded", "failed"):
        assert time.monotonic() < deadline, f"{request_id} still {body['status']}"
        time.sleep(0.1)
    return body
