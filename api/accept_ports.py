"""The accept use case's ports on the real services: Postgres, the api's Kafka gateway, HTTP."""

import asyncio
from dataclasses import dataclass
from typing import Any

import asyncpg
from starlette.requests import Request

from agents.planning import read_draft
from api import ledger, store
from api.body import read_limited
from api.deps import Deps
from api.kafka_gateway import KafkaGateway, KafkaUnavailable
from api.lookups import DoorLookups
from api.ports import AcceptPorts, LogUnavailable
from api.rate_limits import PostgresRates
from api.topic_pool import PoolExhausted, RunTopicPool
from schemas.events import PlanRequested


@dataclass(frozen=True)
class HttpRequest:
    """A Starlette request as the use case's IncomingRequest."""

    request: Request

    def header(self, name: str) -> str | None:
        return self.request.headers.get(name)

    async def body(self) -> bytes:
        return await read_limited(self.request.stream(), self.header("content-length"))


@dataclass(frozen=True)
class PostgresDirectory:
    pool: asyncpg.Pool
    door: DoorLookups

    async def user_for_token(self, token: str) -> str | None:
        return await self.door.user_for_token(token)

    async def org_access(self, org_id: str, user_id: str) -> store.OrgAccess | None:
        return await self.door.org_access(org_id, user_id)

    async def library(self, org_id: str) -> list[dict[str, Any]]:
        return await store.library_workouts(self.pool, org_id)

    async def generation_kind(self, request_id: str) -> store.GenerationKind | None:
        return await store.generation_kind(self.pool, request_id)


@dataclass(frozen=True)
class PostgresAdmission:
    pool: asyncpg.Pool
    admission: ledger.Admission

    async def reserve(
        self, requested: PlanRequested, key: str | None, body_hash: str
    ) -> ledger.Reservation:
        return await ledger.reserve(self.pool, requested, self.admission, key, body_hash)

    async def release(self, request_id: str) -> None:
        await ledger.release(self.pool, request_id)


@dataclass(frozen=True)
class KafkaCommandLog:
    kafka: KafkaGateway
    topics: RunTopicPool
    claim_timeout_s: float

    async def claim_topic(self, org_id: str) -> str:
        try:
            return await self.topics.claim(self.claim_timeout_s, org_id)
        except PoolExhausted as exc:
            raise LogUnavailable(str(exc)) from None

    def give_back(self, request_id: str) -> None:
        self.topics.give_back(request_id)

    async def write_queued(self, request_id: str, value: bytes) -> int:
        try:
            return await self.kafka.write_queued(request_id, value)
        except KafkaUnavailable as exc:
            raise LogUnavailable(str(exc)) from None

    async def write_command(self, request_id: str, value: bytes) -> None:
        try:
            await self.kafka.write_command(request_id, value)
        except KafkaUnavailable as exc:
            raise LogUnavailable(str(exc)) from None


def count_training_days(draft: str) -> int | None:
    """The draft's training days as the planner reads them; None if it cannot be read."""
    try:
        plan = read_draft(draft).plan()
    except Exception:  # the worker reads it again and says why: the count is a courtesy
        return None
    return sum(len(week.days) for week in plan.weeks)


async def training_days(draft: str) -> int | None:
    return await asyncio.to_thread(count_training_days, draft)


def accept_ports(deps: Deps) -> AcceptPorts:
    settings = deps.settings
    return AcceptPorts(
        directory=PostgresDirectory(deps.pool, deps.door),
        ledger=PostgresAdmission(deps.pool, deps.admission),
        log=KafkaCommandLog(deps.kafka, deps.topics, settings.kafka_send_timeout_s),
        limited=deps.limited,
        queue_limit=settings.org_queue_limit,
        retry_after_s=settings.rate_limit_retry_after_s,
        training_days=training_days,
        rates=PostgresRates(deps.pool, settings),
        streams=deps.streams,
        turns=deps.turns,
    )
