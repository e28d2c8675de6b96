"""The error body every endpoint answers with, and the codes it may carry."""

from typing import Literal

from pydantic import BaseModel, ConfigDict

ErrorCode = Literal[
    "validation_error",
    "unauthorized",
    "forbidden",
    "not_found",
    "request_timeout",
    "conflict",
    "rate_limited",
    "generation_failed",
    "internal_error",
    "unavailable",
    "timeout",
]


class ErrorDetail(BaseModel):
    model_config = ConfigDict(frozen=True)

    field: str
    message: str


class ErrorBody(BaseModel):
    model_config = ConfigDict(frozen=True)

    error: str
    code: ErrorCode
    details: list[ErrorDetail] | None = None
    request_id: str | None = None

    def to_json(self) -> dict[str, object]:
        return self.model_dump(mode="json", exclude_none=True)
