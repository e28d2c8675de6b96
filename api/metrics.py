"""The api's Prometheus metrics: HTTP responses, open SSE streams, the shared reader and pool.

`GET /metrics` serves them on the api's port, to a scraper that sends
`COACH_METRICS_TOKEN` as a bearer token when one is set; or, with
`COACH_API_METRICS_PORT`, a port of their own serves them (then the api's port does not).
`HttpMetrics` is a plain ASGI middleware that also binds the request's log context.
"""

import hmac
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, TypeVar

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    Counter,
    Gauge,
    generate_latest,
)
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import ApiError, unauthorized
from projections.registry import process_registry
from schemas import log_context
from schemas.settings import Settings

REGISTRY = process_registry()

HTTP_RESPONSES = Counter(
    "coach_http_responses",
    "Responses by method, route template (`unmatched` for unknown paths) and status class.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
SSE_STREAMS = Gauge(
    "coach_sse_streams_open",
    "SSE streams relaying a generation now, by mode (draft, plan, plan-batch).",
    ["mode"],
    registry=REGISTRY,
)
READER_FOLLOWERS = Gauge(
    "coach_run_reader_followers",
    "Readers following a run topic through the api's shared reader.",
    registry=REGISTRY,
)
READER_PARTITIONS = Gauge(
    "coach_run_reader_partitions",
    "Run topics the shared reader has assigned.",
    registry=REGISTRY,
)
TOPIC_POOL_READY = Gauge(
    "coach_topic_pool_ready",
    "Run topics created ahead of need and not yet claimed by a request.",
    registry=REGISTRY,
)
ACCEPT_WAITING = Gauge(
    "coach_api_accept_waiting",
    "Requests this api process has checked and that wait their organisation's turn to be "
    "accepted (COACH_API_ACCEPT_AT_ONCE are accepted at once).",
    registry=REGISTRY,
)

T = TypeVar("T")


def watch(services: Any) -> None:
    """Read the shared reader's and the topic pool's figures at every scrape (`services`: the
    app's Deps; not imported here, api.deps imports this module)."""
    READER_FOLLOWERS.set_function(lambda: services.reader.followers)
    READER_PARTITIONS.set_function(lambda: services.reader.partitions)
    TOPIC_POOL_READY.set_function(lambda: services.topics.ready)
    ACCEPT_WAITING.set_function(lambda: services.turns.waiting)


async def metrics_endpoint(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    if settings.api_metrics_port > 0:
        raise ApiError(404, "not_found", "metrics are served on a port of their own")
    if settings.metrics_token is not None and not _bearer_matches(
        request, settings.metrics_token.get_secret_value()
    ):
        raise unauthorized("/metrics needs the metrics token")
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


def _bearer_matches(request: Request, token: str) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    # In constant time: how much of a guess was right must not show in the answer's timing.
    return scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode(), token.encode()
    )


async def counted_stream(events: AsyncIterator[T], mode: str) -> AsyncIterator[T]:
    """`events`, counted as one open SSE stream from its first pull until it ends or is closed.

    Closing this closes `events` at once (the SSE response closes what it was given), so
    a client that goes away stops following the generation without waiting for the GC.
    """
    gauge = SSE_STREAMS.labels(mode)
    gauge.inc()
    try:
        async for event in events:
            yield event
    finally:
        gauge.dec()
        if isinstance(events, AsyncGenerator):
            await events.aclose()


def status_class(status: int) -> str:
    return f"{status // 100}xx"


class HttpMetrics:
    """Counts every response by route template and status class, and binds the log context.

    A response counts when it starts (an SSE stream counts at once, not when it ends). An
    exception that escapes with no response started is what the server turns into a 500.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Handlers keep the request id in request.state, which is this dict: log lines
        # read it when they are written, so they carry the id from the moment it is known.
        log_context.bind(scope.setdefault("state", {}))
        started: list[int] = []

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.append(message["status"])
                self._count(scope, message["status"])
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        except Exception:
            if not started:
                self._count(scope, 500)
            raise

    @staticmethod
    def _count(scope: Scope, status: int) -> None:
        route: Any = scope.get("route")
        template = getattr(route, "path", None) or "unmatched"
        HTTP_RESPONSES.labels(scope["method"], template, status_class(status)).inc()
