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


def test_postgres_container_uses_the_compose_image_roles_and_init_scripts() -> None:
    passwords = containers.DatabasePasswords()
    postgres = containers.postgres_container(passwords, docker_client_kw=NO_ENGINE)
    assert postgres.image == containers.compose_service("postgres")["image"]
    assert (postgres.username, postgres.password) == ("postgres", passwords.superuser)
    assert postgres.env["COACH_DB_OWNER_PASSWORD"] == passwords.owner
    assert postgres.env["COACH_DB_APP_PASSWORD"] == passwords.app
    assert "scram-sha-256" in postgres.env["POSTGRES_INITDB_ARGS"]
    assert postgres.driver == ""  # a plain postgresql:// URL, as asyncpg takes it
    assert "5432" in postgres.ports
    mounted = {inside: host for host, inside in _mounts(postgres)}
    assert mounted["/coach/roles.sql"] == str(ROOT / "scripts" / "postgres" / "roles.sql")
    init = mounted["/docker-entrypoint-initdb.d/10-coach-roles.sh"]
    assert init == str(ROOT / "scripts" / "postgres" / "docker-init.sh")


def _mounts(container: object) -> list[tuple[str, str]]:
    volumes: dict[str, dict[str, str]] = getattr(container, "volumes", {})
    return [(host, spec["bind"]) for host, spec in volumes.items()]


def test_compose_services_connect_as_the_app_and_migrate_as_the_owner() -> None:
    app_url = containers.compose_environment("api")["COACH_DATABASE_URL"]
    assert app_url.startswith("postgresql://coach_app:")
    migrate = containers.compose_environment("migrate")
    assert migrate["COACH_DATABASE_OWNER_URL"].startswith("postgresql://coach:")
    for service in ("api", "agents", "projector"):
        assert "COACH_DATABASE_OWNER_URL" not in containers.compose_environment(service)
        depends = containers.compose_service(service)["depends_on"]
        assert depends["migrate"]["condition"] == "service_completed_successfully"


def test_compose_kafka_is_the_version_the_local_script_runs() -> None:
    script = (ROOT / "scripts" / "kafka.sh").read_text()
    found = re.search(r'KAFKA_VERSION="\$\{COACH_KAFKA_VERSION:-([0-9.]+)\}"', script)
    assert found is not None
    assert containers.compose_service("kafka")["image"] == f"apache/kafka:{found.group(1)}"
