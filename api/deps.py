"""What the lifespan builds and handlers receive through `request.app.state`."""

from dataclasses import dataclass

import asyncpg
from starlette.requests import Request

from api.kafka_gateway import KafkaGateway
from schemas.settings import Settings


@dataclass
class Deps:
    settings: Settings
    pool: asyncpg.Pool
    kafka: KafkaGateway


def deps(request: Request) -> Deps:
    found: Deps = request.app.state.deps
    return found
