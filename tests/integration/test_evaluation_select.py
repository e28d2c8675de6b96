"""`coach-agent eval select` over a log of real generations: filters, links, seeded samples."""

import asyncio
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from agents.evaluation.freeze import freeze_set
from agents.evaluation.replay_set import read_set
from agents.evaluation.selection import Filters
from schemas.settings import Settings
from tests.conftest import ROOT
from tests.eval_log import LoggedSet

pytestmark = pytest.mark.integration


@pytest.fixture
def logged(eval_logged: tuple[Settings, LoggedSet]) -> tuple[Settings, LoggedSet]:
    return eval_logged


async def chosen(settings: Settings, folder: Path, filters: Filters, **sample: int) -> list[str]:
    await freeze_set(settings, filters, sample.get("size"), sample.get("seed", 0), folder)
    _, cases = read_set(folder)
    return sorted(case.case_id for case in cases)


async def test_select_filters_each_keep_what_they_name(
    logged: tuple[Settings, LoggedSet], tmp_path: Path
) -> None:
    settings, log = logged
    drafts, plans = log.drafts, log.plans
    every = sorted([*drafts.values(), *plans.values(), *log.failed])
    model_made = sorted(
        [
            *(drafts[m] for m in ("m1", "m2", "m3")),
            *(plans[m] for m in ("m1", "m2", "m3")),
            *log.failed,
        ]
    )
    expectations = {
        "all": (Filters(), every),
        "drafts": (Filters(step="draft"), sorted([*drafts.values(), *log.failed])),
        "plans": (Filters(step="plan"), sorted(plans.values())),
        "provider": (Filters(providers=("openai",)), model_made),
        "model": (Filters(models=("fake-model",)), model_made),
        "builtin prompt": (
            Filters(prompt_versions=("builtin-1",)),
            sorted(set(every) - set(model_made)),
        ),
        "failed": (Filters(outcome="failed"), log.failed),
        "org": (Filters(orgs=("other",)), [drafts["o1"]]),
        "edited": (
            Filters(edited=True),
            sorted(
                [drafts["b1"], drafts["m1"], drafts["m2"], plans["b1"], plans["m1"], plans["m2"]]
            ),
        ),
        "since": (Filters(since=dt.datetime.fromisoformat(log.model_started_at)), model_made),
        "until": (
            Filters(until=dt.datetime.fromisoformat(log.model_started_at)),
            sorted(set(every) - set(model_made)),
        ),
    }
    for name, (filters, expected) in expectations.items():
        assert await chosen(settings, tmp_path / name, filters) == expected, name


async def test_select_links_each_draft_to_what_the_coach_approved(
    logged: tuple[Settings, LoggedSet], tmp_path: Path
) -> None:
    settings, log = logged
    manifest = await freeze_set(settings, Filters(), None, 0, tmp_path / "all")
    _, cases = read_set(tmp_path / "all")
    by_id = {case.case_id: case for case in cases}
    for marker in ("b1", "b2", "m1", "m2", "m3"):
        draft = by_id[log.drafts[marker]]
        assert draft.approved_draft == log.approved[marker]
        assert draft.approved_request_id == log.plans[marker]
        plan = by_id[log.plans[marker]]
        assert plan.draft_request_id == log.drafts[marker]
        assert plan.source_draft == log.draft_text[marker]
        assert draft.edited is (marker in ("b1", "m1", "m2"))
    untouched = by_id[log.drafts["b3"]]
    assert untouched.approved_draft is None and not untouched.edited
    model_draft = by_id[log.drafts["m1"]]
    assert model_draft.provider == "openai" and model_draft.model == "fake-model"
    assert model_draft.usage is not None and model_draft.usage.prompt_tokens > 0
    assert model_draft.latency_s is not None and model_draft.latency_s >= 0
    assert by_id[log.failed[0]].outcome == "failed"
    assert manifest["counts"]["cases"] == len(cases) == 14
    assert manifest["counts"]["step"] == {"draft": 9, "plan": 5}
    offsets = manifest["source"]["offsets"]
    assert set(offsets) == {"0", "1"} and sum(o["to"] - o["from"] for o in offsets.values()) > 0
    assert manifest["hash"].startswith("sha256:")


async def test_select_sample_is_stratified_and_the_same_for_the_same_seed(
    logged: tuple[Settings, LoggedSet], tmp_path: Path
) -> None:
    settings, _ = logged
    first = await chosen(settings, tmp_path / "a", Filters(step="draft"), size=4, seed=11)
    again = await chosen(settings, tmp_path / "b", Filters(step="draft"), size=4, seed=11)
    assert first == again and len(first) == 4
    assert (tmp_path / "a" / "cases.jsonl").read_bytes() == (
        tmp_path / "b" / "cases.jsonl"
    ).read_bytes()
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text())
    assert manifest["sample"] == {"size": 4, "seed": 11, "strata": ["level", "weeks"]}
    # Drafts: beginner 4 weeks is 4 of 9 (b1, b4, o1, fail), so 2 of a sample of 4 (4 x 4/9
    # = 1.8, rounded by largest remainder); no stratum gets more than its share rounded up.
    assert manifest["counts"]["level"]["beginner"] >= 2
    seeds = {
        tuple(await chosen(settings, tmp_path / f"s{s}", Filters(step="draft"), size=4, seed=s))
        for s in range(6)
    }
    assert len(seeds) > 1, "the seed changes nothing"


async def test_select_cli_writes_a_set_and_refuses_bad_input(
    logged: tuple[Settings, LoggedSet], tmp_path: Path
) -> None:
    settings, log = logged
    env = {
        **os.environ,
        "COACH_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "COACH_TOPIC_PREFIX": settings.topic_prefix,
    }
    command = [
        str(ROOT / ".venv" / "bin" / "coach-agent"),
        "eval",
        "select",
        "--out",
        str(tmp_path / "set"),
        "--step",
        "draft",
        "--edited",
        "--provider",
        "openai",
    ]
    process = await asyncio.create_subprocess_exec(
        *command, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    assert "2 cases" in err.decode()
    _, cases = read_set(tmp_path / "set")
    assert sorted(c.case_id for c in cases) == sorted([log.drafts["m1"], log.drafts["m2"]])
    (tmp_path / "set" / "cases.jsonl").write_text("")
    bad = [command[0], "eval", "run", str(tmp_path / "set"), "--no-log"]
    process = await asyncio.create_subprocess_exec(
        *bad, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 2
    assert err.decode().startswith("error: ") and "changed since it was selected" in err.decode()
    assert "Traceback" not in err.decode()
