"""What the lifespan builds and handlers receive through `request.app.state`."""

from dataclasses import dataclass, field

import asyncpg
from starlette.requests import Request

from api.accept_turns import AcceptTurns
from api.following import RunStreams
from api.kafka_gateway import KafkaGateway
from api.ledger import Admission, RecentlyLimited
from api.lookups import DoorLookups
from api.projection_watch import ProjectionWatch
from api.run_reader import RunTopicReader
from api.stream_slots import StreamSlots
from api.topic_pool import RunTopicPool
from schemas.settings import Settings


@dataclass
class Deps:
    settings: Settings
    pool: asyncpg.Pool
    kafka: KafkaGateway
    reader: RunTopicReader
    topics: RunTopicPool
    watch: ProjectionWatch
    streams: StreamSlots
    turns: AcceptTurns
    # Tokens and memberships, batched across requests (accepting and reads alike).
    door: DoorLookups
    # Their next requests reserve before writing to Kafka (api/generation.py).
    limited: RecentlyLimited = field(default_factory=RecentlyLimited)

    @property
    def following(self) -> RunStreams:
        return RunStreams(self.reader, self.settings)

    @property
    def admission(self) -> Admission:
        return Admission(self.settings.org_queue_limit, self.settings.ledger_stale_s)


def deps(request: Request) -> Deps:
    services: Deps = request.app.state.deps
    return services
