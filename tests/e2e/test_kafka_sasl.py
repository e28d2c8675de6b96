"""The whole flow over Kafka with authentication: a broker of the test's own that speaks
SASL_SSL only (SCRAM users, a CA of its own, an authorizer), and every process a client
of it as its own user, allowed what scripts/kafka/acls.in (docs/operations.md) says.

Draft, plan, the read model the projector builds, a replay from the log and the
analytics example: all through SASL_SSL, each as its own user. A client without the
password, with a wrong one, or without the CA gets nowhere; a user does nothing its
ACLs do not allow (only the api writes commands, only the workers write the log).
"""

import asyncio
import json
import shutil
import ssl
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError, TopicAuthorizationFailedError

from projections.kafka_client import client_options
from projections.log_topics import ensure_log_topics
from schemas import topics
from schemas.settings import Settings
from tests.brokers import PrivateBroker, free_ports, kafka_sh
from tests.conftest import ROOT, Services, isolated_settings
from tests.e2e.processes import ServiceProcesses, service_processes
from tests.harness import eventually, seed, settings_env, sse_events

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

BASE = "/api/v1/ai-coach"
REQUEST = {"weeks": 3, "level": "beginner", "org_id": "club"}


@pytest.fixture(scope="module")
def sasl_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateBroker]:
    broker = PrivateBroker.create(tmp_path_factory.mktemp("kafka-sasl"), protocol="SASL_SSL")
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()
        shutil.rmtree(broker.data, ignore_errors=True)


@pytest.fixture
async def secured(
    sasl_broker: PrivateBroker, services: Services, tmp_path: Path
) -> AsyncIterator[tuple[Settings, ServiceProcesses, str]]:
    """api, worker and projector as real processes, each a SASL_SSL client as its own user."""
    async with isolated_settings(
        sasl_broker.bootstrap,
        services,
        topic_pool_size=4,
        topic_pool_batch=4,
        llm_provider="builtin",
        **sasl_broker.client_settings("coach-analytics"),
    ) as settings:
        assert settings.kafka_security_protocol == "SASL_SSL"
        kafka_sh(sasl_broker.env, "acls", settings.topic_prefix)
        tenancy = await seed(settings)
        own_env = {service: user_env(sasl_broker, user) for service, user in USERS.items()}
        with service_processes(settings, tmp_path, free_ports(1)[0], own_env) as stack:
            await stack.start_all()
            yield settings, stack, tenancy.coach_token


# Each process logs in as its own user, as `COACH_KAFKA_SECURITY_PROTOCOL=SASL_SSL make run`.
USERS = {"api": "coach-api", "agents": "coach-worker", "projector": "coach-projector"}


def user_env(broker: PrivateBroker, user: str) -> dict[str, str]:
    fields = broker.client_settings(user)
    return {f"COACH_{name.upper()}": value for name, value in fields.items()}


async def test_draft_plan_projection_and_replay_over_sasl_ssl(
    secured: tuple[Settings, ServiceProcesses, str],
) -> None:
    settings, stack, token = secured
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=stack.api_url, timeout=120) as client:
        drafted = await client.post(f"{BASE}/generate-draft", json=REQUEST, headers=headers)
        assert drafted.status_code == 200, drafted.text
        draft_id = drafted.json()["request_id"]
        plan_body = {**REQUEST, "refined_draft": drafted.json()["draft"]}
        response, events = await sse_events(
            client, f"{BASE}/generate-plan/stream", plan_body, token
        )
        assert response.status_code == 200
        assert [name for name, _, _ in events][-2:] == ["result", "done"]
        plan_id = response.headers["X-Request-ID"]
        assert any(name == "workout" for name, _, _ in events)

        async def projected() -> dict[str, Any] | None:
            found = await client.get(f"{BASE}/generations/{plan_id}", headers=headers)
            body: dict[str, Any] = found.json()
            return body if body.get("status") == "succeeded" and body.get("content") else None

        read_model = await eventually(projected, 60, "the projector's read model of the plan")
        assert read_model["total_workouts"] == events[-2][2]["total_workouts"]

    replayed = coach_agent(settings, "replay", draft_id)
    assert replayed.returncode == 0, replayed.stderr
    assert json.loads(replayed.stdout)["identical"] is True

    report = analytics(settings)
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)

    # Each process logged in as its own user, and logged no password (its own or another's).
    passwords = [env["COACH_KAFKA_SASL_PASSWORD"] for env in stack.own_env.values()]
    for service, user in USERS.items():
        assert stack.grep(service, f"Authenticated as {user} via SCRAM-SHA-256")
        assert [p for p in passwords if stack.grep(service, p)] == []


def coach_agent(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line, as the settings' (analytics) user: a replay only reads the log."""
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "coach-agent"), *args],
        env=settings_env(settings),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def analytics(settings: Settings) -> subprocess.CompletedProcess[str]:
    """The example consumer, as the analytics user, as the README runs it."""
    return subprocess.run(
        [sys.executable, "-m", "examples.analytics", "--until-idle", "2"],
        cwd=ROOT,
        env=settings_env(settings, COACH_KAFKA_BOOTSTRAP=settings.kafka_bootstrap),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def refused(options: dict[str, Any]) -> BaseException:
    """What an admin client with these options runs into."""
    admin = AIOKafkaAdminClient(**options, request_timeout_ms=5000)
    try:
        async with asyncio.timeout(20):
            await admin.start()
            await admin.list_topics()
    except (KafkaError, OSError, TimeoutError) as exc:
        return exc
    finally:
        await admin.close()
    raise AssertionError("the broker let the client in")


async def test_no_entry_without_the_password_or_the_ca(sasl_broker: PrivateBroker) -> None:
    right = client_options(
        Settings(kafka_bootstrap=sasl_broker.bootstrap, **sasl_broker.client_settings())
    )
    wrong_password = {**right, "sasl_plain_password": "not-the-password"}
    await refused(wrong_password)
    await refused({**right, "sasl_plain_username": "nobody"})
    await refused({"bootstrap_servers": right["bootstrap_servers"]})  # PLAINTEXT
    # TLS against the system's CAs only: the broker's certificate is not trusted.
    await refused({**right, "ssl_context": ssl.create_default_context()})
    # And with all of it right, the same client gets in.
    admin = AIOKafkaAdminClient(**right)
    await admin.start()
    try:
        assert isinstance(await admin.list_topics(), list)
    finally:
        await admin.close()


async def written(options: dict[str, Any], topic: str) -> BaseException | None:
    """What a producer with these options runs into writing one record to `topic`."""
    producer = AIOKafkaProducer(**options, request_timeout_ms=5000)
    try:
        async with asyncio.timeout(30):
            await producer.start()
            await producer.send_and_wait(topic, b"not from the right process", key=b"k")
    except (KafkaError, TimeoutError) as exc:
        return exc
    finally:
        await producer.stop()
    return None


async def test_each_process_user_is_allowed_its_own_part_only(
    sasl_broker: PrivateBroker, services: Services
) -> None:
    async with isolated_settings(
        sasl_broker.bootstrap, services, **sasl_broker.client_settings()
    ) as settings:
        kafka_sh(sasl_broker.env, "acls", settings.topic_prefix)
        await ensure_log_topics(settings)  # as `coach`, a super user
        commands = topics.commands_topic(settings.topic_prefix)
        events = topics.events_topic(settings.topic_prefix)

        def as_user(user: str) -> dict[str, Any]:
            fields = {"kafka_bootstrap": sasl_broker.bootstrap, **sasl_broker.client_settings(user)}
            return client_options(Settings(**fields))

        refusals = {
            ("coach-projector", commands): await written(as_user("coach-projector"), commands),
            ("coach-analytics", events): await written(as_user("coach-analytics"), events),
            ("coach-api", events): await written(as_user("coach-api"), events),
            ("coach-worker", commands): await written(as_user("coach-worker"), commands),
        }
        allowed = {
            ("coach-api", commands): await written(as_user("coach-api"), commands),
            ("coach-worker", events): await written(as_user("coach-worker"), events),
        }
    assert all(isinstance(e, TopicAuthorizationFailedError) for e in refusals.values()), refusals
    assert allowed == dict.fromkeys(allowed), allowed
