"""Structuring: SPEC's workouts, their segments and totals, dates, weekly_info, library."""

from __future__ import annotations

import datetime

import pytest
from planning_helpers import params, result_for

from agents.planning import DraftParseError, build_plan, make_draft, make_plan, structure_plan
from schemas.workout import Intensity, LibraryWorkout, Segment, Workout

THURSDAY = datetime.date(2025, 5, 8)


def test_segments_add_up_to_each_workout_exactly() -> None:
    for workout in result_for(12, "advanced", "marathon race, goal 3:10:00").content:
        seconds = sum((s.duration or 0) * s.repeat for s in workout.segments)
        metres = sum((s.distance or 0) * s.repeat for s in workout.segments)
        assert (seconds, metres) == (workout.duration, workout.distance), workout.name
        assert any(s.type in ("main", "interval") for s in workout.segments)


def test_weekly_info_totals_are_the_sums_of_the_workouts() -> None:
    result = result_for(8, "beginner")
    for key, info in result.weekly_info.items():
        week = [w for w in result.content if w.week == int(key)]
        assert info.total_distance == sum(w.distance for w in week)
        assert info.runs == len(week)
    assert list(result.weekly_info) == [str(n) for n in range(1, 9)]


def test_every_segment_has_a_zone_and_paced_work_has_a_pace() -> None:
    for workout in result_for(12, "intermediate", "10K race").content:
        for seg in workout.segments:
            assert seg.intensity.zone in ("z1", "z2", "z3", "z4", "z5", "z6")
            if workout.sub_type in ("intervals", "tempo", "easy-run") and seg.type != "recovery":
                assert seg.intensity.pace is not None


def test_dates_follow_the_calendar_week_of_the_start_date() -> None:
    result = result_for(3, "intermediate", start=THURSDAY)
    monday = datetime.date(2025, 5, 5)
    for workout in result.content:
        assert workout.date is not None
        date = datetime.date.fromisoformat(workout.date)
        assert date == monday + datetime.timedelta(days=(workout.week - 1) * 7 + workout.day - 1)
        assert date.isoweekday() == workout.day
        assert date >= THURSDAY


def test_days_before_the_start_date_are_dropped_with_a_note() -> None:
    chosen = params(2, "advanced", start=THURSDAY)
    full = build_plan(params(2, "advanced"))
    result = structure_plan(full, chosen)
    assert all(w.day >= 4 for w in result.content if w.week == 1)
    assert [(n.kind, n.week, n.message) for n in result.notes] == [
        ("changed", 1, "Tue, Wed: before the start date 2025-05-08, left out")
    ]


def test_without_a_start_date_dates_are_null() -> None:
    assert all(w.date is None for w in result_for(2, "beginner").content)


def test_make_plan_rejects_a_draft_of_another_length() -> None:
    with pytest.raises(DraftParseError, match="2 weeks"):
        make_plan(params(3, "beginner"), make_draft(params(2, "beginner")))


def library_copy(workout: Workout, identifier: str, scale: float = 1.0) -> LibraryWorkout:
    seconds, metres = round(workout.duration * scale), round(workout.distance * scale)
    segment = Segment(
        type="main",
        duration=seconds,
        distance=metres,
        intensity=Intensity(zone="z2", pace=None),
        description="steady",
    )
    return LibraryWorkout(
        id=identifier,
        name=f"Library {identifier}",
        sub_type=workout.sub_type,
        duration=seconds,
        distance=metres,
        segments=[segment],
    )


def test_prefer_existing_uses_the_nearest_library_workout_within_20_percent() -> None:
    chosen = params(2, "intermediate")
    plan = build_plan(chosen)
    generated = structure_plan(plan, chosen).content
    easy = next(w for w in generated if w.sub_type == "easy-run")
    library = [
        library_copy(easy, "far", 1.5),
        library_copy(easy, "near", 1.1),
        library_copy(easy, "nearer", 0.95),
    ]
    result = structure_plan(plan, chosen, library, "prefer_existing")
    reused = [w for w in result.content if w.source == "library"]
    assert reused and {w.library_workout_id for w in reused} <= {"near", "nearer"}
    assert any(
        w.library_workout_id == "nearer" and w.week == easy.week and w.day == easy.day
        for w in reused
    )
    assert len(result.content) == len(generated)


def test_strict_existing_skips_unmatched_days_and_counts_them() -> None:
    chosen = params(2, "intermediate")
    plan = build_plan(chosen)
    generated = structure_plan(plan, chosen).content
    long_run = next(w for w in generated if w.sub_type == "long-run")
    result = structure_plan(plan, chosen, [library_copy(long_run, "long")], "strict_existing")
    assert all(w.source == "library" for w in result.content)
    skipped = len(generated) - len(result.content)
    assert skipped > 0
    skipped_notes = [n for n in result.notes if "skipped" in n.message]
    named = sum(len(n.message.split(":")[0].split(", ")) for n in skipped_notes)
    assert named == skipped and all(n.kind == "changed" for n in skipped_notes)
    for key, info in result.weekly_info.items():
        assert info.total_distance == sum(w.distance for w in result.content if w.week == int(key))


def test_run_walk_segments_are_a_walk_then_running_and_walking_cycles() -> None:
    prompt = "Couch to 5K, can't run 10 minutes yet"
    workout = next(w for w in result_for(9, "beginner", prompt).content if w.week == 1)
    assert workout.sub_type == "run-walk" and workout.name == "Run-walk 8 x (1 min run, 90 s walk)"
    warmup, run, walk = workout.segments
    assert (warmup.type, warmup.duration, warmup.intensity.zone) == ("warmup", 300, "z1")
    assert (run.type, run.duration, run.repeat, run.intensity.zone) == ("interval", 60, 8, "z2")
    assert run.intensity.pace is not None and walk.intensity.pace is None
    assert (walk.type, walk.duration, walk.repeat, walk.intensity.zone) == ("recovery", 90, 8, "z1")
    assert workout.duration == 25 * 60
    assert sum((s.distance or 0) * s.repeat for s in workout.segments) == workout.distance


def test_long_runs_by_time_are_named_in_minutes_and_ultra_races_estimated_slowly() -> None:
    result = result_for(20, "intermediate", "50K trail ultra at the end")
    long_run = next(w for w in result.content if w.sub_type == "long-run")
    assert long_run.name.endswith(" min") and "time on feet" in long_run.description
    race = result.content[-1]
    assert race.sub_type == "race" and race.distance == 50000
    assert race.duration >= 50 * 354  # at least the slow end of easy pace (5:54/km at VDOT 45)
