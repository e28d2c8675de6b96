"""Security headers on every response the api sends, and a content policy for its pages.

Every response: no MIME sniffing, no framing by another site (both the CSP directive and
the older X-Frame-Options), no Referer sent on. API answers (JSON, SSE, downloads) also
get a CSP that allows nothing and `Cache-Control: no-store` unless they set their own.
The HTML pages get a CSP that allows their own files only (/docs: Swagger UI; /editor
sets a stricter one of its own, which is kept). A header a response already has is kept.
"""

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

EVERY_RESPONSE = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
# Nothing to run, load or frame: what an API answer needs (a browser that opens one
# renders it inert).
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# Swagger UI: its own scripts and styles from this origin (it styles through the DOM, which
# needs no 'unsafe-inline'; the browser test checks nothing is refused), icons as data:
# images; it fetches /openapi.json.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)


class SecurityHeaders:
    """A plain ASGI middleware: adds the headers above to `http.response.start`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                add_headers(MutableHeaders(scope=message))
            await send(message)

        await self.app(scope, receive, with_headers)


def add_headers(headers: MutableHeaders) -> None:
    for name, value in EVERY_RESPONSE.items():
        headers.setdefault(name, value)
    html = headers.get("content-type", "").startswith("text/html")
    headers.setdefault("Content-Security-Policy", PAGE_POLICY if html else API_POLICY)
    if not html:
        headers.setdefault("Cache-Control", "no-store")
