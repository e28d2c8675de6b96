"""Each instruction of the prompt or principle changes the plan as asked, and says so."""

from __future__ import annotations

import datetime

import pytest
from planning_helpers import kinds, params, plan_for

from agents.planning import PlanParams, make_draft
from agents.planning.model import QUALITY_KINDS
from agents.planning.paces import vdot_from_race
from schemas.principles import DEFAULT_PRINCIPLE


def test_runs_per_week_sets_the_number_of_runs() -> None:
    plan = plan_for(10, "intermediate", "4 runs a week")
    assert {len(week.days) for week in plan.weeks[1:]} <= {3, 4}
    assert max(len(week.days) for week in plan.weeks) == 4


def test_rest_days_are_never_run_on() -> None:
    plan = plan_for(12, "advanced", "Never on Mondays or Fridays")
    assert all(day.weekday not in (1, 5) for week in plan.weeks for day in week.days)


def test_long_run_day_is_moved_as_asked() -> None:
    plan = plan_for(12, "intermediate", "Long run on Saturday")
    long_days = {d.weekday for w in plan.weeks for d in w.days if d.kind == "long"}
    assert long_days == {6}


def test_two_track_sessions_give_two_interval_days_in_loading_weeks() -> None:
    plan = plan_for(12, "advanced", "Include two track sessions per week")
    loading = [w for w in plan.weeks if not w.cutback and w.phase != "taper"]
    for week in loading:
        track = [d for d in week.days if d.kind in ("intervals", "repetition")]
        assert len(track) == 2, week.number


def test_one_tempo_a_week_gives_tempo_sessions() -> None:
    plan = plan_for(12, "intermediate", "one tempo session a week")
    loading = [w for w in plan.weeks if not w.cutback and w.phase != "taper"]
    assert all([d.kind for d in w.days if d.is_quality] == ["tempo"] for w in loading)


def test_quality_wish_above_the_level_cap_is_capped_and_reported() -> None:
    plan = plan_for(12, "beginner", "three quality sessions a week")
    assert max(sum(d.is_quality for d in w.days) for w in plan.weeks) == 1
    assert any(note.startswith("Not applied") and "capped at 1" in note for note in plan.notes)


def test_race_ends_the_plan_on_the_long_run_day_with_a_taper() -> None:
    plan = plan_for(12, "intermediate", "Training for a half marathon, goal 1:45:00")
    last = plan.weeks[-1]
    assert last.days[-1].kind == "race" and last.days[-1].distance_m == 21097
    assert plan.race is not None and plan.race.goal_s == 6300
    assert [w.phase for w in plan.weeks[-2:]] == ["taper", "taper"]


def test_race_date_in_the_last_week_sets_the_race_weekday() -> None:
    plan = plan_for(8, "advanced", "10K race on 2025-06-28", start=datetime.date(2025, 5, 5))
    race = plan.weeks[-1].days[-1]
    assert (race.kind, race.weekday) == ("race", 6)


def test_race_date_outside_the_last_week_is_reported_not_applied() -> None:
    plan = plan_for(8, "advanced", "10K race on 2025-09-27", start=datetime.date(2025, 5, 5))
    assert any("2025-09-27" in note and note.startswith("Not applied") for note in plan.notes)
    assert plan.weeks[-1].days[-1].kind == "race"


def test_recent_race_result_sets_the_paces() -> None:
    plan = plan_for(8, "intermediate", "I ran a 5K in 20:00 last month")
    assert plan.vdot == round(vdot_from_race(5000, 1200), 1) == 49.8
    assert "T 4:13-4:19/km" in make_draft(plan_params("I ran a 5K in 20:00 last month"))


def plan_params(prompt: str) -> PlanParams:
    return params(8, "intermediate", prompt)


def test_hills_bring_hill_repeats() -> None:
    assert "hills" not in kinds(plan_for(12, "beginner"))
    assert "hills" in kinds(plan_for(12, "beginner", "I want hills"))
    more = kinds(plan_for(12, "advanced", "hilly course")).count("hills")
    assert more > kinds(plan_for(12, "advanced")).count("hills")


def test_trail_puts_easy_and_long_runs_on_trails() -> None:
    plan = plan_for(6, "intermediate", "Mostly trail running")
    steady = [d for w in plan.weeks for d in w.days if d.kind in ("easy", "long")]
    assert steady and all(d.trail for d in steady)


def test_strides_for_a_beginner_when_asked() -> None:
    without = plan_for(10, "beginner")
    with_strides = plan_for(10, "beginner", "add strides")
    count = lambda plan: sum(d.strides > 0 for w in plan.weeks for d in w.days)  # noqa: E731
    assert count(with_strides) > count(without)


def test_no_speed_work_in_the_first_weeks() -> None:
    plan = plan_for(12, "advanced", "No speed work in the first 4 weeks")
    early = [d for w in plan.weeks[:4] for d in w.days]
    assert all(not d.is_quality and d.strides == 0 for d in early)
    assert any(d.is_quality for d in plan.weeks[4].days)


def test_polarised_principle_drops_tempo() -> None:
    assert "tempo" in kinds(plan_for(16, "advanced"))
    assert "tempo" not in kinds(plan_for(16, "advanced", None, "We train 80/20, polarised."))


def test_lydiard_principle_keeps_intervals_out_of_the_base() -> None:
    plan = plan_for(16, "advanced", None, "Lydiard: base first.")
    base = [d.kind for w in plan.weeks if w.phase == "base" for d in w.days]
    assert "intervals" not in base and "repetition" not in base
    assert sum(w.phase == "base" for w in plan.weeks) >= 6


def test_cutback_every_third_week() -> None:
    plan = plan_for(12, "intermediate", "cutback week every 3rd week")
    assert [w.number for w in plan.weeks if w.cutback][:2] == [3, 6]


def test_volume_cap_keeps_every_week_under_it() -> None:
    plan = plan_for(16, "advanced", "max 50 km per week")
    assert max(w.volume_m for w in plan.weeks) <= 50_000 * 1.1


def test_header_reports_readings_and_what_was_not_applied() -> None:
    draft = make_draft(plan_params("4 runs a week. I also like swimming on Fridays."))
    assert 'Read: "4 runs a week" -> 4 runs a week' in draft
    assert 'Not applied: "I also like swimming on Fridays" - not understood' in draft


def test_quality_sessions_never_exceed_the_level_cap() -> None:
    plan = plan_for(20, "advanced", "Daniels 2Q")
    assert max(sum(d.kind in QUALITY_KINDS for d in w.days) for w in plan.weeks) == 2


def test_one_sentence_of_many_instructions_changes_each_part_of_the_plan() -> None:
    prompt = "5 runs a week, never on Mondays, long run Saturday, marathon on 2025-10-12 goal 3:30"
    plan = plan_for(16, "intermediate", prompt, start=datetime.date(2025, 6, 23))
    days = [d for w in plan.weeks for d in w.days]
    assert all(d.weekday != 1 for d in days)
    assert {d.weekday for d in days if d.kind == "long"} == {6}
    assert max(len(w.days) for w in plan.weeks) == 5
    race = plan.weeks[-1].days[-1]
    assert (race.kind, race.weekday, race.distance_m) == ("race", 7, 42195)
    assert plan.race is not None and plan.race.goal_s == 12600
    assert not any(n.startswith("Not applied") for n in plan.notes)


def test_recent_half_marathon_time_sets_the_paces() -> None:
    plan = plan_for(12, "intermediate", "recent half marathon 1:45:00")
    assert plan.vdot == round(vdot_from_race(21097, 6300), 1) == 42.6
    assert plan.race is None


def test_ten_k_race_at_the_end_with_a_goal_in_minutes() -> None:
    plan = plan_for(10, "intermediate", "10K race at the end in 50 minutes")
    assert plan.race is not None and (plan.race.distance_m, plan.race.goal_s) == (10000, 3000)
    assert plan.weeks[-1].days[-1].kind == "race" and plan.weeks[-1].phase == "taper"


def test_hanson_style_runs_six_days_with_a_moderate_long_run() -> None:
    plan = plan_for(18, "intermediate", "Hanson style, marathon at the end")
    assert max(len(w.days) for w in plan.weeks) == 6
    assert max(d.distance_m for w in plan.weeks for d in w.days if d.kind == "long") <= 26_000


def test_hills_and_strides_in_one_sentence_give_both() -> None:
    plain, asked = plan_for(12, "beginner"), plan_for(12, "beginner", "hills and strides")
    assert "hills" in kinds(asked) and "hills" not in kinds(plain)
    count = lambda plan: sum(d.strides > 0 for w in plan.weeks for d in w.days)  # noqa: E731
    assert count(asked) > count(plain)


def test_polarised_and_cutback_phrases_change_the_plan() -> None:
    assert "tempo" not in kinds(plan_for(16, "advanced", "polarised 80/20"))
    plan = plan_for(12, "intermediate", "cutback every 3rd week")
    assert [w.number for w in plan.weeks if w.cutback][:2] == [3, 6]
    lydiard = plan_for(16, "advanced", "Lydiard base first")
    assert sum(w.phase == "base" for w in lydiard.weeks) > sum(
        w.phase == "base" for w in plan_for(16, "advanced").weeks
    )


def test_at_most_two_hard_sessions_keeps_the_level_defaults() -> None:
    ceiling = plan_for(12, "intermediate", None, DEFAULT_PRINCIPLE)
    default = plan_for(12, "intermediate")
    quality = lambda plan: [sum(d.is_quality for d in w.days) for w in plan.weeks]  # noqa: E731
    assert quality(ceiling) == quality(default)
    assert quality(plan_for(12, "advanced", "max one hard session a week")) == [
        min(1, q) for q in quality(plan_for(12, "advanced"))
    ]


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_first_week_eases_in_with_one_light_session_at_most(level: str) -> None:
    week = plan_for(12, level, None, DEFAULT_PRINCIPLE).weeks[0]
    quality = [d for d in week.days if d.is_quality]
    if level == "beginner":
        assert quality == []
    else:
        assert [d.kind for d in quality] == ["fartlek"] and quality[0].reps <= 6
    assert all(d.strides == 0 for d in week.days)
