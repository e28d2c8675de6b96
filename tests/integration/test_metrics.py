"""Prometheus metrics of the api, the worker and the projector, around a real generation."""

import contextlib
from collections.abc import AsyncIterator

import httpx
import pytest
from httpx_sse import aconnect_sse
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from agents import metrics as worker_metrics
from schemas.settings import Settings
from tests.harness import agents_worker, api_server, eventually, projector, seed
from tests.integration.projector_log import end_offsets
from tests.stack import free_port

pytestmark = pytest.mark.integration

BODY = {"weeks": 3, "level": "beginner", "org_id": "club"}
BASE = "/api/v1/ai-coach"
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def parse(text: str) -> Samples:
    """Every sample of a Prometheus text page, keyed by name and labels."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples: Samples, name: str) -> float:
    return sum(found for (sample, _), found in samples.items() if sample == name)


async def scrape(client: httpx.AsyncClient, url: str) -> Samples:
    response = await client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return parse(response.text)


@contextlib.asynccontextmanager
async def first_event_of_stream(
    client: httpx.AsyncClient, token: str
) -> AsyncIterator[AsyncIterator[object]]:
    """A draft stream, open, after its first event; yields the rest of its events."""
    async with aconnect_sse(
        client, "POST", f"{BASE}/generate-draft/stream", json=BODY, headers=auth(token)
    ) as source:
        assert source.response.status_code == 200
        events = source.aiter_sse()
        assert (await anext(events)).event == "progress"
        yield events


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_metrics_of_api_worker_and_projector_count_a_generation(settings: Settings) -> None:
    settings = settings.model_copy(
        update={
            "worker_metrics_port": free_port(),
            "projector_metrics_port": free_port(),
            "metrics_sample_s": 0.2,
        }
    )
    tenancy = await seed(settings)
    worker_url = f"http://127.0.0.1:{settings.worker_metrics_port}/metrics"
    projector_url = f"http://127.0.0.1:{settings.projector_metrics_port}/metrics"
    async with (
        api_server(settings) as base,
        projector(settings),
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        api_before = await scrape(client, "/metrics")
        succeeded = {"step": "draft", "outcome": "succeeded"}
        worker_before = parse_registry(worker_metrics.REGISTRY)
        # No worker yet: the stream stays open on its queued generation.
        async with first_event_of_stream(client, tenancy.coach_token) as events:
            api_open = await scrape(client, "/metrics")
            assert value(api_open, "coach_sse_streams_open", mode="draft") == 1
            assert value(api_open, "coach_run_reader_followers") >= 1
            assert value(api_open, "coach_run_reader_partitions") >= 1
            assert total(api_open, "coach_topic_pool_ready") > 0
            async with agents_worker(settings):
                names = [item.event async for item in events]
                assert names[-2:] == ["result", "done"]
                worker = await expect_counted(client, worker_url, worker_before, succeeded)
                await expect_caught_up_commands(client, worker_url)
        await client.get(f"{BASE}/generations/{'0' * 32}")  # no token: 401
        await client.get("/nowhere")  # 404, no route
        api_after = await scrape(client, "/metrics")
        await expect_projected(client, projector_url, settings)

    stream = {"method": "POST", "route": f"{BASE}/generate-draft/stream", "status": "2xx"}
    counted = "coach_http_responses_total"
    assert value(api_after, counted, **stream) - value(api_before, counted, **stream) == 1
    read = {"method": "GET", "route": f"{BASE}/generations/{{request_id}}", "status": "4xx"}
    assert value(api_after, counted, **read) - value(api_before, counted, **read) == 1
    unknown = {"method": "GET", "route": "unmatched", "status": "4xx"}
    assert value(api_after, counted, **unknown) - value(api_before, counted, **unknown) == 1
    assert value(api_after, "coach_sse_streams_open", mode="draft") == 0
    assert value(api_after, "coach_run_reader_followers") == 0

    timed = "coach_generation_duration_seconds_count"
    assert value(worker, timed, **succeeded) - value(worker_before, timed, **succeeded) == 1
    assert ("coach_generations_in_flight", frozenset()) in worker
    assert ("process_cpu_seconds_total", frozenset()) in worker


def parse_registry(registry: CollectorRegistry) -> Samples:
    return parse(generate_latest(registry).decode())


async def expect_counted(
    client: httpx.AsyncClient, url: str, before: Samples, labels: dict[str, str]
) -> Samples:
    """The worker's endpoint counts one more generation than before."""
    name = "coach_generations_total"

    async def counted() -> Samples | None:
        samples = await scrape(client, url)
        return samples if value(samples, name, **labels) - value(before, name, **labels) else None

    samples = await eventually(counted, 30, "the worker to count the generation")
    assert value(samples, name, **labels) - value(before, name, **labels) == 1
    return samples


async def expect_caught_up_commands(client: httpx.AsyncClient, url: str) -> None:
    """The worker group committed the one command: lag 0 on both partitions."""

    async def caught_up() -> bool:
        samples = await scrape(client, url)
        lags = {
            dict(labels)["partition"]: found
            for (name, labels), found in samples.items()
            if name == "coach_command_lag"
        }
        return lags == {"0": 0, "1": 0}

    await eventually(caught_up, 30, "the command lag to reach 0 on both partitions")


async def expect_projected(client: httpx.AsyncClient, url: str, settings: Settings) -> None:
    """The projector's stored position is the log's end: every event of the generation."""
    ends = await end_offsets(settings)
    assert sum(ends.values()) == 3  # PlanRequested, GenerationStarted, DraftGenerated

    async def projected() -> Samples | None:
        samples = await scrape(client, url)
        return samples if total(samples, "coach_projector_position") == 3 else None

    samples = await eventually(projected, 30, "the projector's position to reach the end")
    assert total(samples, "coach_projector_lag") == 0
    assert value(samples, "coach_projector_dead_letters", projection="generations") == 0
