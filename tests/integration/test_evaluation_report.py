"""An evaluation end to end: its HTML report in headless Chromium, its events projected into
eval_runs and eval_cases, and the SQL examples of docs/events.md against the tables."""

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import async_playwright

from agents.evaluation.freeze import freeze_set
from agents.evaluation.selection import Filters
from schemas import topics
from schemas.settings import Settings
from tests.conftest import ROOT
from tests.eval_log import LoggedSet, candidate_models, run_cli
from tests.fake_openai import fake_openai
from tests.harness import connect, eventually, projector, read_topic

pytestmark = pytest.mark.integration

CHROMIUM = "/usr/bin/chromium"
DOC = ROOT / "docs" / "events.md"


@pytest.fixture(scope="module")
async def evaluated(
    eval_logged: tuple[Settings, LoggedSet], tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[Settings, Path, dict[str, Any]]]:
    """One logged evaluation of the edited drafts and their plans, two candidates."""
    settings, logged = eval_logged
    folder = tmp_path_factory.mktemp("evaluated")
    await freeze_set(settings, Filters(edited=True), None, 0, folder / "set")
    async with fake_openai(responder=candidate_models(logged)) as fake:
        code, stdout, stderr = await run_cli(
            settings, "eval", "run", str(folder / "set"), "--out", str(folder / "out"),
            "--candidate", f"good=model=good,base_url={fake.base_url}",
            "--candidate", f"bad=model=bad,base_url={fake.base_url}",
        )  # fmt: skip
    assert code == 0, stderr
    assert "ranking: good" in stdout
    yield settings, folder / "out", json.loads((folder / "out" / "report.json").read_text())


async def test_report_opens_in_chromium_with_its_charts_and_loads_nothing_else(
    evaluated: tuple[Settings, Path, dict[str, Any]],
) -> None:
    _, out, report = evaluated
    url = (out / "report.html").as_uri()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            page = await browser.new_page()
            requested: list[str] = []
            problems: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on(
                "console",
                lambda message: problems.append(message.text) if message.type == "error" else None,
            )
            await page.goto(url)
            charts = page.locator("body > div.charts > svg.chart")  # not those of closed cases
            assert await charts.count() >= 10
            for index in range(await charts.count()):
                box = await charts.nth(index).bounding_box()
                assert box is not None and box["width"] > 50 and box["height"] > 30
            assert await page.locator("svg.chart path").count() > 50  # drawn, not empty
            assert await page.inner_text("#run-status") == "complete"
            rows = page.locator("#cases tbody tr")
            assert await rows.count() == len(report["cases"]) * 3  # good, bad, builtin
            first = await rows.nth(0).inner_text()
            assert "bad" in first, "the worst regression is not first"
            await page.click("#cases th:has-text('candidate')")
            names = [
                (await rows.nth(i).locator("td").nth(4).inner_text())
                for i in range(await rows.count())
            ]
            assert names == sorted(names, reverse=True)
            case = report["cases"][0]["case_id"]
            await page.click(f"#case-{case} > summary")
            assert await page.locator(f"#case-{case} svg.chart").is_visible()
            assert await page.locator(f"#case-{case} th:has-text('coach-approved')").count() == 1
            assert problems == []
            assert requested == [url], f"the report loaded {requested[1:]}"
        finally:
            await browser.close()


async def test_evaluation_events_are_projected_and_the_documented_queries_answer(
    evaluated: tuple[Settings, Path, dict[str, Any]],
) -> None:
    settings, _, report = evaluated
    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    assert not [e for e in log if "Evaluation" in e.type or e.type == "CaseScored"]
    conn = await connect(settings)
    try:
        async with projector(settings):

            async def finished() -> Any:
                return await conn.fetchrow(
                    "SELECT * FROM eval_runs WHERE evaluation_id = $1 AND finished_at IS NOT NULL",
                    report["evaluation_id"],
                )

            run = await eventually(finished, 60, "the evaluation's row")

            async def workouts() -> Any:
                return await conn.fetchval(
                    "SELECT count(*) FROM generation_workouts WHERE sub_type IS NOT NULL"
                )

            await eventually(workouts, 60, "projected workouts")
        weeks = {
            (e.request_id, e.week): (e.provider, e.model, e.prompt_version)
            for e in log
            if e.type == "WeekCompleted"
        }
        rows = await conn.fetch(
            "SELECT request_id, week, provider, model, prompt_version, sub_type, distance, body "
            "FROM generation_workouts"
        )
        assert len(rows) > 20
        for row in rows:
            assert (row["provider"], row["model"], row["prompt_version"]) == weeks[
                (row["request_id"], row["week"])
            ]
            body = json.loads(row["body"])
            assert (row["sub_type"], row["distance"]) == (body["sub_type"], body["distance"])
        assert run["status"] == "complete" and run["exit_code"] == 0
        assert run["cases"] == len(report["cases"]) and run["ranking"] == report["ranking"]
        producers = ["bad", "baseline", "builtin", "good"]
        counted = await conn.fetch(
            "SELECT candidate, count(*) AS n FROM eval_cases WHERE evaluation_id = $1 "
            "GROUP BY candidate ORDER BY candidate",
            report["evaluation_id"],
        )
        assert [(r["candidate"], r["n"]) for r in counted] == [
            (p, len(report["cases"])) for p in producers
        ]
        edits = await conn.fetch(example("Which producer would coaches have had to edit least"))
        ours = [r for r in edits if r["evaluation_id"] == report["evaluation_id"]]
        assert ours[0]["candidate"] == "good" and float(ours[0]["mean_edit_distance"]) == 0
        assert float(ours[0]["accepted_as_is"]) == 1
        by_name = {r["candidate"]: r for r in ours}
        assert by_name["bad"]["mean_edit_distance"] > by_name["baseline"]["mean_edit_distance"] > 0
        drafts = sum(1 for case in report["cases"] if case["approved"])
        assert by_name["good"]["outputs"] == drafts
        failures = await conn.fetch(example("Failure rate per step, prompt version and model"))
        model_drafts = next(
            r for r in failures if r["step"] == "draft" and r["model"] == "fake-model"
        )
        assert model_drafts["generations"] == 4 and float(model_drafts["failure_rate"]) == 0.25
        volumes = await conn.fetch(example("Weekly running volume by phase and model"))
        # Plans under the model provider whose weeks needed no call name that week's producer.
        assert "builtin-planner" in {r["model"] for r in volumes}
        assert {r["model"] for r in volumes} <= {"builtin-planner", "fake-model"}
        assert all(float(r["mean_km"]) > 0 for r in volumes)
    finally:
        await conn.close()


def example(title: str) -> str:
    """The SQL block of docs/events.md whose first line is `-- {title}...`."""
    blocks = re.findall(r"```sql\n(.*?)```", DOC.read_text(), re.DOTALL)
    return next(block for block in blocks if block.startswith(f"-- {title}"))
