"""Wires the api: settings, Postgres pool and Kafka gateway built in the lifespan."""

import contextlib
from collections.abc import AsyncIterator

import asyncpg
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import Route

from api import generation, reads
from api.deps import Deps
from api.errors import ApiError, handle_api_error, handle_http_exception, handle_unexpected
from api.kafka_gateway import KafkaGateway
from projections.migrate import quote_schema
from schemas.settings import Settings

BASE = "/api/v1/ai-coach"


def routes() -> list[Route]:
    return [
        Route(f"{BASE}/generate-draft", generation.generate_draft, methods=["POST"]),
        Route(f"{BASE}/generate-draft/stream", generation.generate_draft_stream, methods=["POST"]),
        Route(f"{BASE}/generate-plan", generation.generate_plan, methods=["POST"]),
        Route(f"{BASE}/generate-plan/stream", generation.generate_plan_stream, methods=["POST"]),
        Route(
            f"{BASE}/generate-plan/stream-batch",
            generation.generate_plan_stream_batch,
            methods=["POST"],
        ),
        Route(f"{BASE}/training-principle/{{org_id}}", reads.training_principle),
        Route(f"{BASE}/generations/{{request_id}}", reads.generation_status),
        Route(f"{BASE}/generations/{{request_id}}/events", reads.generation_events),
        Route("/healthz", reads.healthz),
    ]


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool = await asyncpg.create_pool(
            settings.database_url,
            min_size=1,
            max_size=10,
            server_settings={"search_path": quote_schema(settings.database_schema)},
        )
        assert pool is not None
        kafka = KafkaGateway(settings)
        await kafka.start()
        app.state.deps = Deps(settings=settings, pool=pool, kafka=kafka)
        try:
            yield
        finally:
            await kafka.stop()
            await pool.close()

    return Starlette(
        routes=routes(),
        lifespan=lifespan,
        exception_handlers={
            ApiError: handle_api_error,
            HTTPException: handle_http_exception,
            Exception: handle_unexpected,
        },
    )
