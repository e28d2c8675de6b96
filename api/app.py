"""Wires the api: settings, Postgres pool and Kafka gateway built in the lifespan."""

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from aiokafka.errors import KafkaError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import Route
from starlette.types import ASGIApp

from api import docs_page, editor, exports, generation, metrics, openapi, reads, store
from api.accept_turns import AcceptTurns
from api.deps import Deps
from api.errors import (
    ApiError,
    LastResort,
    handle_api_error,
    handle_http_exception,
    handle_unexpected,
    handle_unreachable,
)
from api.kafka_gateway import KafkaGateway, KafkaUnavailable
from api.lookups import DoorLookups
from api.projection_watch import ProjectionWatch
from api.rate_limits import topic_pace
from api.read_timeout import BodyDeadline, BodyTimeout, handle_body_timeout
from api.run_reader import RunTopicReader
from api.security_headers import SecurityHeaders
from api.stream_slots import StreamSlots
from api.topic_pool import RunTopicPool
from projections.database import create_pool
from projections.telemetry import serve_metrics
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
        Route("/openapi.json", openapi.openapi_json),
        Route("/docs", docs_page.docs_page),
        Route("/docs/assets/{name}", docs_page.docs_asset),
    ]


class Api(Starlette):
    """Starlette with two more layers outside its own error middleware: the last-resort
    500 (see LastResort), and the security headers every response carries, that one too."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(LastResort(super().build_middleware_stack()))


def exception_handlers() -> dict[type[Exception], Any]:
    """Every failure as the contract's error body; Postgres or Kafka away is 503."""
    handlers: dict[type[Exception], Any] = {
        ApiError: handle_api_error,
        BodyTimeout: handle_body_timeout,
        HTTPException: handle_http_exception,
        KafkaError: handle_unreachable,
        KafkaUnavailable: handle_unreachable,
        Exception: handle_unexpected,
    }
    for unreachable in store.UNREACHABLE:
        handlers[unreachable] = handle_unreachable
    return handlers


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool = await create_pool(settings, min_size=1, max_size=40)
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
            pace=topic_pace(pool, settings),
        )
        topic_pool.start()
        watch = ProjectionWatch(settings)
        watch.start()
        app.state.deps = Deps(
            settings=settings,
            pool=pool,
            kafka=kafka,
            reader=reader,
            topics=topic_pool,
            watch=watch,
            streams=StreamSlots(settings.sse_streams_per_user, settings.sse_streams_per_process),
            turns=AcceptTurns(settings.api_accept_at_once),
            door=DoorLookups(pool),
        )
        metrics.watch(app.state.deps)
        own_port = serve_metrics(metrics.REGISTRY, settings.metrics_host, settings.api_metrics_port)
        try:
            yield
        finally:
            await watch.stop()
            if own_port is not None:
                own_port.close()
            await topic_pool.stop()
            await reader.stop()
            await kafka.stop()
            await pool.close()

    app = Api(routes=routes(), lifespan=lifespan, exception_handlers=exception_handlers())
    app.add_middleware(BodyDeadline, timeout_s=settings.body_timeout_s)
    app.state.settings = settings
    app.add_middleware(metrics.HttpMetrics)
    return app
