"""Each instruction of the prompt or principle changes the plan as asked, and says so."""

from __future__ import annotations

import datetime

import pytest
from planning_helpers import kinds, params, plan_for

from agents.planning import PlanParams, make_draft
from agents.planning.core.kinds import QUALITY_KINDS
from agents.planning.core.paces import vdot_from_race
from agents.planning.instructions.readers import read_instructions
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


# Coaching breadth: run-walk, races on the way, ultras, the athlete's situation, time budgets.


@pytest.mark.parametrize(
    ("prompt", "limit_s"),
    [
        ("can't run 10 minutes yet", 540),
        ("I cannot run for more than 5 minutes", 300),
        ("I can only run 3 minutes at a time", 180),
        ("I can run 25 minutes non-stop", 1500),
    ],
)
def test_what_the_athlete_can_run_is_read_as_an_ability(prompt: str, limit_s: int) -> None:
    found = read_instructions(prompt, None)
    assert found.continuous_limit_s == limit_s and found.cannot_run_continuously
    assert found.race is None and found.not_applied == []


@pytest.mark.parametrize(
    "prompt",
    [
        "Couch to 5K: can't run 10 minutes yet",
        "5K race at the end, I can't run 10 minutes yet",
        "Half marathon at the end, 45 minutes on weekdays",
        "Marathon at the end, at most 5 hours a week",
        "10K race at the end, max 1h30 on Sundays",
        "I can only run 20 minutes non-stop, 10K at the end",
    ],
)
def test_abilities_and_time_budgets_are_never_read_as_goal_times(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.race is None or found.race.goal_s is None
    assert not any("goal" in note for note in found.not_applied)


def test_couch_to_5k_is_a_run_walk_start_not_a_5k_race() -> None:
    found = read_instructions("Couch to 5K, run-walk to start", None)
    assert found.couch_to_5k and found.run_walk_asked and found.race is None


def test_couch_to_5k_plan_starts_with_the_nhs_first_week() -> None:
    plan = plan_for(9, "beginner", "Couch to 5K, can't run 10 minutes yet, run-walk to start")
    first = plan.weeks[0].days
    assert len(first) == 3 and all(d.kind == "run-walk" for d in first)
    assert {(d.reps, d.rep_seconds, d.recovery_seconds) for d in first} == {(8, 60, 90)}
    assert all(d.duration_min == 25 for d in first)  # a 5-minute brisk walk, then 20 minutes
    assert not any(d.weekday + 1 == e.weekday for d in first for e in first)  # alternate days
    pieces = [max(d.rep_seconds for d in w.days if d.kind == "run-walk") for w in plan.weeks[:6]]
    assert pieces == sorted(pieces) and pieces[-1] >= 480  # longer running each week
    continuous = [w for w in plan.weeks if all(d.kind == "easy" for d in w.days)]
    assert [w.number for w in continuous] == [7, 8, 9]  # the last third, as Couch to 5K
    assert all(20 <= d.duration_min <= 30 for w in continuous for d in w.days)
    assert not any(d.is_quality or d.strides for w in plan.weeks for d in w.days)
    assert not any(n.startswith("Not applied") for n in plan.notes)


def test_run_walk_for_an_intermediate_without_a_reason_is_not_applied_and_says_why() -> None:
    plan = plan_for(10, "intermediate", "run-walk please")
    assert "run-walk" not in kinds(plan)
    assert any(n.startswith('Not applied: "run-walk please"') for n in plan.notes)


def test_an_ability_of_twenty_minutes_or_more_caps_the_first_runs_instead() -> None:
    plan = plan_for(8, "beginner", "I can only run 25 minutes non-stop")
    assert "run-walk" not in kinds(plan)
    assert max(d.duration_min for d in plan.weeks[0].days) <= 25


def test_half_marathon_tune_up_before_a_marathon_gets_its_week_and_easy_days() -> None:
    plan = plan_for(16, "advanced", "Half marathon tune-up in week 10, marathon at the end")
    races = [
        (w.number, d.weekday, d.distance_m) for w in plan.weeks for d in w.days if d.kind == "race"
    ]
    assert races == [(10, 7, 21097), (16, 7, 42195)]
    assert plan.race is not None and plan.race.distance_m == 42195
    week9, week10, week11 = plan.weeks[8:11]
    # Three easy days before it (Thu-Sat), five after (Mon-Fri), no long run that week.
    assert not any(d.is_hard for d in week10.days if d.weekday >= 4 and d.kind != "race")
    assert not any(d.is_hard for d in week11.days if d.weekday <= 5)
    assert not any(d.kind == "long" for d in week10.days)
    assert [w.phase for w in plan.weeks[-3:]] == ["taper"] * 3
    assert any('"Half marathon tune-up in week 10" -> tune-up race' in n for n in plan.notes)
    assert week10.volume_m - 21097 < week9.volume_m  # the race week is lighter in training


def test_tune_ups_on_a_date_and_in_a_week_are_both_placed() -> None:
    prompt = "10K race on 2025-07-19, a 5K in week 4, half marathon at the end"
    plan = plan_for(14, "intermediate", prompt, start=datetime.date(2025, 5, 5))
    races = [
        (w.number, d.weekday, d.distance_m) for w in plan.weeks for d in w.days if d.kind == "race"
    ]
    assert races == [(4, 7, 5000), (11, 6, 10000), (14, 7, 21097)]


def test_a_tune_up_without_a_week_comes_four_weeks_before_a_marathon() -> None:
    plan = plan_for(18, "intermediate", "a half marathon tune-up, marathon at the end")
    races = [(w.number, d.distance_m) for w in plan.weeks for d in w.days if d.kind == "race"]
    assert races == [(14, 21097), (18, 42195)]


def test_a_tune_up_too_close_to_the_goal_race_is_refused_with_the_reason() -> None:
    plan = plan_for(12, "intermediate", "half marathon in week 11, marathon at the end")
    assert [d.distance_m for w in plan.weeks for d in w.days if d.kind == "race"] == [42195]
    assert any("too close to the goal race" in n for n in plan.notes)


@pytest.mark.parametrize(
    ("prompt", "metres"),
    [
        ("50K trail ultra at the end", 50000),
        ("a 50 mile race at the end", 80467),
        ("100K at the end", 100000),
        ("training for a 100-miler", 160934),
        ("a 70 km ultra at the end", 70000),
    ],
)
def test_ultra_distances_are_races(prompt: str, metres: int) -> None:
    found = read_instructions(prompt, None)
    assert found.race is not None and found.race.distance_m == metres


def test_an_ultra_without_a_distance_says_what_it_needs() -> None:
    found = read_instructions("I want to run an ultra", None)
    assert found.race is None
    assert any("needs its distance" in note for note in found.not_applied)


@pytest.mark.parametrize(
    ("prompt", "km"), [("max 100 km per week", 100), ("peak at 50 km in week 10", 50)]
)
def test_volume_in_km_is_not_an_ultra(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.race is None and found.peak_km == km


def test_ultra_plan_has_time_on_feet_back_to_back_long_runs_and_a_long_taper() -> None:
    prompt = "50K trail ultra at the end; back-to-back long runs on the weekend"
    plan = plan_for(20, "intermediate", prompt)
    assert plan.weeks[-1].days[-1].kind == "race" and plan.weeks[-1].days[-1].distance_m == 50000
    longs = [d for w in plan.weeks for d in w.days if d.kind == "long"]
    assert longs and all(d.by_time and d.trail for d in longs)
    for week in plan.weeks:
        pair = [d.weekday for d in week.days if d.kind == "long"]
        if week.phase in ("build", "peak") and not week.cutback:
            assert pair == [6, 7], week.number
            assert sum(d.is_quality for d in week.days) <= 1
        elif week.phase == "base":
            assert len(pair) <= 1
    assert max(d.duration_min for d in longs) > 150  # beyond the marathon's cap
    assert [w.phase for w in plan.weeks[-3:]] == ["taper"] * 3


def test_walk_breaks_for_an_ultra_are_walking_breaks_not_a_run_walk_start() -> None:
    plan = plan_for(16, "beginner", "100K ultra at the end, walk breaks")
    assert "run-walk" not in kinds(plan)
    assert any("walking breaks" in n for n in plan.notes)


def test_climbing_brings_hills_and_a_longer_race_estimate() -> None:
    flat = plan_for(24, "advanced", "100 miles at the end")
    hilly = plan_for(24, "advanced", "100 miles at the end with 5000 m of climbing")
    assert "hills" in kinds(hilly)
    assert hilly.weeks[-1].days[-1].duration_min > flat.weeks[-1].days[-1].duration_min


@pytest.mark.parametrize("prompt", ["I'm 58", "masters runner", "I recover slowly"])
def test_masters_get_one_quality_session_72_hours_from_the_long_run(prompt: str) -> None:
    plan = plan_for(12, "advanced", prompt + ". Half marathon at the end.")
    for week in plan.weeks:
        quality = [d.weekday for d in week.days if d.is_quality]
        assert len(quality) <= 1
        if quality and week.phase != "taper":
            assert quality[0] in (3, 4)  # Wed or Thu: 72 h or more from Sunday's long run


def test_age_under_fifty_is_read_and_leaves_the_plan_as_it_is() -> None:
    assert plan_for(12, "advanced", "I'm 45").weeks == plan_for(12, "advanced").weeks


def test_stress_fracture_comeback_starts_with_run_walk_and_no_speed() -> None:
    plan = plan_for(16, "intermediate", "coming back from a stress fracture")
    assert all(d.kind == "run-walk" for d in plan.weeks[0].days)
    easy_weeks = plan.weeks[:10]  # six run-walk weeks and four of continuous running
    assert not any(d.is_quality or d.strides for w in easy_weeks for d in w.days)
    assert any(d.is_quality for w in plan.weeks[10:] for d in w.days)


def test_injury_comeback_has_no_speed_for_the_weeks_asked_and_a_gentler_ramp() -> None:
    plan = plan_for(16, "intermediate", "returning from injury, no speed for 6 weeks")
    normal = plan_for(16, "intermediate")
    assert not any(d.is_quality for w in plan.weeks[:6] for d in w.days)
    assert plan.weeks[0].volume_m < normal.weeks[0].volume_m * 0.8
    assert max(w.volume_m for w in plan.weeks) < max(w.volume_m for w in normal.weeks)


def test_time_budgets_hold_every_day_and_week_and_say_so() -> None:
    prompt = "at most 5 hours a week, 45 minutes on weekdays, max 1h30 on Sundays"
    plan = plan_for(16, "advanced", prompt + ", marathon at the end")
    for week in plan.weeks[:-1]:
        assert sum(d.duration_min for d in week.days) <= 300, week.number
        assert all(d.duration_min <= 45 for d in week.days if d.weekday <= 5)
        assert all(d.duration_min <= 90 for d in week.days if d.weekday == 7)
    longs = [d for w in plan.weeks for d in w.days if d.kind == "long"]
    assert all(d.by_time for d in longs)  # planned by minutes, distance from the paces
    draft = make_draft(params(16, "advanced", prompt + ", marathon at the end"))
    assert 'Read: "45 minutes on weekdays" -> time budget: at most 45 min on Mon' in draft
    assert "aims at a longest run of 30-35 km: the time budget holds it there" in draft


def test_a_placed_race_with_an_implausible_goal_is_a_tune_up_without_its_goal() -> None:
    # The paces drop the goal time before the race is placed: placing it must still find the
    # reader's reading of it (this raised ValueError when the paces changed the race in place).
    prompt = "Half marathon in week 6, goal 0:50:00"
    lines = make_draft(PlanParams(weeks=12, level="advanced", additional_prompt=prompt))
    assert "tune-up race: half marathon in week 6" in lines
    assert "goal time: a half marathon in 50:00 means VDOT 101" in lines
    assert "-> race: half marathon" not in lines
