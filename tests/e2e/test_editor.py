"""The plan editor page in headless Chromium against the real stack: draft, edit, plan, export."""

import io
import re
import zipfile
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar
from playwright.sync_api import Browser, Page, Request, expect

from tests.e2e.conftest import Stack
from tests.e2e.editor_page import (
    WAIT_MS,
    fill_request,
    finished_generation,
    generation,
    opened,
    saved,
    saved_once,
    sign_in,
    write_draft,
)

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

# Slow enough that a 5-week plan takes several seconds to reach the page.
THROTTLED_BYTES_PER_S = 1500


def edit_line(page: Page, draft: str) -> tuple[str, str]:
    """Types a new duration over week 2's first easy run, as a coach would; the new line."""
    week_two = draft.index("\nWeek 2 ")
    match = re.compile(r"\n((?:Tue|Wed|Thu|Sat): easy run[^\n]*— )(\d+)( min)").search(
        draft, week_two
    )
    assert match is not None, draft
    start, end = match.span(2)
    page.focus("#draft")
    page.evaluate(f"document.getElementById('draft').setSelectionRange({start}, {end})")
    page.keyboard.type("47")
    edited = draft[:start] + "47" + draft[end:]
    assert page.input_value("#draft") == edited
    return edited, match.group(1)[:3]


def test_editor_page_loads_without_a_token_and_only_from_its_own_origin(
    browser: Browser, stack: Stack
) -> None:
    response = httpx.get(f"{stack.base_url}/editor", timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    with opened(browser, stack) as page:
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.reload()
        expect(page.locator("#signin")).to_be_visible()
        expect(page.locator("#token")).to_be_focused()
        assert requested and all(url.startswith(stack.base_url) for url in requested)


def test_editor_invalid_token_asks_to_sign_in_again(browser: Browser, stack: Stack) -> None:
    with opened(browser, stack) as page:
        sign_in(page, "not-a-token-anyone-issued-0123456789")
        expect(page.locator("#alert")).to_contain_text(re.compile("sign in again", re.I))
        expect(page.locator("#signin")).to_be_visible()
        expect(page.locator("#main")).to_be_hidden()
        assert saved(page, "token") is None


def test_editor_edited_draft_streams_into_the_calendar_survives_a_reload_and_exports(
    browser: Browser, stack: Stack
) -> None:
    with opened(browser, stack) as page:
        sign_in(page, stack.demo_token)
        expect(page.locator("#principle-text")).not_to_be_empty()
        fill_request(page, weeks=5, start_date="2025-05-08")
        draft = write_draft(page)
        draft_request = generation(stack, saved(page, "run-draft")["requestId"])["request"]
        assert draft_request["weeks"] == 5 and draft_request["level"] == "beginner"
        assert draft_request["start_date"] == "2025-05-08"
        assert draft_request["additional_prompt"] == "Long run on Sunday"
        assert draft_request["training_principle"].startswith("Mostly easy running")
        assert draft_request["workout_preference"] == "prefer_existing"
        edited, day_name = edit_line(page, draft)

        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        conditions = {"offline": False, "latency": 0, "uploadThroughput": -1}
        cdp.send(
            "Network.emulateNetworkConditions",
            {**conditions, "downloadThroughput": THROTTLED_BYTES_PER_S},
        )
        page.press("#draft", "Control+Enter")
        midway = saved_once(page, "run-plan", lambda run: bool(run and run["view"]["workouts"]))
        assert midway["finished"] is False and midway["view"]["workouts"], midway
        followed: list[Request] = []
        page.on("request", lambda r: followed.append(r) if r.url.endswith("/events") else None)
        # Still throttled while the old page unloads, so it cannot finish the stream itself.
        page.reload(wait_until="commit")
        cdp.send("Network.emulateNetworkConditions", {**conditions, "downloadThroughput": -1})

        expect(page.locator("#plan-status")).to_have_attribute(
            "data-state", "succeeded", timeout=WAIT_MS
        )
        resumed_after = followed[0].header_value("last-event-id") if followed else None
        assert resumed_after is not None and int(resumed_after) >= midway["lastEventId"]
        plan = finished_generation(stack, midway["requestId"])
        assert plan["status"] == "succeeded"
        # The edited draft names the draft generation it came from.
        assert plan["request"]["draft_request_id"] == saved(page, "run-draft")["requestId"]
        assert page.locator(".card").count() == len(plan["content"]) == plan["total_workouts"]
        assert page.input_value("#draft") == edited
        day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(day_name) + 1
        edited_card = page.locator(f"#week-2 .card[data-day='{day}']")
        expect(edited_card).to_contain_text("47 min")
        for week, info in plan["weekly_info"].items():
            expect(page.locator(f"#week-{week} .week-meta")).to_contain_text(info["focus"])
        expect(page.locator("#chart svg rect.bar")).to_have_count(5)

        edited_card.locator("summary").focus()
        page.keyboard.press("Enter")
        expect(edited_card.locator(".segments li").first).to_be_visible()

        assert_exports_download(page, len(plan["content"]))


def assert_exports_download(page: Page, workouts: int) -> None:
    with page.expect_download() as calendar_download:
        page.click("#export-ics")
    calendar = Calendar.from_ical(Path(calendar_download.value.path()).read_bytes())
    assert calendar_download.value.suggested_filename.endswith(".ics")
    assert len(calendar.walk("VEVENT")) == workouts
    with page.expect_download() as watch_download:
        page.click("#export-fit")
    archive = zipfile.ZipFile(io.BytesIO(Path(watch_download.value.path()).read_bytes()))
    assert len(archive.namelist()) == workouts


def test_editor_on_a_phone_undated_plan_calendar_export_shows_the_conflict(
    browser: Browser, stack: Stack
) -> None:
    with opened(browser, stack, width=390, height=844) as page:
        sign_in(page, stack.demo_token)
        fill_request(page, weeks=3, start_date=None)
        write_draft(page)
        page.click("#build-plan")
        expect(page.locator("#plan-status")).to_have_attribute(
            "data-state", "succeeded", timeout=WAIT_MS
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.click("#export-ics")
        expect(page.locator("#alert")).to_contain_text("start_date")
        with page.expect_download() as watch_download:
            page.click("#export-fit")
        assert watch_download.value.suggested_filename.endswith(".zip")


@pytest.mark.parametrize(
    ("status", "code", "retry_after", "says", "button"),
    [
        (429, "rate_limited", 7, "wait 7 s", "Wait 7 s"),
        (503, "unavailable", 0, "unavailable", "Try again"),
        (401, "unauthorized", None, "sign in again", "Sign in again"),
    ],
)
def test_editor_errors_say_what_to_do(
    browser: Browser,
    stack: Stack,
    status: int,
    code: str,
    retry_after: int | None,
    says: str,
    button: str,
) -> None:
    # The page's own modules on a contract error body (the stack has no rate limit to hit).
    with opened(browser, stack) as page:
        page.evaluate(
            """async ([status, code, retryAfter]) => {
                const { ApiError, explain } = await import("/editor/api.js");
                const { showAlert } = await import("/editor/alerts.js");
                const body = { error: "the server's own words", code };
                showAlert(explain(new ApiError(status, body, retryAfter)), () => {});
            }""",
            [status, code, retry_after],
        )
        expect(page.locator("#alert-text")).to_contain_text(re.compile(says, re.I))
        expect(page.locator("#alert-text")).to_contain_text("the server's own words")
        expect(page.locator("#alert-action")).to_have_text(button)
