"""Reading a JSON request body safely: size limit, a JSON object, then the model's rules."""

from collections.abc import AsyncIterable
from typing import TypeVar

import pydantic_core
from pydantic import BaseModel, ValidationError

from api.problems import ApiError, validation
from schemas.errors import ErrorDetail
from schemas.requests import MAX_BODY_BYTES, error_details

Model = TypeVar("Model", bound=BaseModel)


async def read_limited(
    stream: AsyncIterable[bytes], declared: str | None, limit: int = MAX_BODY_BYTES
) -> bytes:
    """The body, or 413 as soon as it passes `limit` (declared in Content-Length, or
    streamed without one)."""
    declared = declared or ""
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json_object(raw: bytes) -> dict[str, object]:
    """A JSON object, or 400.

    pydantic's parser bounds what `json.loads` does not: nesting (200 levels), integer
    digits (4,300) and NaN/Infinity; invalid UTF-8 and lone surrogate escapes are refused.
    """
    try:
        data = pydantic_core.from_json(raw, allow_inf_nan=False)
    except ValueError as exc:
        raise validation(
            "request body is not valid JSON", [ErrorDetail(field="body", message=str(exc))]
        ) from None
    if not isinstance(data, dict):
        raise validation(
            "request body must be a JSON object",
            [ErrorDetail(field="body", message="must be a JSON object")],
        )
    return data


def parse_body(raw: bytes, model: type[Model]) -> Model:
    """A request body as `model`, or 400."""
    data = parse_json_object(raw)
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
