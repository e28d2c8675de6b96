"""The events' contract: the exported JSON Schema is current and events round-trip."""

import json
from pathlib import Path

from schemas.events import (
    GenerationStarted,
    TokenUsage,
    WeekAnswer,
    WeekCompleted,
    decode_event,
    encode_event,
    event_json_schema,
)
from schemas.workout import WeekInfo
from tests.unit.events_factory import event, requested

INFO = WeekInfo(phase="base", focus="aerobic", total_distance=16700)
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "events.schema.json"


def test_events_schema_exported_file_is_current() -> None:
    assert json.loads(SCHEMA_FILE.read_text()) == event_json_schema(), "run `make schema`"


def test_events_decode_by_type_to_the_same_event() -> None:
    for original in (
        requested(),
        event(GenerationStarted, step="draft", provider="builtin", worker="w"),
    ):
        assert decode_event(encode_event(original)) == original


def test_events_schema_names_every_type() -> None:
    mapping = event_json_schema()["discriminator"]["mapping"]
    assert set(mapping) == {
        "PlanRequested",
        "GenerationStarted",
        "GenerationProgress",
        "DraftGenerated",
        "WorkoutGenerated",
        "WeekCompleted",
        "PlanGenerated",
        "GenerationFailed",
    }


def test_week_completed_records_every_answer_and_old_weeks_still_read() -> None:
    """A week's answers, fallback and violations; a week logged before them reads with none."""
    usage = TokenUsage(prompt_tokens=900, completion_tokens=120, calls=1)
    answers = [
        WeekAnswer(raw="{}", usage=usage, violations=["line 8: no workout on Wed"]),
        WeekAnswer(raw="{ }", usage=usage, violations=["line 8: no workout on Wed"]),
    ]
    week = event(
        WeekCompleted,
        provider="builtin",
        week=2,
        info=INFO,
        usage=usage + usage,
        raw_answer="{}",
        answers=answers,
        fallback=True,
        violations=["line 8: no workout on Wed"],
    )
    assert decode_event(encode_event(week)) == week
    logged = json.loads(encode_event(week))
    for field in ("answers", "fallback", "violations"):
        logged.pop(field)
    old = decode_event(json.dumps(logged))
    assert isinstance(old, WeekCompleted)
    assert (old.answers, old.fallback, old.violations, old.raw_answer) == ([], False, [], "{}")
    first = json.loads(encode_event(week))
    first["answers"][0]["seen_by"] = "a later version"
    later = decode_event(json.dumps(first))
    assert isinstance(later, WeekCompleted) and later.answers == answers
