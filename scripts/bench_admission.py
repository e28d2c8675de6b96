"""The admission parts of the load benchmark (scripts/bench_load.py --parts admission).

With every admission, rate and connection setting at its default (no limit raised for
the benchmark), on the stack `make run` starts:

- one organisation's burst of 500 draft streams from 500 coaches at once: completed,
  refused, queued (with their place in line), p50/p99; built-in, and model-backed (the
  fake model streaming at a fixed token rate), where the running limit holds the burst;
- a second organisation's single drafts, from a client process of its own, sent at fixed
  moments during each burst, from its first instant to its last seconds: their first
  `started` events (p50, max, how many within the 2 s bound), beside the same request on
  the idle stack just before;
- a plan answered 200 while the projector is paused (SIGSTOP) for 2 s, read back at
  once: what the read answers and when, beside the read-back with the projector running.
"""

import asyncio
import concurrent.futures
import contextlib
import json
import math
import multiprocessing
import os
import signal
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
from pydantic import SecretStr

from schemas import topics
from schemas.events import GenerationStarted, PlanRequested
from schemas.settings import Settings
from tests.harness import coaches, read_topic
from tests.stack import Stack

DRAFT = "/api/v1/ai-coach/generate-draft"
PLAN = "/api/v1/ai-coach/generate-plan"
GENERATION = "/api/v1/ai-coach/generations"
BODY: dict[str, Any] = {"weeks": 12, "level": "intermediate"}
LIMITS = (
    "org_",
    "user_",
    "rate_",
    "topic_pool_",
    "topic_create",
    "sse_streams",
    "worker_",
    "body_timeout",
    "api_limit",
    "api_backlog",
    "read_wait",
)


class Report(Protocol):
    def add(self, what: str, figure: str, beside: str = "") -> None: ...


def default_env() -> dict[str, str]:
    """Every limit at its default, overriding what the test stack raises."""
    defaults = Settings()
    return {
        f"COACH_{name.upper()}": str(getattr(defaults, name))
        for name in Settings.model_fields
        if name.startswith(LIMITS)
    }


@dataclass
class Seen:
    """One stream as a client saw it."""

    status: int = 0
    request_id: str = ""
    # When it was sent, on the machine's clock (the services' events carry that clock too).
    sent_at: float = 0.0
    headers_s: float | None = None
    first_s: float | None = None
    started_s: float | None = None
    total_s: float | None = None
    done: bool = False
    places: list[int] = field(default_factory=list)


async def make_club(stack: Stack, org_id: str, count: int) -> list[str]:
    """An organisation with the feature and `count` coaches of its own; their tokens."""
    settings = Settings(
        database_url=SecretStr(stack.env["COACH_DATABASE_URL"]),
        database_schema=stack.env["COACH_DATABASE_SCHEMA"],
    )
    return await coaches(settings, org_id, count)


async def stream(client: aiohttp.ClientSession, token: str, org_id: str) -> Seen:
    seen = Seen(sent_at=time.time())
    began = time.perf_counter()
    headers = {"Authorization": f"Bearer {token}"}
    with contextlib.suppress(aiohttp.ClientError, TimeoutError):
        body = {**BODY, "org_id": org_id}
        async with client.post(f"{DRAFT}/stream", json=body, headers=headers) as response:
            seen.status = response.status
            seen.headers_s = time.perf_counter() - began
            seen.request_id = response.headers.get("X-Request-ID", "")
            if response.status != 200:
                await response.read()
                return seen
            name = None
            async for line in response.content:
                text = line.decode().strip()
                if text.startswith("event:"):
                    name = text.split(":", 1)[1].strip()
                    if seen.first_s is None:
                        seen.first_s = time.perf_counter() - began
                elif text.startswith("data:") and name == "progress":
                    seen_progress(seen, text[5:], began)
                elif name == "done":
                    seen.done = True
    seen.total_s = time.perf_counter() - began
    return seen


def seen_progress(seen: Seen, data: str, began: float) -> None:
    progress = json.loads(data)
    if "position" in progress:
        seen.places.append(progress["position"])
    if progress["status"] == "started" and seen.started_s is None:
        seen.started_s = time.perf_counter() - began


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# When, in seconds after the burst began, another organisation's single draft is sent:
# from the first instant (the api is taking in 500 requests, the pool of run topics runs
# dry) to the burst's last seconds.
DURING_S = (0.0, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
BOUND_S = 2.0


def sample_other(base_url: str, token: str, delays: tuple[float, ...]) -> list[dict[str, Any]]:
    """Another organisation's drafts, one sent at each delay from now; in a process of its
    own, as another club's coach is another client: the burst's 500 streams, parsed by the
    load generator's loop, do not delay it."""

    async def sample() -> list[Seen]:
        timeout = aiohttp.ClientTimeout(total=1800)
        async with aiohttp.ClientSession(base_url, timeout=timeout) as client:

            async def later(delay: float) -> Seen:
                await asyncio.sleep(delay)
                return await stream(client, token, "other")

            return list(await asyncio.gather(*(later(delay) for delay in delays)))

    return [seen.__dict__ for seen in asyncio.run(sample())]


async def one_org_burst(stack: Stack, report: Report, label: str, size: int) -> None:
    """The burst of `size` coaches of one club, and another club's requests during it."""
    club = await make_club(stack, "club", size)
    (other,) = await make_club(stack, "other", 1)
    connector = aiohttp.TCPConnector(limit=size + 10)
    timeout = aiohttp.ClientTimeout(total=1800)
    loop = asyncio.get_running_loop()
    spawn = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=spawn) as sampler:
        # The sampler's process is started (and its imports done) before the burst.
        await loop.run_in_executor(sampler, sample_other, stack.base_url, other, ())
        async with aiohttp.ClientSession(
            stack.base_url, connector=connector, timeout=timeout
        ) as client:
            alone = [await stream(client, other, "other") for _ in range(5)]
            began = time.perf_counter()
            burst = [asyncio.create_task(stream(client, token, "club")) for token in club]
            sampled = loop.run_in_executor(sampler, sample_other, stack.base_url, other, DURING_S)
            during = [Seen(**seen) for seen in await sampled]
            streams = await asyncio.gather(*burst)
            elapsed = time.perf_counter() - began
    done = sum(s.done for s in streams)
    refused = sum(s.status == 429 for s in streams)
    failed = sum(s.status >= 500 for s in streams)
    waited = [s.places for s in streams if s.places]
    totals = [s.total_s for s in streams if s.done and s.total_s]
    accepted = [s.headers_s for s in streams if s.headers_s is not None] or [math.nan]
    report.add(
        f"one-org burst of {size} draft streams, default limits ({label})",
        f"{done}/{size} completed, {refused} x 429, {failed} x 5xx",
        f"all done in {elapsed:.1f} s, p50 {statistics.median(totals):.2f} s, "
        f"p99 {pct(totals, 0.99):.2f} s; accepted (response headers) p50 "
        f"{statistics.median(accepted):.2f} s, p99 {pct(accepted, 0.99):.2f} s; "
        f"{len(waited)} waited in line (longest line {max((p[0] for p in waited), default=0)})",
    )
    started = [s.started_s for s in during if s.started_s is not None]
    report.add(
        f"  a second org's request during it: first `started` ({label})",
        f"p50 {statistics.median(started) * 1000:.0f} ms, max {max(started) * 1000:.0f} ms"
        if started
        else "not started",
        f"{len(during)} sent at {', '.join(f'{d:g}' for d in DURING_S)} s into the burst: "
        f"{sum(s <= BOUND_S for s in started)} started within {BOUND_S:g} s; each "
        + ", ".join(f"{s.started_s * 1000:.0f}" if s.started_s is not None else "-" for s in during)
        + " ms",
    )
    starts = await start_times(stack)
    waits = waits_by_org(starts)
    idle = [s.started_s for s in alone if s.started_s is not None]
    report.add(
        "    the same, where the time goes (p50 of the 8)",
        "",
        stages(during, starts) + f"; the same request on the idle stack just before: median "
        f"{statistics.median(idle) * 1000:.0f} ms of {len(idle)}; the club's accepted to "
        f"started p50 {statistics.median(waits['club']):.1f} s, "
        f"p99 {pct(waits['club'], 0.99):.1f} s"
        if idle and waits.get("club")
        else "",
    )


@dataclass(frozen=True)
class Start:
    """A request's acceptance (PlanRequested's time, the api's clock) and its first
    GenerationStarted (the worker's clock; the same machine), in seconds since the epoch."""

    org_id: str
    accepted_at: float
    started_at: float


def stages(during: list[Seen], starts: dict[str, Start]) -> str:
    """Where each sampled request's time went: the api (sent to response headers), the
    worker (accepted to `started` written) and the relay (`started` written to the client
    reading it), medians in ms."""
    api, worker, relay = [], [], []
    for seen in during:
        start = starts.get(seen.request_id)
        if start is None or seen.headers_s is None or seen.started_s is None:
            continue
        api.append(seen.headers_s)
        worker.append(start.started_at - start.accepted_at)
        relay.append(seen.sent_at + seen.started_s - start.started_at)
    if not api:
        return "no sampled request started"
    each = ", ".join(
        f"{a * 1000:.0f}/{w * 1000:.0f}/{r * 1000:.0f}"
        for a, w, r in zip(api, worker, relay, strict=True)
    )
    return (
        f"api (sent to response headers) {statistics.median(api) * 1000:.0f} ms, worker "
        f"(accepted to `started` written) {statistics.median(worker) * 1000:.0f} ms, relay "
        f"(`started` written to read by the client) {statistics.median(relay) * 1000:.0f} ms "
        f"(each, api/worker/relay: {each} ms)"
    )


def waits_by_org(starts: dict[str, Start]) -> dict[str, list[float]]:
    """Accepted to started, by organisation."""
    waits: dict[str, list[float]] = {}
    for start in starts.values():
        waits.setdefault(start.org_id, []).append(start.started_at - start.accepted_at)
    return waits


async def start_times(stack: Stack) -> dict[str, Start]:
    """Each request's acceptance and first start, by request id, from the event log."""
    settings = Settings(
        kafka_bootstrap=stack.env["COACH_KAFKA_BOOTSTRAP"],
        topic_prefix=stack.env["COACH_TOPIC_PREFIX"],
    )
    log = await read_topic(settings, topics.events_topic(settings.topic_prefix))
    accepted: dict[str, PlanRequested] = {}
    starts: dict[str, Start] = {}
    for event in log:
        if isinstance(event, PlanRequested):
            accepted[event.request_id] = event
        elif isinstance(event, GenerationStarted) and event.request_id in accepted:
            requested = accepted.pop(event.request_id)
            starts[event.request_id] = Start(
                requested.org_id, requested.time.timestamp(), event.time.timestamp()
            )
    return starts


def projector_pid(stack: Stack) -> int:
    """The projector's pid, as scripts/run.sh records it."""
    return int((stack.logs / "projector.pid").read_text().strip())


@contextlib.contextmanager
def paused(pid: int) -> Iterator[None]:
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


async def read_back(
    client: aiohttp.ClientSession, token: str, draft: str, pause_s: float, pid: int
) -> tuple[float, str, list[int]]:
    """A plan answered 200, read back at once: seconds to a finished answer, its status,
    and every status code of the reads (with the projector paused for `pause_s`)."""
    headers = {"Authorization": f"Bearer {token}"}
    body = {**BODY, "org_id": "demo", "refined_draft": draft}
    codes: list[int] = []
    with paused(pid) if pause_s else contextlib.nullcontext():
        async with client.post(PLAN, json=body, headers=headers) as answered:
            request_id = (await answered.json())["request_id"]
        if pause_s:
            asyncio.get_running_loop().call_later(pause_s, os.kill, pid, signal.SIGCONT)
        began = time.perf_counter()
        while True:
            async with client.get(f"{GENERATION}/{request_id}", headers=headers) as read:
                codes.append(read.status)
                status = (await read.json()).get("status", "")
            if read.status == 200 and status in ("succeeded", "failed"):
                return time.perf_counter() - began, status, codes
            if status == "running" or read.status == 409:
                return time.perf_counter() - began, status or str(read.status), codes


async def lagging_projector(stack: Stack, report: Report, pause_s: float = 2.0) -> None:
    pid = projector_pid(stack)
    headers = {"Authorization": f"Bearer {stack.demo_token}"}
    async with aiohttp.ClientSession(stack.base_url) as client:
        async with client.post(DRAFT, json={**BODY, "org_id": "demo"}, headers=headers) as r:
            draft = (await r.json())["draft"]
        baseline = [await read_back(client, stack.demo_token, draft, 0, pid) for _ in range(5)]
        lagging = [await read_back(client, stack.demo_token, draft, pause_s, pid) for _ in range(3)]
    wrong = sum(status not in ("succeeded", "failed") for _, status, _ in lagging + baseline)
    report.add(
        f"read back right after a plan's 200, projector paused {pause_s:g} s",
        f"{', '.join(f'{s:.2f} s {status}' for s, status, _ in lagging)}",
        f"projector running: median {statistics.median(s for s, _, _ in baseline) * 1000:.1f} ms; "
        f"{wrong} wrong answers (running or 409) of {len(lagging) + len(baseline)}; "
        f"reads made: {sum(len(c) for _, _, c in lagging)}",
    )
