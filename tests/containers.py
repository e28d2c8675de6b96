"""Kafka and Postgres as testcontainers, from the images and settings docker-compose.yml names.

Used by the `services` fixture where a Docker engine answers (our machines have none, so
the local scripts are the default there). Building a container object connects to
nothing when `docker_client_kw` pins an API version, which is how a unit test checks them.
"""

import contextlib
import secrets
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from testcontainers.community.postgres import PostgresContainer
from testcontainers.core.container import DockerContainer
from testcontainers.core.wait_strategies import LogMessageWaitStrategy

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
KAFKA_PORT = 9092
# Inside the container: the image's own writable default (compose mounts a volume instead).
KAFKA_LOG_DIRS = "/tmp/kraft-combined-logs"


def compose_service(name: str) -> dict[str, Any]:
    services: dict[str, dict[str, Any]] = yaml.safe_load(COMPOSE.read_text())["services"]
    return services[name]


def compose_environment(name: str) -> dict[str, str]:
    environment = compose_service(name).get("environment", {})
    return {key: str(value) for key, value in environment.items()}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def kafka_container(
    host_port: int, docker_client_kw: dict[str, Any] | None = None
) -> DockerContainer:
    """compose's Kafka (KRaft, one node), reachable as 127.0.0.1:`host_port`.

    Kafka tells clients where to connect (the advertised listener), so the host port is
    chosen before the start instead of being left to Docker.
    """
    environment = {
        **compose_environment("kafka"),
        "KAFKA_ADVERTISED_LISTENERS": f"PLAINTEXT://127.0.0.1:{host_port}",
        "KAFKA_LOG_DIRS": KAFKA_LOG_DIRS,
    }
    container = DockerContainer(
        compose_service("kafka")["image"], docker_client_kw=docker_client_kw, env=environment
    )
    container.with_bind_ports(KAFKA_PORT, host_port)
    return container.waiting_for(
        LogMessageWaitStrategy("Kafka Server started").with_startup_timeout(180)
    )


def _password() -> str:
    return secrets.token_hex(24)


@dataclass(frozen=True)
class DatabasePasswords:
    """What compose reads from its .env: one password per role, made up for each run."""

    superuser: str = field(default_factory=_password)
    owner: str = field(default_factory=_password)
    app: str = field(default_factory=_password)


def postgres_container(
    passwords: DatabasePasswords, docker_client_kw: dict[str, Any] | None = None
) -> PostgresContainer:
    """compose's Postgres: its superuser, and the owner and app roles its init script makes."""
    environment = compose_environment("postgres")
    container = PostgresContainer(
        compose_service("postgres")["image"],
        username=environment["POSTGRES_USER"],
        password=passwords.superuser,
        dbname=environment["POSTGRES_DB"],
        driver=None,
        docker_client_kw=docker_client_kw,
    )
    container.with_env("POSTGRES_INITDB_ARGS", environment["POSTGRES_INITDB_ARGS"])
    container.with_env("COACH_DB_OWNER_PASSWORD", passwords.owner)
    container.with_env("COACH_DB_APP_PASSWORD", passwords.app)
    for volume in compose_service("postgres")["volumes"]:
        host, _, inside = volume.partition(":")
        if host.startswith("./"):  # the init scripts (not the data volume)
            container.with_volume_mapping(str(ROOT / host), inside.removesuffix(":ro"), "ro")
    return container


@contextlib.contextmanager
def running_services() -> Iterator[tuple[str, str, str]]:
    """Start both; yield (Kafka bootstrap, app URL, owner URL); remove both afterwards."""
    kafka_port = free_port()
    passwords = DatabasePasswords()
    with kafka_container(kafka_port), postgres_container(passwords) as postgres:
        address = f"127.0.0.1:{postgres.get_exposed_port(5432)}/coach"
        yield (
            f"127.0.0.1:{kafka_port}",
            f"postgresql://coach_app:{passwords.app}@{address}",
            f"postgresql://coach:{passwords.owner}@{address}",
        )


def docker_answers() -> bool:
    try:
        import docker

        client = docker.from_env()
        try:
            client.ping()
        finally:
            client.close()
    except Exception:
        return False
    return True
