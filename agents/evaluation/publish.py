"""Writes an evaluation's events to its own topic (`coach.evaluations`), never to coach.events.

Key: the evaluation id (one partition, in order). A run with `--no-log` writes nothing.
"""

import datetime as dt
from typing import Any

from aiokafka import AIOKafkaProducer

from projections.kafka_client import client_options
from projections.log_topics import ensure_evaluations_topic
from schemas import topics
from schemas.evaluations import EvaluationEventBase, encode_evaluation_event
from schemas.settings import Settings


class EvaluationLog:
    def __init__(self, settings: Settings, evaluation_id: str, enabled: bool = True) -> None:
        self.settings = settings
        self.evaluation_id = evaluation_id
        self.enabled = enabled
        self.topic = topics.evaluations_topic(settings.topic_prefix)
        self.seq = 0
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        if not self.enabled:
            return
        await ensure_evaluations_topic(self.settings)
        self._producer = AIOKafkaProducer(
            **client_options(self.settings),
            enable_idempotence=True,
            linger_ms=20,
        )
        await self._producer.start()

    async def emit(self, event_type: type[EvaluationEventBase], **fields: Any) -> None:
        event = event_type(
            evaluation_id=self.evaluation_id,
            seq=self.seq,
            time=dt.datetime.now(dt.UTC),
            **fields,
        )
        self.seq += 1
        if self._producer is not None:
            await self._producer.send(
                self.topic, encode_evaluation_event(event), key=self.evaluation_id.encode()
            )

    async def close(self) -> None:
        if self._producer is not None:
            try:
                await self._producer.flush()
            finally:
                await self._producer.stop()
                self._producer = None
