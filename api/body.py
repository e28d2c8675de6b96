"""Reading a JSON request body safely: size limit, JSON object, then the model's rules."""

import json
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from api.errors import ApiError, validation
from schemas.errors import ErrorDetail
from schemas.requests import MAX_BODY_BYTES, error_details

Model = TypeVar("Model", bound=BaseModel)


async def read_limited(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def parse_body(request: Request, model: type[Model]) -> Model:
    raw = await read_limited(request)
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise validation(
            "request body is not valid JSON", [ErrorDetail(field="body", message=str(exc))]
        ) from None
    if not isinstance(data, dict):
        raise validation(
            "request body must be a JSON object",
            [ErrorDetail(field="body", message="must be a JSON object")],
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        details = error_details(exc)
        fields = ", ".join(dict.fromkeys(d.field for d in details))
        raise validation(f"invalid request: {fields}", details) from None


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "validation_error",
        f"request body larger than {limit} bytes",
        details=[ErrorDetail(field="body", message=f"must be at most {limit} bytes")],
    )
