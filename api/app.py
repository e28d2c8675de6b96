"""Wires the api: settings, Postgres pool and Kafka gateway built in the lifespan."""

import contextlib
from collections.abc import AsyncIterator

import asyncpg
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import Route

from api import editor, exports, generation, metrics, reads
from api.deps import Deps
from api.errors import ApiError, handle_api_error, handle_http_exception, handle_unexpected
from api.kafka_gateway import KafkaGateway
from api.run_reader import RunTopicReader
from api.topic_pool import RunTopicPool
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
        Route("/metrics", metrics.metrics_endpoint),
        Route("/healthz", reads.healthz),
        *exports.routes(BASE),
        *editor.routes(),
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
        reader = RunTopicReader(settings)
        reader.start()
        topic_pool = RunTopicPool(
            settings.topic_prefix,
            kafka.create_run_topics,
            kafka.delete_topics,
            size=settings.topic_pool_size,
            batch=settings.topic_pool_batch,
        )
        topic_pool.start()
        app.state.deps = Deps(
            settings=settings, pool=pool, kafka=kafka, reader=reader, topics=topic_pool
        )
        try:
            yield
        finally:
            await topic_pool.stop()
            await reader.stop()
            await kafka.stop()
            await pool.close()

    app = Starlette(
        routes=routes(),
        lifespan=lifespan,
        exception_handlers={
            ApiError: handle_api_error,
            HTTPException: handle_http_exception,
            Exception: handle_unexpected,
        },
    )
    app.add_middleware(metrics.HttpMetrics)
    return app
