"""The plan editor shows each note where it belongs and names the draft a plan came from."""

import json
import os
import re
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, Request, expect

from tests.e2e.conftest import Stack
from tests.e2e.editor_page import (
    SCREENSHOT_ENV,
    WAIT_MS,
    fill_request,
    finished_generation,
    opened,
    saved,
    sign_in,
    write_draft,
)

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_WORDS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# A day line as the draft writes it, and as the coach edits it in these tests.
DAY_LINE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun): ")
# Coach shorthand the built-in reader takes only in part, and words no reader can take.
SHORTHAND = "40 min E & 6 x 100m"
NONSENSE = "purple monkey dishwasher"
PLAN_STREAM = "/generate-plan/stream"


def day_cell(page: Page, week: int, day: int) -> Locator:
    return page.locator(f"#week-{week} .day[data-day='{day}']")


def where(note: dict[str, Any], lines: list[str]) -> str:
    """The selector of the place a note belongs: a day, a week's header, the plan's header."""
    if note["week"] is None:
        return "#plan-notes"
    day = DAY_LINE.match(quoted(note, lines) or "") if note["line"] else None
    if day is None:
        return f"#week-{note['week']} .week-notes"
    return f"#week-{note['week']} .day[data-day='{DAY_NAMES.index(day.group(1)) + 1}'] .day-notes"


def quoted(note: dict[str, Any], lines: list[str]) -> str | None:
    """The coach's line a note shows: its own text, else the draft's line it points at."""
    return note["text"] or (lines[note["line"] - 1] if note["line"] else None)


def shown_notes(place: Locator) -> list[list[str | None]]:
    """[kind, the coach's line, message] of each note shown in a place, in order."""
    return list(
        place.locator(".note").evaluate_all(
            """notes => notes.map((note) => [note.dataset.kind,
                note.querySelector("code") ? note.querySelector("code").textContent : null,
                note.querySelector(".note-message").textContent])"""
        )
    )


def week_two_sessions(draft: str) -> list[tuple[int, str]]:
    """(line index, weekday) of each day line of week 2 that holds a session."""
    lines = draft.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Week 2 "))
    found = []
    for index in range(start + 1, len(lines)):
        if lines[index].startswith("Week "):
            break
        day = DAY_LINE.match(lines[index])
        if day and not lines[index].endswith(": rest"):
            found.append((index, day.group(1)))
    return found


def retype_line(page: Page, draft: str, index: int, words: str) -> str:
    """Selects what follows 'Day: ' on a line of the editor and types new words, as a coach."""
    lines = draft.splitlines(keepends=True)
    start = sum(len(line) for line in lines[:index]) + len("Tue: ")
    end = start + len(lines[index].rstrip("\n")) - len("Tue: ")
    page.focus("#draft")
    page.evaluate(f"document.getElementById('draft').setSelectionRange({start}, {end})")
    page.keyboard.type(words)
    edited = draft[:start] + words + draft[end:]
    assert page.input_value("#draft") == edited
    return edited


FOCUSED_PLACE = """() => {
    const focused = document.activeElement;
    const week = focused.closest(".week");
    const day = focused.closest(".day");
    return `${week ? week.id : "-"}/${day ? day.dataset.day : "header"}/${focused.className}`;
}"""


def focused_place(page: Page) -> str:
    """week-N/day-or-header/class of the element that has the focus."""
    return str(page.evaluate(FOCUSED_PLACE))


def tab_to(page: Page, target: Locator, key: str = "Tab", presses: int = 40) -> list[str]:
    """Presses Tab (or `key`) until `target` has the focus; the places the focus went through."""
    path = []
    for _ in range(presses):
        page.keyboard.press(key)
        path.append(focused_place(page))
        if target.evaluate("el => el === document.activeElement"):
            return path
    raise AssertionError(f"Tab never reached the notes: {path}")


def test_editor_edited_lines_get_their_notes_on_their_day_and_the_plan_names_its_draft(
    browser: Browser, stack: Stack
) -> None:
    with opened(browser, stack) as page:
        sign_in(page, stack.demo_token)
        fill_request(page, weeks=3, start_date="2025-05-08")
        draft = write_draft(page)
        draft_id = saved(page, "run-draft")["requestId"]
        expect(page.locator("#draft-origin")).to_contain_text(draft_id)
        sessions = week_two_sessions(draft)
        assert len(sessions) >= 2, draft
        (nonsense_at, nonsense_day), (shorthand_at, shorthand_day) = sessions[0], sessions[1]
        edited = retype_line(page, draft, nonsense_at, NONSENSE)
        edited = retype_line(page, edited, shorthand_at, SHORTHAND)

        # The link to the generated draft is kept with the text across a reload.
        page.reload()
        expect(page.locator("#draft-origin")).to_have_attribute("data-linked", "true")
        sent: list[Request] = []
        page.on("request", lambda r: sent.append(r) if r.url.endswith(PLAN_STREAM) else None)
        page.press("#draft", "Control+Enter")
        expect(page.locator("#plan-status")).to_have_attribute(
            "data-state", "succeeded", timeout=WAIT_MS
        )
        assert json.loads(sent[0].post_data or "{}")["draft_request_id"] == draft_id
        plan = finished_generation(stack, saved(page, "run-plan")["requestId"])
        assert plan["request"]["draft_request_id"] == draft_id

        lines = edited.splitlines()
        assert_notes_in_place(page, plan, lines)
        for index, weekday in ((nonsense_at, nonsense_day), (shorthand_at, shorthand_day)):
            day = DAY_NAMES.index(weekday) + 1
            here = [n for n in plan["notes"] if n["line"] == index + 1]
            assert here, f"line {index + 1} has no note: {plan['notes']}"
            shown = shown_notes(day_cell(page, 2, day).locator(".day-notes"))
            assert [[n["kind"], quoted(n, lines), n["message"]] for n in here] == shown
            workouts = [w for w in plan["content"] if w["week"] == 2 and w["day"] == day]
            expect(day_cell(page, 2, day).locator(".card")).to_have_count(len(workouts))

        nonsense = day_cell(page, 2, DAY_NAMES.index(nonsense_day) + 1).locator(".notes-toggle")
        shorthand = day_cell(page, 2, DAY_NAMES.index(shorthand_day) + 1).locator(".notes-toggle")
        assert_keyboard_opens(page, nonsense, shorthand)
        name = f"Notes on {DAY_WORDS[DAY_NAMES.index(nonsense_day)]} of week 2"
        expect(page.get_by_role("button", name=name)).to_have_count(1)
        if os.environ.get(SCREENSHOT_ENV):
            plan_panel = page.locator("section.panel", has=page.locator("#plan-title"))
            plan_panel.screenshot(path=os.environ[SCREENSHOT_ENV])


def assert_notes_in_place(page: Page, plan: dict[str, Any], lines: list[str]) -> None:
    """Every note of the response, and no other, is shown in the place it concerns."""
    expected: dict[str, list[list[str | None]]] = {}
    for note in plan["notes"]:
        expected.setdefault(where(note, lines), []).append(
            [note["kind"], quoted(note, lines), note["message"]]
        )
    for place, notes in expected.items():
        assert shown_notes(page.locator(place)) == notes, place
    expect(page.locator("#plan-title ~ * .note, #calendar .note")).to_have_count(len(plan["notes"]))


def assert_keyboard_opens(page: Page, first: Locator, second: Locator) -> None:
    """Tab reaches the notes in the page's order; Enter and Space open and close them."""
    expect(first).to_have_attribute("aria-expanded", "false")
    notes = page.locator(f"#{first.get_attribute('aria-controls')}")
    expect(notes).to_be_hidden()
    page.locator("#week-2").locator("button, summary").first.focus()
    path = tab_to(page, first)
    days = [p.split("/")[1] for p in path if p.startswith("week-2/")]
    numbered = [int(d) for d in days if d != "header"]
    assert numbered == sorted(numbered), path
    page.keyboard.press("Enter")
    expect(first).to_have_attribute("aria-expanded", "true")
    expect(notes).to_be_visible()
    expect(notes.locator("code").first).to_have_text(re.compile(NONSENSE))
    page.keyboard.press("Space")
    expect(first).to_have_attribute("aria-expanded", "false")
    expect(notes).to_be_hidden()
    tab_to(page, second)
    page.keyboard.press("Space")
    expect(second).to_have_attribute("aria-expanded", "true")
    tab_to(page, first, key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(first).to_have_attribute("aria-expanded", "true")


def test_editor_a_pasted_draft_of_the_coachs_own_names_no_draft(
    browser: Browser, stack: Stack
) -> None:
    clipboard = ["clipboard-read", "clipboard-write"]
    with opened(browser, stack, permissions=clipboard) as page:
        sign_in(page, stack.demo_token)
        fill_request(page, weeks=2, start_date=None)
        draft = write_draft(page)
        origin = page.locator("#draft-origin")
        own = draft.replace("Mon: rest", "Mon: easy run — 30 min", 1)
        page.evaluate("text => navigator.clipboard.writeText(text)", own)
        page.focus("#draft")
        page.keyboard.press("Control+A")
        page.keyboard.press("Control+V")
        assert page.input_value("#draft") == own
        expect(origin).to_have_attribute("data-linked", "false")
        expect(origin).to_contain_text("Your own draft")
        # Undoing the paste gives the generated draft back, and the link with it.
        page.keyboard.press("Control+Z")
        assert page.input_value("#draft") == draft
        expect(origin).to_have_attribute("data-linked", "true")
        # A draft written for one organisation is not named in a plan for another.
        page.fill("#org_id", "another-org")
        expect(origin).to_have_attribute("data-linked", "false")
        expect(origin).to_contain_text("organisation demo")
        page.fill("#org_id", "demo")
        expect(origin).to_have_attribute("data-linked", "true")

        page.focus("#draft")
        page.keyboard.press("Control+A")
        page.keyboard.press("Control+V")
        expect(origin).to_have_attribute("data-linked", "false")
        sent: list[Request] = []
        page.on("request", lambda r: sent.append(r) if r.url.endswith(PLAN_STREAM) else None)
        page.click("#build-plan")
        expect(page.locator("#plan-status")).to_have_attribute(
            "data-state", "succeeded", timeout=WAIT_MS
        )
        assert "draft_request_id" not in json.loads(sent[0].post_data or "{}")
        plan = finished_generation(stack, saved(page, "run-plan")["requestId"])
        assert plan["request"]["draft_request_id"] is None
        assert [w for w in plan["content"] if w["week"] == 1 and w["day"] == 1]


DRAFT = """Training plan: 3 weeks, beginner
Paces: VDOT 35.0 | E 6:30-7:10/km

Week 1 | base | aerobic foundation | 11.4 km
Thu: easy run @ E 6:30-7:10/km — 30 min (≈ 4.4 km)

Week 2 | build | threshold and strength | 17.9 km
Mon/Wed: easy 30 min
Tue: 8k E w/ strides
Thu: easy run @ E 6:30-7:10/km — 35 min (≈ 5.1 km)

Week 3 | peak | sharpen | 14.3 km
- THURSDAY. blorp
"""
SYNTHETIC: list[tuple[dict[str, Any], str]] = [
    (
        {"kind": "read", "week": 2, "line": 9, "text": "Tue: 8k E w/ strides"},
        "#week-2 [data-day='2']",
    ),
    ({"kind": "changed", "week": 2, "line": 10, "text": None}, "#week-2 [data-day='4']"),
    (
        {"kind": "changed", "week": 2, "line": 7, "text": "Week 2 | build | t"},
        "#week-2 .week-notes",
    ),
    (
        {"kind": "not_used", "week": 2, "line": 8, "text": "Mon/Wed: easy 30 min"},
        "#week-2 .week-notes",
    ),
    ({"kind": "warning", "week": 2, "line": None, "text": None}, "#week-2 .week-notes"),
    (
        {"kind": "not_used", "week": 3, "line": 13, "text": "- THURSDAY. blorp"},
        "#week-3 [data-day='4']",
    ),
    ({"kind": "changed", "week": None, "line": 2, "text": "Paces: VDOT 35.0"}, "#plan-notes"),
    ({"kind": "warning", "week": 9, "line": None, "text": None}, "#plan-notes"),
]


def test_editor_places_every_kind_of_note(browser: Browser, stack: Stack) -> None:
    notes = [{**note, "message": f"message {n}"} for n, (note, _) in enumerate(SYNTHETIC)]
    with opened(browser, stack) as page:
        page.evaluate(
            """async ([notes, draft]) => {
                const { PlanView } = await import("/editor/plan-view.js");
                const $ = (id) => document.getElementById(id);
                // A button of its own: the page's view listens to the one in the page.
                $("all-notes").replaceWith($("all-notes").cloneNode(true));
                const view = new PlanView({ calendar: $("calendar"), notes: $("plan-notes"),
                    allNotes: $("all-notes"), chartBox: $("chart-box"), chart: $("chart"),
                    legend: $("chart-legend") });
                view.reset(3, "2025-05-08", draft);
                view.setNotes(notes);
                document.getElementById("main").hidden = false;
            }""",
            [notes, DRAFT],
        )
        for n, (note, place) in enumerate(SYNTHETIC):
            shown = page.locator(place).locator(".note", has_text=f"message {n}")
            expect(shown).to_have_count(1)
            expect(shown).to_have_attribute("data-kind", note["kind"])
            expect(shown.locator("svg.note-icon")).to_have_count(1)
        expect(page.locator(".note")).to_have_count(len(SYNTHETIC))
        expect(page.locator("#week-1 .note")).to_have_count(0)
        # Closed at first; each button says what it holds, by kind, in words.
        expect(page.locator(".notes:visible")).to_have_count(0)
        expect(page.locator("#week-2 .week-notes .notes-toggle")).to_have_text(
            re.compile(r"1 warning.*1 not used.*1 changed")
        )
        expect(page.locator("#plan-notes .note", has_text="message 7")).to_contain_text("week 9")
        page.click("#all-notes")
        expect(page.locator(".notes:visible")).to_have_count(5)
        expect(page.locator("#all-notes")).to_have_text("Close all notes")
        expect(page.locator("#week-2 [data-day='4'] .note code")).to_have_text(
            "Thu: easy run @ E 6:30-7:10/km — 35 min (≈ 5.1 km)"
        )
        expect(page.locator("#week-2 [data-day='2'] .note")).to_contain_text("Read")
        expect(page.locator("#week-2 [data-day='2'] .note code")).to_have_text(
            "Tue: 8k E w/ strides"
        )
