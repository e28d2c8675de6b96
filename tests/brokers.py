"""Kafka brokers of a test's own, run by scripts/kafka.sh: one broker, or a three-node cluster.

The shared broker stays untouched: these listen on free ports and keep their data in
a temporary directory, so a test may stop, kill or pause them at will.
"""

import json
import os
import signal
import socket
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "kafka.sh"
# Starting takes 5-10 s on an idle machine, much longer on a busy one.
START_TIMEOUT_S = 240
# A test's broker lives a minute or two: the optimising JIT's work does not pay off.
# Measured on two busy cores: three nodes ready in 19-25 s with this, 32-35 s without.
JAVA_OPTS = "-XX:TieredStopAtLevel=1"
NODES = (1, 2, 3)


def free_ports(count: int) -> list[int]:
    """Distinct ports nobody listens on now (all held open until each is picked)."""
    with ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]


def kafka_sh(env: dict[str, str], *args: str) -> str:
    """Run scripts/kafka.sh; its output, or an AssertionError that shows it."""
    done = subprocess.run(
        [str(SCRIPT), *args],
        env={
            "COACH_KAFKA_JAVA_OPTS": JAVA_OPTS,
            **os.environ,
            "COACH_KAFKA_START_TIMEOUT": str(START_TIMEOUT_S),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S + 90,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(
            f"kafka.sh {' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr}"
        )
    return done.stdout


def live_pid(pidfile: Path) -> int:
    """The pid kafka.sh recorded for a broker, checked to be alive."""
    pid = int(pidfile.read_text().strip())
    os.kill(pid, 0)
    return pid


@dataclass(frozen=True)
class PrivateBroker:
    """One broker+controller of the test's own; PLAINTEXT unless `protocol` says SASL_SSL
    (or SASL_PLAINTEXT), with the users, passwords and CA kafka.sh makes for it."""

    data: Path
    port: int
    controller_port: int
    protocol: str = "PLAINTEXT"

    @classmethod
    def create(cls, data: Path, protocol: str = "PLAINTEXT") -> "PrivateBroker":
        port, controller_port = free_ports(2)
        return cls(data, port, controller_port, protocol)

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        return {
            "COACH_KAFKA_DATA": str(self.data),
            "COACH_KAFKA_PORT": str(self.port),
            "COACH_KAFKA_CONTROLLER_PORT": str(self.controller_port),
            "COACH_KAFKA_SECURITY_PROTOCOL": self.protocol,
        }

    def client_settings(self, user: str = "coach") -> dict[str, str]:
        """The Settings fields of a client logging in as `user` (`kafka.sh client-env`)."""
        lines = kafka_sh(self.env, "client-env", user).splitlines()
        variables = dict(line.split("=", 1) for line in lines if "=" in line)
        return {
            name.removeprefix("COACH_").lower(): value
            for name, value in variables.items()
            if name != "COACH_KAFKA_BOOTSTRAP"
        }

    @property
    def pid(self) -> int:
        return live_pid(self.data / "kafka.pid")

    def start(self) -> None:
        kafka_sh(self.env, "start")

    def stop(self) -> None:
        kafka_sh(self.env, "stop")

    def pause(self) -> None:
        """SIGSTOP: the broker keeps its sockets but answers nothing."""
        os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid, signal.SIGCONT)


@dataclass(frozen=True)
class KafkaCluster:
    """Three broker+controller nodes (a three-voter quorum), replication 3, min ISR 2."""

    data: Path
    ports: tuple[int, ...]
    controller_ports: tuple[int, ...]

    @classmethod
    def create(cls, data: Path) -> "KafkaCluster":
        ports = free_ports(6)
        return cls(data, tuple(ports[:3]), tuple(ports[3:]))

    @property
    def bootstrap(self) -> str:
        return ",".join(f"127.0.0.1:{port}" for port in self.ports)

    @property
    def env(self) -> dict[str, str]:
        return {
            "COACH_KAFKA_CLUSTER_DATA": str(self.data),
            "COACH_KAFKA_CLUSTER_PORTS": ",".join(map(str, self.ports)),
            "COACH_KAFKA_CLUSTER_CONTROLLER_PORTS": ",".join(map(str, self.controller_ports)),
        }

    def node_of_port(self, port: int) -> int:
        return self.ports.index(port) + 1

    def pid(self, node: int) -> int:
        return live_pid(self.data / f"node{node}" / "kafka.pid")

    def start(self) -> None:
        kafka_sh(self.env, "cluster-start")

    def stop(self) -> None:
        kafka_sh(self.env, "cluster-stop")

    def start_node(self, node: int) -> None:
        kafka_sh(self.env, "cluster-start-node", str(node))

    def kill_node(self, node: int) -> None:
        kafka_sh(self.env, "cluster-kill-node", str(node))

    def quorum_leader(self) -> int | None:
        """The controller quorum's leader, as the live nodes last recorded it."""
        for node in self.live_nodes():
            state = self.data / f"node{node}" / "logs" / "__cluster_metadata-0" / "quorum-state"
            try:
                leader = int(json.loads(state.read_text())["leaderId"])
            except (OSError, ValueError, KeyError):
                continue
            if leader > 0:
                return leader
        return None

    def live_nodes(self) -> Iterator[int]:
        for node in NODES:
            try:
                self.pid(node)
            except (OSError, ValueError):
                continue
            yield node
