"""A ninth round: a past injury is a conservative ramp, not a comeback; a long run said as a
goal ("get my long run to 20 miles") is a target the long run builds toward, not a cap; "no
double digit runs on weekdays" is a per-run limit on weekdays."""

from __future__ import annotations

import pytest
from planning_helpers import km_run, valid_plan

LEVELS = ["beginner", "intermediate", "advanced"]


@pytest.mark.parametrize(
    "prompt",
    [
        "a history of stress fractures",
        "prone to shin splints",
        "had plantar fasciitis last year",
        "I've had two stress fractures in the past",
        "history of knee injuries",
        "previous injuries: IT band",
        "I'm prone to achilles tendinitis",
        "recurring calf strains",
        "had a stress reaction two years ago",
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_past_injury_is_a_conservative_ramp_not_a_comeback(prompt: str, level: str) -> None:
    """FIXED: a history of stress fractures started run-walk weeks (others were not read)."""
    plan = valid_plan(prompt, 12, level)
    assert not any(d.kind == "run-walk" for w in plan.weeks for d in w.days)
    assert not any("comeback from" in n for n in plan.notes), plan.notes
    assert any(f'"{prompt}"' in n and "conservative ramp" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    "prompt",
    [
        "just recovered from a stress fracture",
        "coming back from a stress fracture I had last year",
        "returning from a stress fracture",
        "recovering from shin splints",
    ],
)
def test_a_current_bone_injury_is_still_a_comeback(prompt: str) -> None:
    plan = valid_plan(prompt, 12, "intermediate")
    assert any("comeback from" in n for n in plan.notes), plan.notes
    assert not any("conservative ramp" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("I want my long run to get to 20 miles", 32.2),
        ("build the long run up to 30 km", 30),
        ("peak long run of 20 miles", 32.2),
        ("long run should peak at 32 km", 32),
        ("I'd like the long run to reach 25k", 25),
        ("build the long run up to 14 km", 14),
        ("work up to a 16 km long run", 16),
        ("I run 60 km a week. Build the long run up to 30 km", 30),
        ("my goal is a long run of 20 miles", 32.2),
        ("aiming for a 20 mile long run", 32.2),
        ("target long run: 30 km", 30),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("weeks", [8, 16])
def test_a_long_run_goal_is_a_target_not_a_cap(prompt: str, km: float, level: str, weeks: int):
    """FIXED: 'get to 20 miles' / 'build up to 30 km' were read as a cap ('long runs at most
    ...'), or not read; the long run now builds toward it, never past it, and the notes say
    how far it gets when it falls short."""
    plan = valid_plan(prompt, weeks, level)
    assert any("builds toward" in n and "a target, not a cap" in n for n in plan.notes)
    assert not any("at most" in n and "long runs" in n for n in plan.notes), plan.notes
    longs = [d.distance_m for w in plan.weeks for d in w.days if d.kind == "long"]
    assert max(longs) <= km * 1000 + 500
    if max(longs) < km * 1000 * 0.95:
        assert any(n.startswith("Note: the long run builds toward") for n in plan.notes)


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("peak long run 3 hours", 180),
        ("get my long run up to 2.5 hours", 150),
        ("work up to a 2 hour long run", 120),
        ("build my long run to 90 minutes", 90),
    ],
)
def test_a_long_run_goal_by_time_is_a_target(prompt: str, minutes: int) -> None:
    """FIXED: 'peak long run 3 hours' was read as the long run now (180 min), others as caps
    or not at all."""
    plan = valid_plan(prompt, 12, "intermediate")
    assert any(f"builds toward {minutes} min" in n for n in plan.notes), plan.notes
    longest = max(d.duration_min for w in plan.weeks for d in w.days if d.kind == "long")
    assert longest <= minutes + 5
    if longest < minutes * 0.95:
        assert any(
            n.startswith(f"Note: the long run builds toward the {minutes} min") for n in plan.notes
        )


@pytest.mark.parametrize(
    ("prompt", "metres"),
    [
        ("no double-digit runs", 10000),
        ("no double digit runs please", 10000),
        ("Keep it to 25 mpw. No double digit runs", 16093),
        ("I run 20 miles a week. Never any double digit runs", 16093),
        ("avoid double digits", 10000),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_no_double_digit_runs_is_a_limit_on_every_run(prompt: str, metres: int, level: str):
    """FIXED: 'no double digit runs' was shown back as doubles ('one run a day')."""
    plan = valid_plan(prompt, 12, level)
    unit = "miles" if metres > 10000 else "km"
    assert any(f"every run under 10 {unit}" in n for n in plan.notes), plan.notes
    assert not any("one run a day" in n for n in plan.notes), plan.notes
    for week in plan.weeks:
        assert all(d.distance_m < metres for d in week.days if d.kind != "race"), week


@pytest.mark.parametrize(
    "prompt",
    ["no double digit runs on weekdays", "no double-digit days during the week"],
)
def test_no_double_digit_runs_on_weekdays_holds_on_weekdays(prompt: str) -> None:
    """FIXED: shown back with the doubles reason ('the built-in planner writes one run a
    day'). Changed in round ten: shown back as a distance limit on some days; now kept there
    (the weekend's long run is not held to it)."""
    plan = valid_plan(prompt, 12, "intermediate")
    said = [n for n in plan.notes if n.startswith("Read") and f'"{prompt}"' in n]
    assert said and "under 10 km" in said[0] and "Mon, Tue, Wed, Thu, Fri" in said[0], plan.notes
    assert not any("one run a day" in n for n in plan.notes)
    for week in plan.weeks:
        assert all(d.distance_m < 10000 for d in week.days if d.weekday <= 5), week


@pytest.mark.parametrize(
    ("prompt", "days", "minutes"),
    [
        ("max 45 min Mon-Thu", (1, 2, 3, 4), 45),
        ("runs under 40 minutes Tue-Thu", (2, 3, 4), 40),
        ("Tue-Thu max 40 min", (2, 3, 4), 40),
        ("no more than 50 minutes Monday through Friday", (1, 2, 3, 4, 5), 50),
        ("Mon to Thu max 45 minutes", (1, 2, 3, 4), 45),
        ("I only have 45 minutes Monday to Thursday", (1, 2, 3, 4), 45),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_day_range_holds_on_every_day_in_it(
    prompt: str, days: tuple[int, ...], minutes: int, level: str
) -> None:
    """FIXED: 'Mon-Thu' was read as Monday and Thursday, or Monday alone."""
    plan = valid_plan(prompt, 12, level)
    for week in plan.weeks:
        for day in week.days:
            if day.weekday in days and day.kind != "cross-training":
                assert day.duration_min <= minutes, (week.number, day)
    assert any("Mon, Tue" in n or "Tue, Wed, Thu" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    ("prompt", "off"),
    [
        ("rest days Mon-Wed", (1, 2, 3)),
        ("no running Fri-Sun", (5, 6, 7)),
        ("rest days Monday to Wednesday", (1, 2, 3)),
    ],
)
def test_rest_days_said_as_a_range(prompt: str, off: tuple[int, ...]) -> None:
    """FIXED: 'rest days Mon-Wed' rested Monday only."""
    plan = valid_plan(prompt, 12, "intermediate")
    assert all(
        d.weekday not in off for w in plan.weeks for d in w.days if d.kind != "cross-training"
    )


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("aiming for 50 miles a week by the peak", 80),
        ("build to 80 km per week", 80),
        ("target peak mileage 55 miles", 88),
        ("top out at 90 km a week", 90),
        ("peak volume 100 km", 100),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_peak_goal_is_reached_or_the_notes_say_how_far(prompt: str, km: float, level: str):
    """FIXED: the header said 'the plan builds to a peak of about 80 km a week' and the plan
    stopped well short of it without a word (beginner and intermediate; advanced plans
    reached these peaks before and still do)."""
    plan = valid_plan(prompt, 12, level)
    biggest = max(km_run(plan))
    assert biggest <= km * 1.02
    if biggest < km * 0.9:
        assert any(
            n.startswith(f"Note: the biggest week reaches {biggest:.0f} km of the {km:.0f} km")
            for n in plan.notes
        ), plan.notes


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("I want to be running 30 miles a week by the end", 48),
        ("would like to be at 50 km a week by race day", 50),
        ("hoping to be doing 40 miles a week by week 10", 64),
    ],
)
def test_a_volume_to_reach_by_the_end_is_a_peak_not_the_volume_now(prompt: str, km: int):
    """FIXED: '30 miles a week by the end' was read as the volume now (week 1 started there)."""
    plan = valid_plan(prompt, 12, "intermediate")
    assert any(f"builds to a peak of about {km} km" in n for n in plan.notes), plan.notes
    assert not any("a week now" in n for n in plan.notes), plan.notes
    assert km_run(plan)[0] < km * 0.8


def test_a_move_between_two_days_is_no_range() -> None:
    plan = valid_plan("move the tempo from Tuesday to Thursday", 12, "intermediate")
    assert not any("Tue, Wed, Thu" in n for n in plan.notes), plan.notes
