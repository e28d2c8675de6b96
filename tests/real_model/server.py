"""llama-cpp-python's OpenAI-compatible server on a real model, started and stopped for tests.

It runs from the virtualenv scripts/real_model.sh installs (COACH_REAL_MODEL_DIR), on
127.0.0.1 and a free port, with its output in a log file the tests can read.
"""

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.brokers import free_ports

MODEL_FILE = "gemma-3-270m-q4_k_m.gguf"
MODEL_ALIAS = "gemma-3-270m"
# Room for the longest prompt (a week to structure, with the JSON schema in it) and its
# answer; the answers themselves are capped lower by COACH_OPENAI_MAX_TOKENS.
CONTEXT_TOKENS = 8192
START_TIMEOUT_S = 180


@dataclass(frozen=True)
class ModelServer:
    base_url: str
    model: str
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def real_model_dir() -> Path | None:
    """Where scripts/real_model.sh installed the server and the model, if it says so."""
    given = os.environ.get("COACH_REAL_MODEL_DIR")
    return Path(given) if given else None


@contextlib.contextmanager
def llama_server(directory: Path, logs: Path) -> Iterator[ModelServer]:
    """The server on the model in `directory`; stopped (TERM, then KILL) when the block ends."""
    port = free_ports(1)[0]
    log = logs / "llama-server.log"
    command = [
        str(directory / "venv" / "bin" / "python"),
        "-m",
        "llama_cpp.server",
        "--model",
        str(directory / MODEL_FILE),
        "--model_alias",
        MODEL_ALIAS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(CONTEXT_TOKENS),
        # Both cores: the machine is shared with the stack under test, which waits on it.
        "--n_threads",
        "2",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    server = ModelServer(f"http://127.0.0.1:{port}/v1", MODEL_ALIAS, log)
    try:
        wait_ready(process, server)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(30)


def wait_ready(process: subprocess.Popen[bytes], server: ModelServer) -> None:
    """Until the server lists its model; fail if it exits or takes too long."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the model server exited: {server.log_text()[-3000:]}")
        with contextlib.suppress(httpx.TransportError):
            listed = httpx.get(f"{server.base_url}/models", timeout=5)
            if listed.status_code == 200:
                return
        time.sleep(0.5)
    raise AssertionError(f"the model server did not start: {server.log_text()[-3000:]}")
