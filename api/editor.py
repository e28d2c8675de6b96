"""The plan editor page: static files served by the api itself (no CDN, no build step)."""

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from api.errors import ApiError

STATIC = Path(__file__).parent / "static" / "editor"
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
# Everything the page loads comes from this origin; the token never leaves it.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
        "script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # Revalidate on every load, so a deploy never mixes old and new scripts.
    "Cache-Control": "no-cache",
}


def routes() -> list[Route]:
    """The page at /editor and its assets at /editor/NAME; loading them needs no token."""
    return [Route("/editor", page), Route("/editor/{name}", asset)]


async def page(request: Request) -> Response:
    return _file("index.html")


async def asset(request: Request) -> Response:
    return _file(request.path_params["name"])


def _file(name: str) -> Response:
    path = STATIC / name
    media_type = MEDIA_TYPES.get(path.suffix)
    # The route's parameter holds no slash; a dot file or an unknown type is not served.
    if media_type is None or name.startswith(".") or not path.is_file():
        raise ApiError(404, "not_found", f"no editor file {name!r}")
    return FileResponse(path, media_type=media_type, headers=SECURITY_HEADERS)
