"""The API reference page at /docs: Swagger UI, every file served by the api itself."""

from pathlib import Path

import swagger_ui
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response

from api.errors import ApiError

_SWAGGER = Path(swagger_ui.__file__).parent / "static"
_HERE = Path(__file__).parent / "static"

# name -> (file, media type); nothing else under /docs/assets is served.
ASSETS: dict[str, tuple[Path, str]] = {
    "swagger-ui-bundle.js": (_SWAGGER / "swagger-ui-bundle.js", "text/javascript"),
    "swagger-ui.css": (_SWAGGER / "swagger-ui.css", "text/css"),
    "favicon-32x32.png": (_SWAGGER / "favicon-32x32.png", "image/png"),
    "docs.js": (_HERE / "docs.js", "text/javascript"),
}

_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>coach-agent API reference</title>
  <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/assets/docs.js"></script>
</body>
</html>
"""


async def docs_page(request: Request) -> Response:
    return HTMLResponse(_PAGE)


async def docs_asset(request: Request) -> Response:
    asset = ASSETS.get(request.path_params["name"])
    if asset is None:
        raise ApiError(404, "not_found", "no such asset")
    path, media_type = asset
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "max-age=3600"})
