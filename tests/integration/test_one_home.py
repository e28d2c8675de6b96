"""The built-in path and the model path place the same workouts the same way.

Each week of a draft goes through both: the built-in reader and structurer, and the model
path (a real fake OpenAI-compatible server answering with the built-in's own workouts for
that week). Both must give the same weekly_info, the same dates and the same notes on what
was left out before the start date or taken from the library: each rule has one home.
"""

import datetime
import json
import re
from typing import Any

import pytest

from agents.planning import (
    PlanParams,
    PlanResult,
    Preference,
    make_draft,
    make_plan,
    read_plan,
    structure_plan,
)
from agents.providers.base import PlanNotes, StructuredWeek
from agents.providers.openai_client import ModelClient
from agents.providers.openai_structure import structure_with_model
from schemas.notes import Note
from schemas.settings import Settings
from schemas.workout import Intensity, LibraryWorkout, Segment, Workout
from tests.fake_openai import Reply, fake_openai
from tests.model_answers import asked_week

pytestmark = pytest.mark.integration

# A Wednesday start: week 1's Monday and Tuesday fall before it.
PARAMS = PlanParams(weeks=3, level="intermediate", start_date=datetime.date(2025, 5, 7))
UNSETTLED = PARAMS.model_copy(update={"start_date": None})
BIKE = "Mon: bike 45 min"
CLUB = "Thu: club session, whatever the coach there says"
WEEK_LINE = re.compile(r"^Week (\d+) ", re.MULTILINE)


def with_lines(draft: str, *lines: str) -> str:
    """The draft with lines added under each week's header."""
    added = [[line, *lines] if WEEK_LINE.match(line) else [line] for line in draft.splitlines()]
    return "\n".join(line for group in added for line in group) + "\n"


BUILTIN_DRAFT = with_lines(make_draft(PARAMS), BIKE)
# The club line is not read with confidence: every week goes to the model.
MODEL_DRAFT = with_lines(make_draft(PARAMS), BIKE, CLUB)


def library() -> list[LibraryWorkout]:
    """A bike ride the size of the drafted one (20 km of it: cross-training distance, never
    running volume) and an easy run the size of the first easy run of the plan."""
    undated = structure_plan(read_plan(BUILTIN_DRAFT), UNSETTLED)
    easy = next(w for w in undated.content if w.sub_type == "easy-run")
    ride = Segment(type="main", duration=45 * 60, distance=20_000, intensity=Intensity(zone="z2"))
    run = Segment(
        type="main", duration=easy.duration, distance=easy.distance, intensity=Intensity(zone="z2")
    )
    return [
        LibraryWorkout(
            id="bike-20",
            name="Bike 20 km",
            sub_type="cross-training",
            duration=2700,
            distance=20_000,
            segments=[ride],
        ),
        LibraryWorkout(
            id="easy-club",
            name="Club easy run",
            sub_type="easy-run",
            duration=easy.duration,
            distance=easy.distance,
            segments=[run],
        ),
    ]


def model_workout(workout: Workout) -> dict[str, Any]:
    """A built-in workout as the model answers it (days, not dates; sizes per segment)."""
    return {
        "day": workout.day,
        "name": workout.name,
        "description": workout.description,
        "sub_type": workout.sub_type,
        "segments": [
            {
                "type": s.type,
                "duration_s": s.duration,
                "distance_m": s.distance,
                "repeat": s.repeat,
                "zone": s.intensity.zone,
                "pace": s.intensity.pace,
                "description": s.description,
            }
            for s in workout.segments
        ],
    }


def answers() -> dict[int, str]:
    """The model's answer for each week: the built-in's workouts of that week, every day of
    it (those before the start date too: placing them is the path's job, not the model's)."""
    undated = structure_plan(read_plan(BUILTIN_DRAFT), UNSETTLED)
    clubs = [n for n, line in enumerate(MODEL_DRAFT.splitlines(), start=1) if line == CLUB]
    return {
        week: json.dumps(
            {
                "workouts": [model_workout(w) for w in undated.content if w.week == week],
                "lines": [{"line": clubs[week - 1], "used": False, "how": "no session in it"}],
            }
        )
        for week in range(1, PARAMS.weeks + 1)
    }


async def model_path(preference: Preference) -> list[StructuredWeek]:
    replies = answers()
    weeks: list[StructuredWeek] = []
    async with fake_openai(responder=lambda body: Reply(replies[asked_week(body)])) as fake:
        client = ModelClient(
            Settings(
                llm_provider="openai",
                openai_base_url=fake.base_url,
                openai_api_key="test",
                openai_model="fake-model",
            )
        )
        try:
            async for item in structure_with_model(
                client, PARAMS, MODEL_DRAFT, library(), preference, concurrency=2
            ):
                if not isinstance(item, PlanNotes):
                    weeks.append(item)
        finally:
            await client.close()
    assert len(fake.requests) == PARAMS.weeks, "every week was asked of the model"
    return weeks


def placement_notes(notes: list[Note], week: int) -> list[Note]:
    """The notes on what placing the week left out or replaced (no line: not the reader's)."""
    return [n for n in notes if n.kind == "changed" and n.line is None and n.week == week]


def summary(workouts: list[Workout]) -> list[tuple[Any, ...]]:
    return [
        (w.day, w.date, w.sub_type, w.duration, w.distance, w.source, w.library_workout_id)
        for w in workouts
    ]


@pytest.mark.parametrize("preference", ["ai_generate", "prefer_existing", "strict_existing"])
async def test_both_paths_give_the_same_week_info_dates_and_notes(preference: Preference) -> None:
    builtin: PlanResult = make_plan(PARAMS, BUILTIN_DRAFT, library(), preference)
    model = await model_path(preference)
    assert [w.number for w in model] == [1, 2, 3]
    for week in model:
        own = [w for w in builtin.content if w.week == week.number]
        assert week.info == builtin.weekly_info[str(week.number)], week.number
        assert summary(week.workouts) == summary(own), week.number
        assert placement_notes(week.notes, week.number) == placement_notes(
            builtin.notes, week.number
        )
    first = placement_notes(model[0].notes, 1)
    assert first[0].message == "Mon: before the start date 2025-05-07, left out"


async def test_cross_training_is_never_running_volume_on_either_path() -> None:
    builtin = make_plan(PARAMS, BUILTIN_DRAFT, library(), "prefer_existing")
    model = await model_path("prefer_existing")
    rides = [w for w in builtin.content if w.library_workout_id == "bike-20"]
    assert rides, "the library's bike ride replaced the drafted ones"
    for week in model:
        running = sum(w.distance for w in week.workouts if w.sub_type != "cross-training")
        assert week.info.total_distance == running
        assert week.info == builtin.weekly_info[str(week.number)]
