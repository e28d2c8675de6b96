"""The testcontainers fixtures build from docker-compose.yml's images, with no warning.

Nothing is started: an API version pinned in the client keeps docker-py from asking an
engine for it, so this runs where no Docker engine exists.
"""

import re

from tests import containers
from tests.conftest import ROOT

NO_ENGINE = {"version": "1.44"}


def test_kafka_container_uses_the_compose_image_and_settings() -> None:
    kafka = containers.kafka_container(29092, docker_client_kw=NO_ENGINE)
    compose = containers.compose_service("kafka")
    assert kafka.image == compose["image"]
    assert kafka.image.startswith("apache/kafka:")
    assert kafka.ports == {"9092": 29092}
    env = kafka.env
    assert env["KAFKA_ADVERTISED_LISTENERS"] == "PLAINTEXT://127.0.0.1:29092"
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_LOG_DIRS"] == containers.KAFKA_LOG_DIRS
    # Everything else as compose runs it: one node, one replica of everything.
    unchanged = set(compose["environment"]) - {"KAFKA_ADVERTISED_LISTENERS", "KAFKA_LOG_DIRS"}
    assert all(env[key] == str(compose["environment"][key]) for key in unchanged)


def test_postgres_container_uses_the_compose_image_and_credentials() -> None:
    postgres = containers.postgres_container(docker_client_kw=NO_ENGINE)
    assert postgres.image == containers.compose_service("postgres")["image"]
    assert (postgres.username, postgres.password, postgres.dbname) == ("coach", "coach", "coach")
    assert postgres.driver == ""  # a plain postgresql:// URL, as asyncpg takes it
    assert "5432" in postgres.ports


def test_compose_kafka_is_the_version_the_local_script_runs() -> None:
    script = (ROOT / "scripts" / "kafka.sh").read_text()
    found = re.search(r'KAFKA_VERSION="\$\{COACH_KAFKA_VERSION:-([0-9.]+)\}"', script)
    assert found is not None
    assert containers.compose_service("kafka")["image"] == f"apache/kafka:{found.group(1)}"
