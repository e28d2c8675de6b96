"""What operators see of the stack `make run` starts: Prometheus metrics and JSON logs."""

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.conftest import Stack

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"
BODY = {"weeks": 5, "level": "beginner", "org_id": "demo"}
T = TypeVar("T")


def scrape(url: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    response = httpx.get(url, timeout=10)
    assert response.status_code == 200
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def summed(url: str, name: str, **labels: str) -> float:
    wanted = set(labels.items())
    return sum(v for (n, found), v in scrape(url).items() if n == name and wanted <= found)


def waiting(check: Callable[[], T | None], what: str, timeout: float = 60) -> T:
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=5).status_code == 200
    except httpx.TransportError:
        return False


def draft(stack: Stack) -> str:
    headers = {"Authorization": f"Bearer {stack.demo_token}"}
    response = httpx.post(
        f"{stack.base_url}{BASE}/generate-draft", json=BODY, headers=headers, timeout=120
    )
    assert response.status_code == 200, response.text
    return str(response.json()["request_id"])


def test_metrics_endpoints_of_the_three_processes_count_a_generation(stack: Stack) -> None:
    api = f"{stack.base_url}/metrics"
    worker = f"http://127.0.0.1:{stack.env['COACH_WORKER_METRICS_PORT']}/metrics"
    projector = f"http://127.0.0.1:{stack.env['COACH_PROJECTOR_METRICS_PORT']}/metrics"
    route = {"route": f"{BASE}/generate-draft", "status": "2xx"}
    succeeded = {"step": "draft", "outcome": "succeeded"}
    for url in (worker, projector):  # each process serves once it has started
        waiting(lambda url=url: answers(url), f"{url} to answer")
    before = (
        summed(api, "coach_http_responses_total", **route),
        summed(worker, "coach_generations_total", **succeeded),
    )
    position = projected(projector)
    request_id = draft(stack)
    assert summed(api, "coach_http_responses_total", **route) == before[0] + 1
    waiting(
        lambda: summed(worker, "coach_generations_total", **succeeded) >= before[1] + 1,
        "the worker to count the generation",
    )
    # PlanRequested, GenerationStarted and DraftGenerated reach the log and the read model
    # (other generations still ending, of earlier tests, may move the position further).
    waiting(lambda: projected(projector) >= position + 3, "the projector to apply the generation")
    read = httpx.get(
        f"{stack.base_url}{BASE}/generations/{request_id}",
        headers={"Authorization": f"Bearer {stack.demo_token}"},
        timeout=10,
    )
    assert read.status_code == 200 and read.json()["status"] == "succeeded", read.text


def projected(url: str) -> float:
    """The projector's position once a sample shows it caught up with the log (lag 0)."""

    def caught_up() -> list[float] | None:
        samples = scrape(url)
        lags = [value for (name, _), value in samples.items() if name == "coach_projector_lag"]
        if not lags or sum(lags) != 0:  # no sample yet, or behind
            return None
        return [sum(v for (name, _), v in samples.items() if name == "coach_projector_position")]

    return waiting(caught_up, "the projector to catch up")[0]


def json_lines(log: Path) -> list[dict[str, Any]]:
    """Every line the service wrote, each a JSON object (run.sh's own notes aside)."""
    lines = [line for line in log.read_text().splitlines() if not line.startswith("run.sh: ")]
    assert lines, f"{log} is empty"
    return [json.loads(line) for line in lines]


def test_logs_are_json_lines_with_the_request_id(stack: Stack) -> None:
    request_id = draft(stack)

    def worker_line() -> dict[str, Any] | None:
        mine = [
            line
            for line in json_lines(stack.logs / "agents.log")
            if line.get("request_id") == request_id
        ]
        return mine[-1] if mine else None

    line = waiting(worker_line, "the worker's log line of the request")
    assert line["attempt"] == 1
    assert line["message"].startswith("draft attempt succeeded")
    assert {"time", "level", "logger"} <= set(line)
    api_lines = json_lines(stack.logs / "api.log")
    access = [line for line in api_lines if line.get("request_id") == request_id]
    assert access and "generate-draft" in access[-1]["message"]
    json_lines(stack.logs / "projector.log")
