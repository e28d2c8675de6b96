"""The whole stack started as `make run` starts it (scripts/run.sh), on its own prefix and port.

Used by the e2e fixture and by the load benchmark.
"""

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.topic_cleanup import delete_topics_with_prefix_now

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Stack:
    base_url: str
    demo_token: str
    env: dict[str, str]
    logs: Path
    # scripts/run.sh itself, leader of its own process group.
    run: subprocess.Popen[str]

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run the real `coach-agent` command against this stack."""
        return subprocess.run(
            [str(ROOT / ".venv" / "bin" / "coach-agent"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=check,
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_token(process: subprocess.Popen[str], timeout: float) -> str:
    """Read run.sh's output until the DEMO_TOKEN line; fail if it exits or times out."""
    found: list[str] = []
    seen: list[str] = []
    done = threading.Event()

    def reader() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line)
            if line.startswith("DEMO_TOKEN=") and not found:
                found.append(line.strip().split("=", 1)[1])
                done.set()
        done.set()

    threading.Thread(target=reader, daemon=True).start()
    if not done.wait(timeout) or not found:
        raise AssertionError("make run did not print DEMO_TOKEN:\n" + "".join(seen))
    return found[0]


@contextlib.contextmanager
def running_stack(
    kafka_bootstrap: str,
    database_url: str,
    database_owner_url: str,
    extra: Mapping[str, str] | None = None,
) -> Iterator[Stack]:
    """scripts/run.sh against the given services, isolated by topic prefix and schema; the
    stack connects as the app role, run.sh migrates as the owner."""
    suffix = uuid.uuid4().hex[:8]
    port = free_port()
    logs = Path(tempfile.mkdtemp(prefix="coach-stack-"))
    env = {
        **os.environ,
        "COACH_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "COACH_DATABASE_URL": database_url,
        "COACH_DATABASE_OWNER_URL": database_owner_url,
        "COACH_DATABASE_SCHEMA": f"e2e_{suffix}",
        "COACH_TOPIC_PREFIX": f"e2e{suffix}.",
        "COACH_API_PORT": str(port),
        "COACH_LOG_DIR": str(logs),
        "COACH_COMMANDS_PARTITIONS": "2",
        "COACH_EVENTS_PARTITIONS": "2",
        "COACH_SSE_PING_S": "1",
        "COACH_TOPIC_POOL_SIZE": "16",
        "COACH_TOPIC_POOL_BATCH": "16",
        "COACH_WORKER_METRICS_PORT": str(free_port()),
        "COACH_PROJECTOR_METRICS_PORT": str(free_port()),
        # One demo token serves every test: rate limits and stream caps out of the way.
        "COACH_USER_RATE_BURST": "1000000",
        "COACH_ORG_RATE_BURST": "1000000",
        "COACH_TOPIC_CREATE_PER_S": "1000000",
        "COACH_SSE_STREAMS_PER_USER": "100000",
        **(extra or {}),
    }
    # Started as from a terminal: a suite run as a background job has SIGINT ignored, and
    # run.sh would inherit that (a shell cannot trap a signal ignored on entry), so its
    # Ctrl-C handling, which tests/e2e/test_supervision.py checks, would never run.
    process = subprocess.Popen(
        ["env", "--default-signal=INT", str(ROOT / "scripts" / "run.sh")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        token = _wait_for_token(process, timeout=180)
        yield Stack(f"http://127.0.0.1:{port}", token, env, logs, process)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()
        delete_topics_with_prefix_now(
            {"bootstrap_servers": kafka_bootstrap}, env["COACH_TOPIC_PREFIX"]
        )
