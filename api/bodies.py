"""JSON responses of the bodies OpenAPI describes: pydantic models, serialised here at the edge."""

from collections.abc import Mapping

from pydantic import BaseModel
from starlette.responses import Response

from schemas.responses import body_json


class BodyResponse(Response):
    media_type = "application/json"

    def __init__(
        self, body: BaseModel, status_code: int = 200, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(body_json(body), status_code, headers)
