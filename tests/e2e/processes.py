"""The api, agents worker and projector as real `coach-agent serve-*` processes, for fault tests."""

import contextlib
import signal
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx

from schemas.settings import Settings
from tests.brokers import free_ports
from tests.conftest import ROOT, Services, isolated_settings
from tests.fake_openai import FakeOpenAI, Reply, fake_openai
from tests.harness import eventually, seed, settings_env

COMMAND = {"api": "serve-api", "agents": "serve-agents", "projector": "serve-projector"}
TAIL_LINES = 60


def service_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Every setting as the COACH_ variable a process reads it from."""
    return settings_env(settings, **extra)


class ServiceProcesses:
    """Started processes by name; each logs to its own file. `own_env` adds variables for
    one service only (e.g. its own Kafka user)."""

    def __init__(
        self, env: dict[str, str], logs: Path, own_env: dict[str, dict[str, str]] | None = None
    ) -> None:
        self.env = env
        self.logs = logs
        self.own_env = own_env or {}
        self.running: dict[str, subprocess.Popen[bytes]] = {}
        self.started = 0

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.env['COACH_API_PORT']}"

    def start(self, service: str) -> subprocess.Popen[bytes]:
        self.started += 1
        log = (self.logs / f"{self.started:02d}-{service}.log").open("wb")
        with log:
            process = subprocess.Popen(
                [str(ROOT / ".venv" / "bin" / "coach-agent"), COMMAND[service]],
                env={**self.env, **self.own_env.get(service, {})},
                cwd=self.logs,  # faust writes its data directory into the working directory
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.running[service] = process
        return process

    async def start_all(self, timeout: float = 120) -> None:
        """api, worker and projector; returns once the api says it is healthy."""
        for service in COMMAND:
            self.start(service)
        await self.wait_healthy(timeout)

    async def wait_healthy(self, timeout: float) -> None:
        async with httpx.AsyncClient(base_url=self.api_url, timeout=10) as client:

            async def healthy() -> bool:
                self.check_alive()
                try:
                    return (await client.get("/healthz")).status_code == 200
                except httpx.TransportError:
                    return False

            await eventually(healthy, timeout, "the api to be healthy")

    def check_alive(self) -> None:
        for service, process in self.running.items():
            if process.poll() is not None:
                raise AssertionError(f"{service} exited with {process.returncode}:\n{self.tail()}")

    def stop_all(self) -> None:
        for process in self.running.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.running.values():
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(30)

    def tail(self, lines: int = TAIL_LINES) -> str:
        parts = []
        for path in sorted(self.logs.glob("*.log")):
            text = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {path.name} ---\n" + "\n".join(text))
        return "\n".join(parts)

    def grep(self, service: str, needle: str) -> list[str]:
        """Lines of every log of a service that contain `needle`."""
        found: list[str] = []
        for path in sorted(self.logs.glob(f"*-{service}.log")):
            found += [
                line for line in path.read_text(errors="replace").splitlines() if needle in line
            ]
        return found


@contextlib.contextmanager
def service_processes(
    settings: Settings,
    logs: Path,
    api_port: int,
    own_env: dict[str, dict[str, str]] | None = None,
    **extra: str,
) -> Iterator[ServiceProcesses]:
    """Processes for these settings; stopped at the end, their logs printed (shown on failure)."""
    env = service_env(settings, COACH_API_PORT=str(api_port), **extra)
    processes = ServiceProcesses(env, logs, own_env)
    try:
        yield processes
    finally:
        processes.stop_all()
        print(processes.tail())


def openai_env(fake: FakeOpenAI) -> dict[str, str]:
    return {
        "COACH_LLM_PROVIDER": "openai",
        "COACH_OPENAI_BASE_URL": fake.base_url,
        "COACH_OPENAI_API_KEY": "test",
        "COACH_OPENAI_MODEL": "fake-model",
    }


@contextlib.asynccontextmanager
async def stack_on_kafka(
    bootstrap: str, services: Services, logs: Path, replies: list[Reply], **overrides: Any
) -> AsyncIterator[tuple[Settings, ServiceProcesses, str]]:
    """Isolated settings on a Kafka, the fake model, the three processes and a coach token."""
    fields: dict[str, Any] = {
        "topic_pool_size": 4,
        "topic_pool_batch": 4,
        "worker_session_timeout_s": 10,
        **overrides,
    }
    async with (
        isolated_settings(bootstrap, services, **fields) as settings,
        fake_openai(replies) as fake,
    ):
        tenancy = await seed(settings)
        with service_processes(settings, logs, free_ports(1)[0], **openai_env(fake)) as stack:
            await stack.start_all()
            yield settings, stack, tenancy.coach_token
