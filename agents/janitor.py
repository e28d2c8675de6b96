"""The janitor: ends abandoned generations, deletes run topics once they served their time,
and forgets Idempotency-Keys once they are no longer answered (24 h).

It runs on one worker (a Faust timer on the group leader) and never raises: a failing
sweep is logged and tried again at the next tick. What it reads comes from the ledger,
so a sweep costs a few queries, not a read of every run topic.
"""

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiokafka.admin import AIOKafkaAdminClient

from agents.emitter import Emitter, Producer
from agents.ledger import Abandoned, PostgresLedger
from projections.kafka_client import client_options
from schemas import topics
from schemas.settings import Settings

log = logging.getLogger(__name__)

DELETE_BATCH = 100
# How long the api answers an Idempotency-Key (api/ledger.py's KEY_WINDOW).
IDEMPOTENCY_KEY_WINDOW = dt.timedelta(hours=24)


class JanitorResources(Protocol):
    pool: Any
    producer: Any


@dataclass
class SweepReport:
    abandoned: list[str] = field(default_factory=list)
    expired_topics: list[str] = field(default_factory=list)
    orphan_topics: list[str] = field(default_factory=list)
    expired_keys: int = 0


class Janitor:
    def __init__(self, settings: Settings, resources: JanitorResources) -> None:
        self.settings = settings
        self.resources = resources
        self.failures = 0

    async def sweep_safely(self) -> SweepReport | None:
        try:
            return await self.sweep()
        except Exception:
            self.failures += 1
            log.exception("janitor sweep failed; trying again at the next tick")
            return None

    async def sweep(self, now: dt.datetime | None = None) -> SweepReport:
        now = now or dt.datetime.now(dt.UTC)
        if self.resources.pool is None or self.resources.producer is None:
            return SweepReport()
        ledger = PostgresLedger(self.resources.pool)
        report = SweepReport()
        for gone in await ledger.abandon_stale(self.settings.ledger_stale_s):
            await end_abandoned(self.resources.producer, self.settings, gone)
            report.abandoned.append(gone.request_id)
        report.expired_keys = await ledger.expire_idempotency_keys(now - IDEMPOTENCY_KEY_WINDOW)
        admin = AIOKafkaAdminClient(**client_options(self.settings))
        await admin.start()
        try:
            report.expired_topics = await self._expired(admin, ledger, now)
            report.orphan_topics = await self._orphans(admin, ledger, now)
        finally:
            await admin.close()
        if report.abandoned or report.expired_topics or report.orphan_topics or report.expired_keys:
            log.info(
                "janitor: %d abandoned, %d finished and %d orphan run topics deleted, "
                "%d idempotency keys expired",
                len(report.abandoned),
                len(report.expired_topics),
                len(report.orphan_topics),
                report.expired_keys,
            )
        return report

    async def _expired(
        self, admin: AIOKafkaAdminClient, ledger: PostgresLedger, now: dt.datetime
    ) -> list[str]:
        keep = dt.timedelta(hours=self.settings.run_topic_retention_h)
        request_ids = await ledger.expired_topics(now - keep)
        names = [topics.run_topic(rid, self.settings.topic_prefix) for rid in request_ids]
        await delete_topics(admin, names)
        await ledger.mark_topics_deleted(request_ids)
        return names

    async def _orphans(
        self, admin: AIOKafkaAdminClient, ledger: PostgresLedger, now: dt.datetime
    ) -> list[str]:
        """Run topics no request ever used: the api's unclaimed pool, refused requests."""
        oldest_ms = (now.timestamp() - self.settings.orphan_topic_age_h * 3600) * 1000
        prefix = self.settings.topic_prefix
        candidates: dict[str, str] = {}
        for name in await admin.list_topics():
            request_id = topics.request_id_of_run_topic(name, prefix)
            made = topics.request_id_time_ms(request_id) if request_id else None
            if request_id and made is not None and made < oldest_ms:
                candidates[request_id] = name
        if not candidates:
            return []
        known = await ledger.known(list(candidates))
        orphans = [name for rid, name in candidates.items() if rid not in known]
        await delete_topics(admin, orphans)
        return orphans


async def delete_topics(admin: AIOKafkaAdminClient, names: list[str]) -> None:
    for start in range(0, len(names), DELETE_BATCH):
        await admin.delete_topics(names[start : start + DELETE_BATCH])


async def end_abandoned(producer: Producer, settings: Settings, gone: Abandoned) -> None:
    """Say in the run topic (and the log, if the request is there) that the request ended.

    The janitor's end is an attempt of its own, so it supersedes whatever a lost worker
    half-wrote, and every reader (SSE, projection) treats it like any other attempt.
    """
    emitter = Emitter(
        producer if gone.logged else _RunTopicOnly(producer, settings),
        settings,
        request_id=gone.request_id,
        org_id=gone.org_id,
        attempt=gone.attempt,
        provider="janitor",
        prompt_version="janitor",
        model="none",
    )
    await emitter.started(step=gone.step, worker="janitor")
    minutes = settings.ledger_stale_s / 60
    await emitter.failed(
        code="internal_error",
        error=f"no worker made progress on this generation for {minutes:g} minutes; "
        "it was abandoned, please ask again",
    )
    await emitter.flush()


class _RunTopicOnly:
    """A producer that drops writes to the log: for requests the log never recorded."""

    def __init__(self, producer: Producer, settings: Settings) -> None:
        self.producer = producer
        self.log_topic = topics.events_topic(settings.topic_prefix)

    async def send(self, topic: str, value: bytes, key: bytes) -> Any:
        if topic == self.log_topic:
            return _done()
        return await self.producer.send(topic, value, key=key)


async def _done() -> None:
    return None
