"""The events' contract: the exported JSON Schema is current and events round-trip."""

import json
from pathlib import Path

from schemas.events import GenerationStarted, decode_event, encode_event, event_json_schema
from tests.unit.events_factory import event, requested

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
