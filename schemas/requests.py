"""Request bodies of the generation endpoints, with every rule of the contract."""

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    ValidationError,
    field_validator,
)

from schemas.errors import ErrorDetail

Level = Literal["beginner", "intermediate", "advanced"]
WorkoutPreference = Literal["ai_generate", "prefer_existing", "strict_existing"]

MAX_ADDITIONAL_PROMPT = 4_000
MAX_PRINCIPLE = 10_000
MIN_DRAFT = 10
MAX_DRAFT = 100_000
MAX_ORG_ID = 200
MAX_BODY_BYTES = 256 * 1024

# The door's rules for the path parameters and headers the api reads.
REQUEST_ID_PATTERN = r"^[0-9a-f]{32}$"
LAST_EVENT_ID_PATTERN = r"^[0-9]{1,18}$"
IDEMPOTENCY_KEY_PATTERN = r"^[\x20-\x7e]{1,200}$"

_DATE = r"^\d{4}-\d{2}-\d{2}$"


def _storable(value: str) -> str:
    """Refuse what Postgres or a UTF-8 encoder cannot hold, before it reaches either."""
    if "\x00" in value:
        raise ValueError("must not contain NUL (\\u0000) characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from None
    return value


def _default_if_null(value: Any) -> Any:
    return "ai_generate" if value is None else value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


# Every text field the api accepts is a Text, bounded by a max_length where it is used.
Text = Annotated[str, Field(strict=True), AfterValidator(_storable)]
OrgId = Annotated[Text, Field(min_length=1, max_length=MAX_ORG_ID), AfterValidator(_not_blank)]


_DRAFT_EXAMPLE: dict[str, JsonValue] = {
    "weeks": 12,
    "level": "intermediate",
    "org_id": "demo",
    "additional_prompt": "Include two track sessions per week",
    "start_date": "2025-05-05",
}
_PLAN_EXAMPLE: dict[str, JsonValue] = {
    "weeks": 1,
    "level": "beginner",
    "org_id": "demo",
    "refined_draft": "Week 1 | base | aerobic foundation\n"
    "Tue: easy run 30 min\nThu: easy run 30 min\nSun: long run 45 min\n",
}


class DraftRequest(BaseModel):
    """Body of generate-draft; unknown fields are ignored."""

    model_config = ConfigDict(
        extra="ignore", frozen=True, json_schema_extra={"examples": [_DRAFT_EXAMPLE]}
    )

    weeks: Annotated[int, Field(strict=True, ge=1, le=52)]
    level: Level
    org_id: OrgId
    additional_prompt: Annotated[Text, Field(max_length=MAX_ADDITIONAL_PROMPT)] | None = None
    training_principle: Annotated[Text, Field(max_length=MAX_PRINCIPLE)] | None = None
    start_date: dt.date | None = None
    # null means the default; the schema says so (json_schema_input_type).
    workout_preference: Annotated[
        WorkoutPreference,
        BeforeValidator(_default_if_null, json_schema_input_type=WorkoutPreference | None),
    ] = "ai_generate"

    @field_validator("training_principle")
    @classmethod
    def _blank_principle_is_unset(cls, value: str | None) -> str | None:
        return value if value is not None and value.strip() else None

    @field_validator("start_date", mode="before")
    @classmethod
    def _iso_calendar_date(cls, value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError("must be a date string YYYY-MM-DD")
        if not re.match(_DATE, value):
            raise ValueError("must be a calendar date YYYY-MM-DD")
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"is not a valid date: {exc}") from None


class PlanRequest(DraftRequest):
    """Body of generate-plan: the draft request plus the coach-approved draft."""

    model_config = ConfigDict(json_schema_extra={"examples": [_PLAN_EXAMPLE]})

    refined_draft: Annotated[Text, Field(max_length=MAX_DRAFT)]
    # The draft generation this refined_draft was edited from: the edit is the coach's
    # judgement of that draft (prompt evaluation reads it from the log).
    draft_request_id: Annotated[Text, Field(max_length=MAX_ORG_ID)] | None = None

    @field_validator("refined_draft")
    @classmethod
    def _draft_long_enough(cls, value: str) -> str:
        if len(value.strip()) < MIN_DRAFT:
            raise ValueError(f"must be at least {MIN_DRAFT} characters after trimming")
        return value


class RequestEcho(BaseModel):
    """The `request` object echoed in every generation result."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    weeks: int
    level: Level
    org_id: str
    additional_prompt: str | None
    training_principle: str | None
    start_date: dt.date | None
    workout_preference: WorkoutPreference
    # Plans only: the draft generation the refined draft came from (null for drafts).
    draft_request_id: str | None = None

    @classmethod
    def of(cls, body: DraftRequest) -> "RequestEcho":
        return cls(
            weeks=body.weeks,
            level=body.level,
            org_id=body.org_id,
            additional_prompt=body.additional_prompt,
            training_principle=body.training_principle,
            start_date=body.start_date,
            workout_preference=body.workout_preference,
            draft_request_id=getattr(body, "draft_request_id", None),
        )


def error_details(error: ValidationError) -> list[ErrorDetail]:
    """Turn pydantic's errors into the contract's `details` list, one entry per field."""
    details: list[ErrorDetail] = []
    for item in error.errors(include_url=False):
        field = ".".join(str(part) for part in item["loc"]) or "body"
        details.append(ErrorDetail(field=field, message=_message(item)))
    return details


def _message(item: Any) -> str:
    """pydantic's message, phrased for a client: lengths in characters, no 'Value error'."""
    context = item.get("ctx") or {}
    match item["type"]:
        case "missing":
            return "is required"
        case "too_long" if isinstance(item["input"], str):
            return f"must be at most {context['max_length']} characters"
        case "too_short" if isinstance(item["input"], str):
            least = context["min_length"]
            return "must not be empty" if least == 1 else f"must be at least {least} characters"
    return str(item["msg"]).removeprefix("Value error, ")
