"""`coach-agent eval run` on a set of logged, coach-edited model drafts, with two fake
candidates: `good` answers what the coach approved, `bad` drops lines and breaks rules."""

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from agents.evaluation.freeze import freeze_set
from agents.evaluation.selection import Filters
from schemas.settings import Settings
from tests.eval_log import LoggedSet, candidate_models, run_cli
from tests.fake_openai import FakeOpenAI, fake_openai

pytestmark = pytest.mark.integration

GATES = """gates = [
  "failure_rate <= baseline + 0.01",
  "validator_errors.mean <= baseline",
  "edit_distance.median <= baseline",
  "cost <= 1.2 * baseline",
]
"""
PRICE = {"prompt_per_1k": 0.5, "completion_per_1k": 1.5}
PRICES = json.dumps({name: PRICE for name in ("fake-model", "good", "bad")})


@pytest.fixture(scope="module")
async def run_set(
    eval_logged: tuple[Settings, LoggedSet], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    settings, _ = eval_logged
    folder = tmp_path_factory.mktemp("eval") / "set"
    filters = Filters(step="draft", edited=True, providers=("openai",))
    await freeze_set(settings, filters, None, 0, folder)
    return folder


@pytest.fixture(scope="module")
async def models(eval_logged: tuple[Settings, LoggedSet]) -> AsyncIterator[FakeOpenAI]:
    async with fake_openai(responder=candidate_models(eval_logged[1])) as fake:
        yield fake


def candidate(name: str, fake: FakeOpenAI) -> str:
    return f"{name}=model={name},base_url={fake.base_url}"


async def evaluate(
    settings: Settings, run_set: Path, out: Path, *args: str
) -> tuple[int, dict[str, Any], str]:
    code, stdout, stderr = await run_cli(
        settings,
        "eval",
        "run",
        str(run_set),
        "--out",
        str(out),
        *args,
        COACH_EVAL_PRICES_PER_1K=PRICES,
    )
    assert "Traceback" not in stderr, stderr
    return code, json.loads((out / "report.json").read_text()), stdout


async def test_run_ranks_good_above_bad_and_the_gate_refuses_only_bad(
    eval_logged: tuple[Settings, LoggedSet], run_set: Path, models: FakeOpenAI, tmp_path: Path
) -> None:
    settings, _ = eval_logged
    gates = tmp_path / "gates.toml"
    gates.write_text(GATES)
    cache = tmp_path / "cache"
    both = ["--candidate", candidate("good", models), "--candidate", candidate("bad", models)]
    code, report, stdout = await evaluate(
        settings,
        run_set,
        tmp_path / "both",
        *both,
        "--gates",
        str(gates),
        "--cache",
        str(cache),
        "--no-log",
    )
    assert code == 1, stdout
    assert report["status"] == "complete" and report["set"]["cases"] == 2
    assert report["ranking"].index("good") < report["ranking"].index("bad")
    outcomes = {(g["candidate"], g["rule"]): g["outcome"] for g in report["gates"]}
    assert all(outcomes[("good", rule)] == "holds" for rule in _rules()), report["gates"]
    assert outcomes[("bad", "edit_distance.median <= baseline")] == "fails"
    assert {g["candidate"] for g in report["gates"]} == {"good", "bad"}  # the control is not gated
    good = report["comparisons"]["good"]
    assert good["edit_distance"]["mean"]["candidate"] == 0
    assert good["accepted_as_is"]["mean"]["candidate"] == 1
    assert report["comparisons"]["bad"]["edit_distance"]["mean"]["diff"] > 0
    assert report["summary"]["bad"]["days_dropped"]["mean"] is None  # drafts: counted as edits
    low, high = report["comparisons"]["bad"]["edit_distance"]["mean"]["ci95"]
    assert 0 < low <= high
    asked = len(models.requests)
    assert asked == 4  # two cases, two candidates, one call each (the control calls nothing)

    alone = {}
    for name in ("good", "bad"):
        alone[name], _, _ = await evaluate(
            settings,
            run_set,
            tmp_path / name,
            "--candidate",
            candidate(name, models),
            "--gates",
            str(gates),
            "--cache",
            str(cache),
            "--no-log",
            "--no-control",
        )
    assert alone == {"good": 0, "bad": 1}

    code, again, _ = await evaluate(
        settings,
        run_set,
        tmp_path / "rescored",
        *both,
        "--gates",
        str(gates),
        "--cache",
        str(cache),
        "--rescore-only",
        "--no-log",
    )
    assert len(models.requests) == asked, "--rescore-only called the model"
    assert code == 1 and again["status"] == "complete" and again["model_calls"] == 0
    assert (
        again["comparisons"]["bad"]["edit_distance"]
        == report["comparisons"]["bad"]["edit_distance"]
    )


def _rules() -> list[str]:
    return [line.strip().strip('",') for line in GATES.splitlines()[1:-1]]


async def test_budget_stops_the_run_with_exit_2_and_a_partial_report(
    eval_logged: tuple[Settings, LoggedSet], run_set: Path, models: FakeOpenAI, tmp_path: Path
) -> None:
    settings, _ = eval_logged
    code, report, stdout = await evaluate(
        settings,
        run_set,
        tmp_path / "budget",
        "--candidate",
        candidate("good", models),
        "--max-tokens",
        "1",
        "--concurrency",
        "1",
        "--no-cache",
        "--no-log",
        "--no-control",
    )
    assert code == 2, stdout
    assert report["status"] == "incomplete" and "token budget" in report["reason"]
    statuses = [row["statuses"]["good"] for row in report["cases"]]
    assert sorted(statuses) == [["ok"], ["skipped"]]
    assert report["summary"]["good"]["edit_distance"]["n"] == 1
    assert (tmp_path / "budget" / "report.html").exists()


async def test_rescore_only_without_a_cache_runs_nothing_and_says_so(
    eval_logged: tuple[Settings, LoggedSet], run_set: Path, models: FakeOpenAI, tmp_path: Path
) -> None:
    settings, _ = eval_logged
    asked = len(models.requests)
    code, report, _ = await evaluate(
        settings,
        run_set,
        tmp_path / "nothing",
        "--candidate",
        candidate("good", models),
        "--rescore-only",
        "--cache",
        str(tmp_path / "empty"),
        "--no-log",
    )
    assert len(models.requests) == asked
    assert code == 2 and "not in the response cache" in report["reason"]
    assert report["summary"]["baseline"]["edit_distance"]["n"] == 2  # the baseline is rescored
    assert report["summary"]["builtin"]["failed"]["n"] == 2  # the control needs no model


async def test_repeats_sample_the_model_again_and_report_its_spread(
    eval_logged: tuple[Settings, LoggedSet], run_set: Path, models: FakeOpenAI, tmp_path: Path
) -> None:
    settings, _ = eval_logged
    asked = len(models.requests)
    code, report, _ = await evaluate(
        settings, run_set, tmp_path / "repeat", "--candidate", candidate("good", models),
        "--repeat", "3", "--cache", str(tmp_path / "cache"), "--no-log", "--no-control",
    )  # fmt: skip
    assert code == 0
    assert len(models.requests) - asked == 6  # each repeat is a new sample, not a cache hit
    spread = report["comparisons"]["good"]["edit_distance"]["repeat_spread"]
    assert spread == 0.0  # this fake answers the same every time
    outputs = (tmp_path / "repeat" / "outputs.jsonl").read_text().splitlines()
    assert sorted(json.loads(line)["repeat"] for line in outputs if '"good"' in line) == [
        0, 0, 1, 1, 2, 2,
    ]  # fmt: skip


async def test_an_unreachable_model_server_makes_the_run_incomplete_not_a_regression(
    eval_logged: tuple[Settings, LoggedSet], run_set: Path, tmp_path: Path
) -> None:
    settings, _ = eval_logged
    gates = tmp_path / "gates.toml"
    gates.write_text(GATES)
    code, report, stdout = await evaluate(
        settings, run_set, tmp_path / "down", "--candidate", "down=model=m,base_url=http://127.0.0.1:9/v1",
        "--gates", str(gates), "--no-cache", "--no-log",
    )  # fmt: skip
    assert code == 2, stdout
    assert "unreachable" in report["reason"]
    assert [row["statuses"]["down"] for row in report["cases"]] == [["skipped"], ["skipped"]]
    assert report["summary"]["builtin"]["failed"]["n"] == 2
