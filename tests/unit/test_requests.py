"""The request bodies' rules, field by field."""

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from schemas.requests import DraftRequest, PlanRequest, error_details

VALID: dict[str, Any] = {"weeks": 12, "level": "intermediate", "org_id": "club"}
DRAFT = "Week 1 (base): easy running, three days"


def fields_of(body: dict[str, Any], model: type[DraftRequest] = DraftRequest) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(body)
    return {detail.field for detail in error_details(caught.value)}


@pytest.mark.parametrize("weeks", [True, False, 12.5, 12.0, "12", None, 0, 53, -1, [12]])
def test_weeks_rejects_non_integers_and_out_of_range(weeks: Any) -> None:
    assert fields_of({**VALID, "weeks": weeks}) == {"weeks"}


@pytest.mark.parametrize("weeks", [1, 26, 52])
def test_weeks_accepts_whole_numbers_in_range(weeks: int) -> None:
    assert DraftRequest.model_validate({**VALID, "weeks": weeks}).weeks == weeks


@pytest.mark.parametrize("field", ["weeks", "level", "org_id"])
def test_required_fields_missing_are_named(field: str) -> None:
    body = {key: value for key, value in VALID.items() if key != field}
    with pytest.raises(ValidationError) as caught:
        DraftRequest.model_validate(body)
    details = error_details(caught.value)
    assert [(d.field, d.message) for d in details] == [(field, "is required")]


@pytest.mark.parametrize("level", ["expert", "Beginner", "", 1, None])
def test_level_must_be_one_of_three(level: Any) -> None:
    assert fields_of({**VALID, "level": level}) == {"level"}


@pytest.mark.parametrize("org_id", ["", "   ", 7, None])
def test_org_id_must_be_a_non_blank_string(org_id: Any) -> None:
    assert fields_of({**VALID, "org_id": org_id}) == {"org_id"}


def test_additional_prompt_limit_is_4000_characters() -> None:
    assert DraftRequest.model_validate({**VALID, "additional_prompt": "x" * 4000})
    assert fields_of({**VALID, "additional_prompt": "x" * 4001}) == {"additional_prompt"}
    assert fields_of({**VALID, "additional_prompt": 5}) == {"additional_prompt"}


def test_training_principle_limit_and_blank_is_unset() -> None:
    assert fields_of({**VALID, "training_principle": "x" * 10_001}) == {"training_principle"}
    body = DraftRequest.model_validate({**VALID, "training_principle": "  \n "})
    assert body.training_principle is None
    kept = DraftRequest.model_validate({**VALID, "training_principle": "80/20"})
    assert kept.training_principle == "80/20"


@pytest.mark.parametrize(
    "start_date", ["2025-13-01", "2025-02-30", "05/05/2025", "2025-5-5", 20250505, "", "tomorrow"]
)
def test_start_date_must_be_an_iso_calendar_date(start_date: Any) -> None:
    assert fields_of({**VALID, "start_date": start_date}) == {"start_date"}


def test_start_date_parses_and_null_is_unset() -> None:
    body = DraftRequest.model_validate({**VALID, "start_date": "2024-02-29"})
    assert body.start_date == dt.date(2024, 2, 29)
    assert DraftRequest.model_validate({**VALID, "start_date": None}).start_date is None


def test_workout_preference_defaults_and_rejects_unknown() -> None:
    assert DraftRequest.model_validate(VALID).workout_preference == "ai_generate"
    assert DraftRequest.model_validate({**VALID, "workout_preference": None}).workout_preference
    for value in ("prefer_existing", "strict_existing"):
        body = DraftRequest.model_validate({**VALID, "workout_preference": value})
        assert body.workout_preference == value
    assert fields_of({**VALID, "workout_preference": "library"}) == {"workout_preference"}


def test_unknown_fields_are_ignored() -> None:
    body = DraftRequest.model_validate({**VALID, "colour": "blue", "weeks_extra": 3})
    assert not hasattr(body, "colour")


def test_refined_draft_required_trimmed_length_and_limit() -> None:
    assert fields_of(VALID, PlanRequest) == {"refined_draft"}
    assert fields_of({**VALID, "refined_draft": "   short   "}, PlanRequest) == {"refined_draft"}
    assert fields_of({**VALID, "refined_draft": "x" * 100_001}, PlanRequest) == {"refined_draft"}
    assert fields_of({**VALID, "refined_draft": 42}, PlanRequest) == {"refined_draft"}
    assert PlanRequest.model_validate({**VALID, "refined_draft": DRAFT}).refined_draft == DRAFT


def test_several_invalid_fields_are_all_reported() -> None:
    assert fields_of({"weeks": "x", "level": "pro"}) == {"weeks", "level", "org_id"}
