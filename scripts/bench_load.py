"""Load benchmark of the whole stack, with its baselines measured in the same run.

Starts the stack as `make run` does (scripts/run.sh, own topic prefix, schema and port,
against the local Kafka and Postgres, 127.0.0.1 only), a fake OpenAI-compatible model
streaming at a fixed token rate (scripts/fake_model.py), and prints side by side:

- the raw produce->consume round trip on the same broker, and the first SSE event
  p50/p99 of a lone draft stream (unloaded), timed alternately, 0.1 s apart;
- built-in drafts per second through the whole stack vs the in-process planner rate, and
  the CPU each process (broker, api, worker, its planner processes, projector, Postgres,
  this load generator) spent per draft meanwhile;
- a burst of 500 built-in draft streams (5xx, completed);
- 500 concurrent model-backed draft streams vs one alone (completed, errors, p50/p99);
- 500 idle streams held by one api process (its RSS and CPU while idle).

    .venv/bin/python scripts/bench_load.py [--streams 500] [--quick]

It is a benchmark, not a test: it asserts nothing and takes a few minutes.
"""

import argparse
import asyncio
import contextlib
import os
import platform
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agents.planning import PlanParams, make_draft
from tests.conftest import local_database_urls
from tests.stack import ROOT, Stack, free_port, running_stack

KAFKA = os.environ.get("COACH_KAFKA_BOOTSTRAP", "127.0.0.1:19092")
# The app's role and the owner's (run.sh migrates as the owner); the local stack's by default.
DATABASE = os.environ.get("COACH_DATABASE_URL", local_database_urls()[0])
DATABASE_OWNER = os.environ.get("COACH_DATABASE_OWNER_URL", local_database_urls()[1])
DRAFT = "/api/v1/ai-coach/generate-draft/stream"
BODY = {"weeks": 12, "level": "intermediate", "org_id": "demo"}
STACK_ENV = {
    "COACH_COMMANDS_PARTITIONS": "6",
    "COACH_EVENTS_PARTITIONS": "6",
    "COACH_ORG_INFLIGHT_LIMIT": "5000",
    "COACH_WORKER_CONCURRENCY": "1000",
    "COACH_SSE_PING_S": "15",
    "COACH_SYNC_TIMEOUT_S": "600",
    "COACH_SSE_IDLE_S": "900",
    # The defaults of a real api (tests/stack.py keeps a small pool for tests).
    "COACH_TOPIC_POOL_SIZE": "256",
    "COACH_TOPIC_POOL_BATCH": "64",
}


@dataclass
class Stream:
    """One draft stream as a client saw it."""

    status: int = 0
    first_s: float | None = None
    total_s: float | None = None
    done: bool = False
    error: str | None = None


@dataclass
class Report:
    rows: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, what: str, figure: str, beside: str = "") -> None:
        self.rows.append((what, figure, beside))
        print(f"  {what}: {figure}  {beside}", flush=True)

    def print(self) -> None:
        width = max(len(r[0]) for r in self.rows)
        fig = max(len(r[1]) for r in self.rows)
        print()
        print(f"{'what':<{width}}  {'figure':<{fig}}  side by side")
        print(f"{'-' * width}  {'-' * fig}  {'-' * 40}")
        for what, figure, beside in self.rows:
            print(f"{what:<{width}}  {figure:<{fig}}  {beside}")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


class RoundTrip:
    """The raw baseline: produce (acks=all, idempotent, as the api does) then consume one
    record on the same broker. Timed one at a time, interleaved with the lone streams, so
    both see the machine in the same state."""

    def __init__(self) -> None:
        self.topic = f"bench.rtt.{uuid.uuid4().hex}"
        self.admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
        self.producer = AIOKafkaProducer(
            bootstrap_servers=KAFKA, enable_idempotence=True, linger_ms=0
        )
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=KAFKA, group_id=None, fetch_max_wait_ms=50
        )
        self.timings: list[float] = []

    async def __aenter__(self) -> "RoundTrip":
        await self.admin.start()
        await self.admin.create_topics([NewTopic(self.topic, 1, 1)])
        async with asyncio.timeout(30):  # a busy broker elects the leader a while later
            while not await self._has_leader():
                await asyncio.sleep(0.05)
        await self.producer.start()
        await self.consumer.start()
        partition = TopicPartition(self.topic, 0)
        self.consumer.assign([partition])
        await self.consumer.seek_to_end(partition)
        await self.producer.send_and_wait(self.topic, b"warm-up")
        await self.consumer.getone()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()
        await self.producer.stop()
        await self.admin.delete_topics([self.topic])
        await self.admin.close()

    async def _has_leader(self) -> bool:
        described = await self.admin.describe_topics([self.topic])
        partitions = described[0]["partitions"] if described else []
        return bool(partitions) and partitions[0]["leader"] >= 0

    async def once(self) -> None:
        started = time.perf_counter()
        await self.producer.send_and_wait(self.topic, b"x")
        await self.consumer.getone()
        self.timings.append(time.perf_counter() - started)


def planner_rate(seconds: float) -> float:
    """Drafts per second of one core's CPU time: what the stack's Kafka, Postgres and
    processes take from the machine meanwhile does not count against the planner."""
    params = PlanParams(weeks=12, level="intermediate")
    make_draft(params)
    count, started = 0, time.process_time()
    while time.process_time() - started < seconds:
        make_draft(params)
        count += 1
    return count / (time.process_time() - started)


async def draft_stream(client: aiohttp.ClientSession, token: str) -> Stream:
    seen = Stream()
    started = time.perf_counter()
    try:
        headers = {"Authorization": f"Bearer {token}"}
        async with client.post(DRAFT, json=BODY, headers=headers) as response:
            seen.status = response.status
            if response.status != 200:
                seen.error = (await response.text())[:200]
                return seen
            # Read on after `done` to the response's end, as an SSE client does: the
            # connection then goes back to the client's pool for the next stream.
            async for line in response.content:
                if line.startswith(b"event:"):
                    if seen.first_s is None:
                        seen.first_s = time.perf_counter() - started
                    if line.rstrip().endswith(b"done"):
                        seen.done = True
    except (aiohttp.ClientError, TimeoutError) as exc:
        seen.error = repr(exc)
    seen.total_s = time.perf_counter() - started
    return seen


def client_for(stack: Stack, connections: int) -> aiohttp.ClientSession:
    """The load generator's HTTP client: aiohttp, whose own cost per request is a fraction
    of httpx's (0.7 vs 2.9 ms for a bare 404 here), so the client is not what is timed."""
    return aiohttp.ClientSession(
        base_url=stack.base_url,
        connector=aiohttp.TCPConnector(limit=connections),
        timeout=aiohttp.ClientTimeout(total=900),
    )


async def many(stack: Stack, total: int, concurrency: int) -> tuple[list[Stream], float]:
    slots = asyncio.Semaphore(concurrency)
    async with client_for(stack, concurrency) as client:

        async def one() -> Stream:
            async with slots:
                return await draft_stream(client, stack.demo_token)

        started = time.perf_counter()
        streams = await asyncio.gather(*(one() for _ in range(total)))
        return list(streams), time.perf_counter() - started


def describe(streams: list[Stream]) -> str:
    done = sum(s.done for s in streams)
    server_errors = sum(s.status >= 500 for s in streams)
    others = sum(s.status != 200 and s.status < 500 for s in streams) + sum(
        s.status == 200 and not s.done for s in streams
    )
    return f"{done}/{len(streams)} completed, {server_errors} x 5xx, {others} other failures"


@contextlib.contextmanager
def fake_model(port: int, *extra: str) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "fake_model.py"), "--port", str(port), *extra]
    )
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", json={}, timeout=1)
                break
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        # uvicorn waits for open streams on SIGTERM; a stalled one never ends.
        process.kill()
        process.wait(30)


def model_env(base_url: str) -> dict[str, str]:
    return {
        **STACK_ENV,
        "COACH_LLM_PROVIDER": "openai",
        "COACH_OPENAI_BASE_URL": base_url,
        "COACH_OPENAI_API_KEY": "bench",
        "COACH_OPENAI_MODEL": "fake-bench",
        "COACH_OPENAI_TIMEOUT_S": "900",
    }


ROLES = {b"serve-api": "api", b"serve-agents": "worker", b"serve-projector": "projector"}


def stack_processes(stack: Stack) -> dict[str, list[int]]:
    """The stack's processes by role (its planner processes apart), the broker's, Postgres's."""
    port = f"COACH_API_PORT={stack.env['COACH_API_PORT']}".encode()
    pids: dict[str, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            cmdline = (entry / "cmdline").read_bytes()
            role = None
            if b"kafka.Kafka" in cmdline:
                role = "broker"
            elif os.path.basename(cmdline.split(b"\0")[0]).startswith(b"postgres"):
                role = "Postgres"  # the server and its backends ("postgres: coach ...")
            elif port in (entry / "environ").read_bytes().split(b"\0"):
                if b"multiprocessing" in cmdline:
                    role = "planner"
                else:
                    role = next((name for key, name in ROLES.items() if key in cmdline), None)
            if role is not None:
                pids.setdefault(role, []).append(int(entry.name))
    return pids


def api_pid(stack: Stack) -> int | None:
    return next(iter(stack_processes(stack).get("api", [])), None)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_by_role(processes: dict[str, list[int]]) -> dict[str, float]:
    return {role: sum(cpu_seconds(pid) for pid in pids) for role, pids in processes.items()}


def rss_and_cpu(pid: int, seconds: float) -> tuple[float, float]:
    """(RSS in MiB, CPU % of one core averaged over `seconds`)."""
    before, started = cpu_seconds(pid), time.perf_counter()
    time.sleep(seconds)
    used = cpu_seconds(pid) - before
    elapsed = time.perf_counter() - started
    rss_kb = next(
        int(line.split()[1])
        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        if line.startswith("VmRSS:")
    )
    return rss_kb / 1024, 100 * used / elapsed


async def builtin_part(report: Report, args: argparse.Namespace) -> None:
    with running_stack(KAFKA, DATABASE, DATABASE_OWNER, STACK_ENV) as stack:
        async with client_for(stack, 4) as client:
            for _ in range(5):
                await draft_stream(client, stack.demo_token)  # warm-up
            alone = []
            async with RoundTrip() as round_trip:
                for _ in range(args.unloaded):
                    # One raw round trip, then one stream, each 0.1 s after whatever ran
                    # before it: both find the same quiet machine (the last stream's
                    # projection done).
                    await asyncio.sleep(0.1)
                    await round_trip.once()
                    await asyncio.sleep(0.1)
                    alone.append(await draft_stream(client, stack.demo_token))
                spaced = round_trip.timings
                round_trip.timings = []
                for _ in range(args.unloaded):
                    await round_trip.once()
                hot = round_trip.timings
        rtt, rtt_hot = statistics.median(spaced), statistics.median(hot)
        report.add(
            "raw Kafka produce->consume round trip",
            f"p50 {ms(rtt)}, p99 {ms(pct(spaced, 0.99))}",
            "acks=all, idempotent producer, same broker, the stack idle beside it; "
            "each 0.1 s after the last stream",
        )
        report.add(
            "  the same, back to back",
            f"p50 {ms(rtt_hot)}, p99 {ms(pct(hot, 0.99))}",
            "a hot loop: no pause for the machine to go idle",
        )
        firsts = [s.first_s for s in alone if s.first_s is not None]
        first = statistics.median(firsts)
        report.add(
            "first SSE event, unloaded (builtin)",
            f"p50 {ms(first)}, p99 {ms(pct(firsts, 0.99))}",
            f"{first / rtt:.1f}x the round trip timed alike ({first / rtt_hot:.1f}x the hot "
            f"one); {len(firsts)} sequential streams, each 0.1 s after a round trip",
        )
        # This VM's speed per CPU second drifts by up to half within an hour: the planner
        # is timed again just before and just after, and the ratio is to their mean.
        before = planner_rate(3.0)
        processes = stack_processes(stack)
        cpu_before, own_before = cpu_by_role(processes), time.process_time()
        streams, elapsed = await many(stack, args.throughput, args.concurrency)
        cpu = {role: used - cpu_before[role] for role, used in cpu_by_role(processes).items()}
        cpu["load generator"] = time.process_time() - own_before
        after = planner_rate(3.0)
        drafts = sum(s.done for s in streams)
        rate = drafts / elapsed
        beside = (before + after) / 2
        report.add(
            "built-in drafts/s through the stack",
            f"{rate:.1f}/s",
            f"in-process planner {beside:.1f}/s on one core, timed just before and after "
            f"({before:.1f}, {after:.1f}): {100 * rate / beside:.0f}% "
            f"({describe(streams)}, {args.concurrency} at a time)",
        )
        shares = ", ".join(
            f"{role} {1000 * used / max(1, drafts):.1f}"
            for role, used in sorted(cpu.items(), key=lambda item: -item[1])
        )
        report.add(
            "  CPU per built-in draft (ms)",
            shares,
            f"all processes together {100 * sum(cpu.values()) / elapsed:.0f}% of one core "
            f"during the run, on {os.cpu_count()} cores",
        )
        burst, elapsed = await many(stack, args.streams, args.streams)
        totals = [s.total_s for s in burst if s.done and s.total_s]
        report.add(
            f"burst of {args.streams} built-in draft streams",
            describe(burst),
            f"all done in {elapsed:.1f} s, p50 {statistics.median(totals):.2f} s, "
            f"p99 {pct(totals, 0.99):.2f} s"
            if totals
            else "",
        )


async def model_part(report: Report, args: argparse.Namespace) -> None:
    rate = ["--weeks", "12", "--tokens-per-s", str(args.tokens_per_s)]
    with (
        fake_model(free_port(), *rate) as base_url,
        running_stack(KAFKA, DATABASE, DATABASE_OWNER, model_env(base_url)) as stack,
    ):
        alone, _ = await many(stack, 1, 1)
        single = alone[0].total_s or 0.0
        streams, _ = await many(stack, args.streams, args.streams)
        totals = [s.total_s for s in streams if s.done and s.total_s]
        firsts = [s.first_s for s in streams if s.first_s is not None]
        p99 = pct(totals, 0.99) if totals else float("nan")
        report.add(
            f"{args.streams} concurrent model-backed draft streams",
            describe(streams),
            f"p50 {statistics.median(totals) if totals else float('nan'):.2f} s, "
            f"p99 {p99:.2f} s vs one alone {single:.2f} s: p99 = {p99 / single:.2f}x "
            f"(first event p50 {statistics.median(firsts) if firsts else float('nan'):.2f} s, "
            f"p99 {pct(firsts, 0.99) if firsts else float('nan'):.2f} s)",
        )


async def idle_part(report: Report, args: argparse.Namespace) -> None:
    with (
        fake_model(free_port(), "--stall-s", "600") as base_url,
        running_stack(KAFKA, DATABASE, DATABASE_OWNER, model_env(base_url)) as stack,
    ):
        pid = api_pid(stack)
        assert pid is not None, "api process not found"
        rss_before, _ = rss_and_cpu(pid, 0.1)
        async with client_for(stack, args.streams) as client:
            tasks = [
                asyncio.create_task(draft_stream(client, stack.demo_token))
                for _ in range(args.streams)
            ]
            await asyncio.sleep(args.idle_wait)
            open_streams = sum(not t.done() for t in tasks)
            rss, cpu = await asyncio.to_thread(rss_and_cpu, pid, 10.0)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        report.add(
            f"{args.streams} idle streams held by one api",
            f"{open_streams} open, api RSS {rss:.0f} MiB, CPU {cpu:.1f}% of a core",
            f"api RSS before them {rss_before:.0f} MiB",
        )


async def run(args: argparse.Namespace) -> Report:
    report = Report()
    python = platform.python_version()
    print(f"machine: {os.cpu_count()} cores, {platform.platform()}, Python {python}")
    planner = planner_rate(3.0)
    report.add(
        "in-process planner (12-week draft)",
        f"{planner:.1f}/s",
        "per second of one core's CPU time, no I/O",
    )
    await builtin_part(report, args)
    await model_part(report, args)
    await idle_part(report, args)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=500)
    parser.add_argument("--throughput", type=int, default=400, help="drafts for the rate")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--unloaded", type=int, default=100, help="lone streams timed")
    parser.add_argument("--tokens-per-s", type=float, default=40.0)
    parser.add_argument("--idle-wait", type=float, default=20.0)
    parser.add_argument("--quick", action="store_true", help="50 streams: a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.streams, args.throughput, args.unloaded, args.idle_wait = 50, 100, 20, 5
    report = asyncio.run(run(args))
    report.print()


if __name__ == "__main__":
    main()
