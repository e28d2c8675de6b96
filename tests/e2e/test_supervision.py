"""`make run` supervises: a killed projector or worker comes back and the stack serves on."""

import os
import signal
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import Services
from tests.harness import eventually
from tests.stack import Stack, running_stack

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"
BODY = {"weeks": 3, "level": "beginner", "org_id": "demo"}
SERVICES = ("api", "agents", "projector")


@pytest.fixture
def own_stack(services: Services) -> Iterator[Stack]:
    """A stack of this test's own (it kills parts of it), as the session's is started."""
    # A killed worker's partitions go to its successor this soon.
    fast = {"COACH_WORKER_SESSION_TIMEOUT_S": "6"}
    with running_stack(
        services.kafka_bootstrap, services.database_url, services.database_owner_url, fast
    ) as stack:
        yield stack


def pid_of(stack: Stack, service: str) -> int | None:
    try:
        return int((stack.logs / f"{service}.pid").read_text())
    except (FileNotFoundError, ValueError):
        return None


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def kill_and_wait_for_restart(stack: Stack, service: str) -> int:
    """SIGKILL the service's process; its new pid once run.sh started it again."""
    old = pid_of(stack, service)
    assert old is not None and alive(old)
    os.kill(old, signal.SIGKILL)

    async def restarted() -> int | None:
        new = pid_of(stack, service)
        return new if new not in (None, old) and alive(new) else None

    return await eventually(restarted, 60, f"{service} to be restarted")


async def draft_reaches_the_read_model(stack: Stack) -> None:
    headers = {"Authorization": f"Bearer {stack.demo_token}"}
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=120) as client:
        response = await client.post(f"{BASE}/generate-draft", json=BODY, headers=headers)
        assert response.status_code == 200, response.text
        request_id = response.json()["request_id"]

        async def projected() -> bool:
            read = await client.get(f"{BASE}/generations/{request_id}", headers=headers)
            return read.status_code == 200 and read.json()["status"] == "succeeded"

        await eventually(projected, 60, "the draft in the read model")


def restart_lines(stack: Stack, service: str) -> list[str]:
    log = (stack.logs / f"{service}.log").read_text()
    return [line for line in log.splitlines() if line.startswith(f"run.sh: {service} exited")]


async def test_run_restarts_killed_services_and_stops_everything_on_interrupt(
    own_stack: Stack,
) -> None:
    stack, run = own_stack, own_stack.run
    await draft_reaches_the_read_model(stack)

    await kill_and_wait_for_restart(stack, "projector")
    # Killed again at once: the backoff doubled.
    await kill_and_wait_for_restart(stack, "projector")
    await kill_and_wait_for_restart(stack, "agents")
    assert restart_lines(stack, "projector") == [
        "run.sh: projector exited with status 137; restarting in 1s",
        "run.sh: projector exited with status 137; restarting in 2s",
    ]
    assert restart_lines(stack, "agents") == [
        "run.sh: agents exited with status 137; restarting in 1s"
    ]
    await draft_reaches_the_read_model(stack)

    pids = [pid_of(stack, service) for service in SERVICES]
    os.killpg(run.pid, signal.SIGINT)
    assert run.wait(60) == 0
    assert [pid for pid in pids if pid is not None and alive(pid)] == []
    assert [service for service in SERVICES if pid_of(stack, service) is not None] == []
