"""A throwaway Postgres cluster of a test's own, to stop and start under a running api."""

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _bin_dir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb is None:
        raise RuntimeError("PostgreSQL binaries not found (scripts/install.sh installs them)")
    return Path(initdb).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrivatePostgres:
    """initdb in a temp dir, then pg_ctl start/stop on a free port; trusts local clients."""

    def __init__(self, root: Path, superuser: str = "coach") -> None:
        self.bin = _bin_dir()
        self.data = root / "data"
        self.port = _free_port()
        self.url = f"postgresql://{superuser}@127.0.0.1:{self.port}/postgres"
        # Postgres refuses to run as root: then it runs as the `postgres` system user.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            postgres = pwd.getpwnam("postgres")
            os.chown(root, postgres.pw_uid, postgres.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", superuser, "--auth=trust", "-E", "UTF8")

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin / tool), *args],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1"
        log = str(self.data / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def running(self) -> bool:
        status = subprocess.run(
            [*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "status"],
            capture_output=True,
            timeout=30,
        )
        return status.returncode == 0


@contextlib.contextmanager
def private_postgres(superuser: str = "coach") -> Iterator[PrivatePostgres]:
    """A started private cluster (trust auth, as older versions of scripts/postgres.sh
    made them), stopped and removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="coach-pg-"))
    try:
        cluster = PrivatePostgres(root, superuser)
        cluster.start()
        try:
            yield cluster
        finally:
            if cluster.running():
                cluster.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
