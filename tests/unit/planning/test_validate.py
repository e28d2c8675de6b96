"""The validator flags each rule of the training-science table, and passes the planner's plans."""

from __future__ import annotations

import datetime

import pytest
from planning_helpers import params, result_for

from agents.planning import PlanResult, validate_plan
from schemas.workout import Intensity, Segment, WeekInfo, Workout

RunSpec = tuple[int, str, int, int]  # day, sub_type, minutes, metres
ZONES = {"easy-run": "z2", "long-run": "z2", "tempo": "z4", "intervals": "z5", "race": "z4"}
PACES = {"z2": "5:20-5:50/km", "z4": "4:30-4:36/km", "z5": "4:05-4:11/km"}


def run(
    week: int,
    day: int,
    sub_type: str,
    minutes: int,
    metres: int,
    zone: str | None = None,
    date: str | None = None,
) -> Workout:
    zone = zone or ZONES[sub_type]
    seg = Segment(
        type="main",
        duration=minutes * 60,
        distance=metres,
        intensity=Intensity(zone=zone, pace=PACES.get(zone)),
    )  # type: ignore[arg-type]
    return Workout(
        week=week,
        day=day,
        date=date,
        name=sub_type,
        description="",
        phase="base",
        sub_type=sub_type,
        duration=minutes * 60,
        distance=metres,
        segments=[seg],
    )


def result(
    weeks: list[list[RunSpec]], phases: list[str] | None = None, cutbacks: set[int] = frozenset()
) -> PlanResult:  # type: ignore[assignment]
    content = [run(n, *spec) for n, specs in enumerate(weeks, start=1) for spec in specs]
    info = {
        str(n): WeekInfo(
            phase=(phases[n - 1] if phases else "base"),  # type: ignore[arg-type]
            focus="",
            cutback=n in cutbacks,
            total_distance=sum(s[3] for s in specs),
        )
        for n, specs in enumerate(weeks, start=1)
    }
    return PlanResult(content=content, weekly_info=info, notes=[])


def easy_week(km: float, long_km: float | None = None) -> list[RunSpec]:
    """Four easy runs and a long run adding up to km."""
    long_m = round((long_km if long_km is not None else km * 0.25) * 1000)
    each = round((km * 1000 - long_m) / 4)
    return [(d, "easy-run", round(each / 180), each) for d in (2, 3, 4, 6)] + [
        (7, "long-run", round(long_m / 180), long_m)
    ]


def rules(
    found: PlanResult,
    level: str = "intermediate",
    prompt: str | None = None,
    start: datetime.date | None = None,
) -> dict[str, set[str]]:
    chosen = params(len(found.weekly_info), level, prompt, start=start)
    out: dict[str, set[str]] = {}
    for violation in validate_plan(found, chosen):
        out.setdefault(violation.rule, set()).add(violation.severity)
    return out


def test_a_steady_plan_passes() -> None:
    assert rules(result([easy_week(40), easy_week(42), easy_week(33), easy_week(44)])) == {}


def test_weekly_volume_jump_above_30_percent_is_an_error_above_10_a_warning() -> None:
    assert rules(result([easy_week(40), easy_week(56)]))["weekly-volume"] == {"error"}
    assert rules(result([easy_week(40), easy_week(46)]))["weekly-volume"] == {"warning"}


def test_ramp_is_measured_from_the_last_week_before_a_cutback() -> None:
    weeks = [easy_week(40), easy_week(30), easy_week(43)]
    assert "weekly-volume" not in rules(result(weeks, cutbacks={2}))


def test_long_run_spike_over_the_last_four_weeks_is_a_warning() -> None:
    found = rules(result([easy_week(50, 10), easy_week(50, 10), easy_week(52, 13)]))
    assert found["long-run-spike"] == {"warning"}


def test_long_run_over_180_minutes_is_an_error_over_150_a_warning() -> None:
    assert rules(result([[(7, "long-run", 190, 30000)]]))["long-run-length"] == {"error"}
    assert rules(result([[(7, "long-run", 160, 28000)]]))["long-run-length"] == {"warning"}


def test_long_run_share_limit_depends_on_the_level() -> None:
    week = [(2, "easy-run", 40, 7000), (4, "easy-run", 40, 7000), (7, "long-run", 70, 12000)]
    assert rules(result([week]))["long-run-share"] == {"warning"}
    assert "long-run-share" not in rules(result([week]), "beginner")


def test_missing_cutback_in_four_weeks_is_a_warning() -> None:
    rising = [easy_week(30 + n) for n in range(6)]
    assert rules(result(rising))["cutback"] == {"warning"}


def test_marked_cutback_that_cuts_too_little_is_a_warning() -> None:
    weeks = [easy_week(40), easy_week(38), easy_week(41)]
    assert rules(result(weeks, cutbacks={2}))["cutback"] == {"warning"}


def test_quality_volume_above_daniels_caps_is_a_warning() -> None:
    week = [*easy_week(40), (5, "intervals", 50, 5000)]
    assert rules(result([week]))["quality-volume"] == {"warning"}


def test_too_much_hard_time_or_too_many_quality_days_is_a_warning() -> None:
    week = [
        (1, "tempo", 40, 9000),
        (3, "intervals", 40, 3000),
        (5, "tempo", 40, 3000),
        (7, "long-run", 60, 11000),
    ]
    assert rules(result([week]))["intensity-mix"] == {"warning"}


def test_back_to_back_hard_days_are_an_error_for_beginners_a_warning_for_others() -> None:
    week = [(2, "easy-run", 30, 5000), (6, "tempo", 30, 2000), (7, "long-run", 60, 8000)]
    assert rules(result([week]), "beginner")["hard-easy"] == {"error"}
    assert rules(result([week]), "advanced")["hard-easy"] == {"warning"}


def test_hard_days_across_the_week_end_count_as_back_to_back() -> None:
    weeks = [[(7, "long-run", 60, 8000)], [(1, "tempo", 30, 2000), (4, "easy-run", 30, 5000)]]
    assert rules(result(weeks), "beginner")["hard-easy"] == {"error"}


def test_beginner_with_fewer_than_two_rest_days_is_an_error() -> None:
    week = [(d, "easy-run", 20, 3000) for d in range(1, 7)]
    assert rules(result([week]), "beginner")["rest-days"] == {"error"}
    assert "rest-days" not in rules(result([week]), "advanced")


def test_race_plan_without_taper_is_an_error() -> None:
    weeks = [easy_week(40)] * 8
    weeks[-1] = [*easy_week(40), (5, "race", 45, 10000)]
    assert "error" in rules(result(weeks))["taper"]


def test_taper_cutting_too_little_is_a_warning() -> None:
    weeks = [easy_week(40)] * 7 + [easy_week(30)]
    phases = ["base"] * 7 + ["taper"]
    assert rules(result(weeks, phases))["taper"] == {"warning"}


def test_segments_that_do_not_add_up_are_an_error() -> None:
    good = result([easy_week(30)])
    broken = good.content[0].model_copy(update={"duration": good.content[0].duration + 60})
    bad = good.model_copy(update={"content": [broken, *good.content[1:]]})
    assert rules(bad)["segment-totals"] == {"error"}


def test_week_totals_off_by_more_than_one_percent_are_an_error() -> None:
    good = result([easy_week(30)])
    info = good.weekly_info["1"].model_copy(update={"total_distance": 33000})
    assert rules(good.model_copy(update={"weekly_info": {"1": info}}))["week-totals"] == {"error"}


def test_missing_week_is_an_error() -> None:
    good = result([easy_week(30), easy_week(31)])
    gap = good.model_copy(update={"weekly_info": {"1": good.weekly_info["1"]}})
    assert "error" in rules(gap.model_copy(update={"content": good.content}))["weeks-contiguous"]


def test_two_runs_a_day_are_a_warning_unless_doubles_were_asked() -> None:
    doubled = result([[(2, "easy-run", 30, 5000), (2, "easy-run", 30, 5000)]])
    assert rules(doubled)["one-workout-a-day"] == {"warning"}
    assert "one-workout-a-day" not in rules(doubled, prompt="double days on Tuesdays")


def test_cross_training_or_a_short_jog_as_second_session_is_fine() -> None:
    with_strength = result([[(2, "easy-run", 30, 5000), (2, "cross-training", 20, 0, "z2")]])
    with_strides = result([[(2, "tempo", 45, 9000), (2, "easy-run", 12, 2000)]])
    assert "one-workout-a-day" not in rules(with_strength)
    assert "one-workout-a-day" not in rules(with_strides)


def test_zone_outside_the_sub_type_is_an_error() -> None:
    slow_tempo = result([[(3, "tempo", 40, 8000)]])
    wrong = run(1, 3, "tempo", 40, 8000, zone="z2")
    assert rules(slow_tempo.model_copy(update={"content": [wrong]}))["zone"] == {"error"}


def test_faster_zone_with_slower_pace_is_an_error() -> None:
    easy = run(1, 2, "easy-run", 30, 5000)
    seg = easy.segments[0].model_copy(
        update={"intensity": Intensity(zone="z5", pace="6:00-6:10/km")}
    )
    fast = run(1, 4, "intervals", 30, 5000).model_copy(update={"segments": [seg]})
    found = result([[(2, "easy-run", 30, 5000), (4, "intervals", 30, 5000)]])
    assert rules(found.model_copy(update={"content": [easy, fast]}))["pace"] == {"error"}


def test_dates_that_do_not_match_week_and_day_are_an_error() -> None:
    found = result([[(2, "easy-run", 30, 5000)]])
    dated = found.content[0].model_copy(update={"date": "2025-05-07"})
    start = datetime.date(2025, 5, 5)
    assert rules(found.model_copy(update={"content": [dated]}), start=start)["dates"] == {"error"}
    right = found.content[0].model_copy(update={"date": "2025-05-06"})
    assert "dates" not in rules(found.model_copy(update={"content": [right]}), start=start)


def test_phases_out_of_order_are_an_error_but_a_new_cycle_after_taper_is_fine() -> None:
    weeks = [easy_week(30)] * 3
    assert rules(result(weeks, ["base", "build", "base"]))["phase-order"] == {"error"}
    assert "phase-order" not in rules(result(weeks, ["peak", "taper", "base"]))


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_planner_plans_have_no_errors_and_no_warnings_by_default(level: str) -> None:
    for weeks in (1, 4, 12, 18, 52):
        found = validate_plan(result_for(weeks, level), params(weeks, level))
        assert found == [], (weeks, found)


def run_walk_week(run_s: int, minutes: int = 25) -> PlanResult:
    """One week of three run-walk days, as segments: a walk, then running and walking."""
    cycles = 8
    segments = [
        Segment(type="warmup", duration=300, distance=500, intensity=Intensity(zone="z1")),
        Segment(
            type="interval",
            duration=run_s,
            distance=run_s * 2,
            repeat=cycles,
            intensity=Intensity(zone="z2", pace="6:30-7:10/km"),
        ),
        Segment(
            type="recovery",
            duration=90,
            distance=150,
            repeat=cycles,
            intensity=Intensity(zone="z1"),
        ),
    ]
    seconds = sum((s.duration or 0) * s.repeat for s in segments)
    metres = sum((s.distance or 0) * s.repeat for s in segments)
    content = [
        Workout(
            week=1,
            day=day,
            name="run-walk",
            description="",
            phase="base",
            sub_type="run-walk",
            duration=seconds,
            distance=metres,
            segments=segments,
        )
        for day in (2, 4, 7)
    ]
    info = {"1": WeekInfo(phase="base", focus="", total_distance=metres * 3)}
    return PlanResult(content=content, weekly_info=info, notes=[])


def test_first_week_longer_than_the_athlete_can_run_is_an_error() -> None:
    prompt = "can't run 10 minutes yet"
    assert "run-walk-start" not in rules(run_walk_week(60), "beginner", prompt)
    assert rules(run_walk_week(600), "beginner", prompt)["run-walk-start"] == {"error"}
    continuous = result([[(2, "easy-run", 30, 4400), (4, "easy-run", 30, 4400)]])
    assert rules(continuous, "beginner", prompt)["run-walk-start"] == {"error"}
    assert rules(continuous, "beginner", "Couch to 5K")["run-walk-start"] == {"error"}
    assert "run-walk-start" not in rules(continuous, "beginner")


def test_run_walk_segments_are_checked_for_their_zones() -> None:
    found = run_walk_week(60)
    fast = found.content[0].segments[1].model_copy(update={"intensity": Intensity(zone="z5")})
    bad = found.content[0].model_copy(
        update={"segments": [found.content[0].segments[0], fast, found.content[0].segments[2]]}
    )
    assert rules(found.model_copy(update={"content": [bad, *found.content[1:]]}))["zone"] == {
        "error"
    }


def test_ultra_long_runs_have_their_own_caps_and_no_share_rule() -> None:
    week = [(2, "easy-run", 60, 11000), (4, "easy-run", 60, 11000), (7, "long-run", 240, 40000)]
    road = rules(result([week]))
    assert road["long-run-length"] == {"error"} and road["long-run-share"] == {"warning"}
    ultra = rules(result([week]), prompt="50K at the end")
    assert "long-run-length" not in ultra and "long-run-share" not in ultra
    too_long = [(2, "easy-run", 60, 11000), (7, "long-run", 380, 60000)]
    assert rules(result([too_long]), prompt="100 miles at the end")["long-run-length"] == {"error"}


def test_back_to_back_long_runs_are_fine_when_asked_or_for_an_ultra() -> None:
    week = [(2, "easy-run", 40, 7000), (6, "long-run", 90, 16000), (7, "long-run", 150, 27000)]
    assert rules(result([week]), "beginner")["hard-easy"] == {"error"}
    assert "hard-easy" not in rules(result([week]), "beginner", "back-to-back long runs")
    assert "hard-easy" not in rules(result([week]), "beginner", "50K ultra at the end")
    tempo_then_long = [(6, "tempo", 40, 8000), (7, "long-run", 150, 27000)]
    assert rules(result([tempo_then_long]), "beginner", "50K ultra")["hard-easy"] == {"error"}
