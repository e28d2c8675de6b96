"""A sixth round of instructions as coaches write them: a kind of session not wanted ("no tempo
runs", "avoid hills"), easy running only said otherwise, the volume now with no week said
("Currently at 35km"), a volume held in every week, a week said as its runs ("one long run and
two easy runs each week"), cross-training on days or as a count, a race with its week after it,
and floors, paces and counts of long runs that are no limits at all. Each is kept in every week
of the plan, or shown back; none is read as something else."""

from __future__ import annotations

import itertools

import pytest
from planning_helpers import km_run, valid_plan

from agents.planning.core.plan import Plan
from agents.planning.instructions.readers import read_instructions

RUN_KINDS_EASY = {"easy", "long", "recovery", "rest", "race", "cross-training"}


def _run_days(plan: Plan) -> list[set[int]]:
    return [
        {d.weekday for d in w.days if d.kind not in ("rest", "cross-training")} for w in plan.weeks
    ]


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        ("no tempo runs", "tempo"),
        ("no tempo", "tempo"),
        ("No tempos please", "tempo"),
        ("I hate tempo runs", "tempo"),
        ("I don't like tempo runs", "tempo"),
        ("skip tempo runs", "tempo"),
        ("no threshold work", "tempo"),
        ("no hills", "hills"),
        ("avoid hills", "hills"),
        ("no hill repeats", "hills"),
        ("I hate hills", "hills"),
        ("no hilly routes", "hills"),
        ("no fartlek", "fartlek"),
        ("no fartleks please", "fartlek"),
        ("not a fan of intervals", "intervals"),
        ("no vo2max work", "intervals"),
        ("I really dislike track work", "intervals"),
    ],
)
@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_a_kind_not_wanted_is_never_planned_and_sessions_stay(
    prompt: str, kind: str, level: str
) -> None:
    found = read_instructions(prompt, None)
    assert kind in found.avoided and not found.not_applied, found.readings
    assert found.no_speed_weeks == 0 and not found.hills  # not 'no quality', never hills
    plan = valid_plan(prompt + ". Half marathon at the end", weeks=14, level=level)
    kinds = [{d.kind for d in w.days} for w in plan.weeks]
    for week in kinds:
        assert kind not in week and not (kind == "intervals" and "repetition" in week), week
    assert any(week - RUN_KINDS_EASY for week in kinds)  # other sessions take their place


def test_no_tempo_on_a_day_is_a_wish_shown_back_not_a_kind_never_planned() -> None:
    found = read_instructions("no tempo on tuesdays", None)
    assert not found.avoided and found.not_applied


@pytest.mark.parametrize(
    "prompt",
    [
        "only easy running",
        "easy runs only",
        "just easy miles please",
        "just easy running",
        "only easy runs",
        "all easy running please",
        "easy only for now",
        "no interval training",
    ],
)
def test_easy_running_only_said_otherwise_holds_every_week(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.no_speed_weeks >= 52 and not found.not_applied, found.readings
    for week in valid_plan(prompt + ". 10k at the end").weeks:
        assert {d.kind for d in week.days} <= RUN_KINDS_EASY, week


@pytest.mark.parametrize(
    "prompt",
    [
        "never two hard days back to back",
        "never 2 hard days back to back",
        "no two hard days in a row",
        "no consecutive hard days",
    ],
)
def test_hard_days_never_together_is_hard_easy_not_a_count(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.hard_easy and found.quality_per_week is None, found.readings
    for week in valid_plan(prompt).weeks:
        hard = sorted(d.weekday for d in week.days if d.is_hard or d.kind == "long")
        assert all(b - a > 1 for a, b in itertools.pairwise(hard)), week


@pytest.mark.parametrize(
    "prompt",
    [
        "no runs shorter than 30 min",
        "no runs under 20 minutes",
        "no run shorter than 5 km",
        "no run under 5 km",
        "minimum 5k per run",
        "runs of at least 30 min",
        "easy runs at 9:30/mi",
        "easy pace around 5:45/km",
        "long runs at 10:00/mile",
        "no more than one run over 90 minutes per week",
        "no more than two runs over an hour per week",
    ],
)
def test_a_floor_a_pace_or_a_count_of_long_runs_is_shown_back_never_a_limit(prompt: str) -> None:
    """They were read backwards: a floor as a ceiling on every run, a pace as a 570-minute run
    limit, 'one run over 90 minutes per week' as a 90-minute week, '5 km' as a 5K race."""
    found = read_instructions(prompt, None)
    assert found.run_limits == [] and found.week_max_min is None, found.readings
    assert found.runs_max is None and found.race is None and found.day_max_min == {}
    assert any(prompt in line for line in found.not_applied)
    valid_plan(prompt)  # and the plan keeps every promise it makes


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("never more than 2 hours per run", 120),
        ("never more than 3 hours per run", 180),
        ("never more than 90 min per run", 90),
    ],
)
def test_never_more_than_a_time_per_run_holds_every_run(prompt: str, minutes: int) -> None:
    found = read_instructions(prompt, None)
    assert [limit.seconds for limit in found.run_limits] == [minutes * 60]
    plan = valid_plan("Marathon at the end. " + prompt, weeks=16, level="advanced")
    assert all(d.duration_min <= minutes for w in plan.weeks for d in w.days if d.kind != "race")


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("Currently at 35km", 35),
        ("currently at 35 km/week", 35),
        ("currently at 35k", 35),
        ("currently at 28 miles", 45.06),
        ("I'm at 25 miles", 40.23),
        ("I'm currently at 40k", 40),
        ("now at 30 mi/wk", 48.28),
        ("weekly volume now: 50k", 50),
        ("weekly mileage now 32 mi", 51.5),
        ("weekly: 50 km", 50),
        ("weekly 40-45 km", 42.5),
    ],
)
def test_the_volume_now_with_no_week_said_is_a_base_not_a_cap(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(km, rel=0.01), found.readings
    assert found.peak_km is None and not found.not_applied
    volumes = km_run(valid_plan(prompt))
    assert volumes[0] == pytest.approx(km, rel=0.12)
    assert max(volumes) > km  # the plan builds from it: no cap was said


def test_a_small_amount_now_may_be_a_run_and_is_no_volume() -> None:
    assert read_instructions("currently at 5k", None).current_km is None


@pytest.mark.parametrize(
    ("prompt", "low", "high"),
    [
        ("hold 40km/wk for the whole plan", 40, 40),
        ("hold 35 km a week", 35, 35),
        ("maintain 25 miles/week", 40.2, 40.2),
        ("I run 30 km a week for the whole plan", 30, 30),
        ("keep mileage at 45km throughout", 45, 45),
        ("keep it between 30 and 35 miles a week", 48.3, 56.3),
        ("keep between 40 and 45 km a week", 40, 45),
        ("stay between 20-25 mi per week", 32.2, 40.2),
    ],
)
def test_a_volume_held_stays_there_in_every_week(prompt: str, low: float, high: float) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_is_limit and found.peak_km is not None, found.readings
    assert low - 0.5 <= found.peak_km <= high + 0.5 and found.current_km == found.peak_km
    volumes = km_run(valid_plan(prompt))
    assert low * 0.9 <= volumes[0] <= high + 0.5
    assert all(volume <= high + 0.5 for volume in volumes), volumes


@pytest.mark.parametrize(
    ("prompt", "runs", "easy_only"),
    [
        ("one long run and two easy runs each week", 3, True),
        ("two easy runs and a long run every week", 3, True),
        ("two easy runs plus one long run weekly", 3, True),
        ("one long run and three easy runs a week", 4, True),
        ("a long run and 2 easy runs", 3, True),
        ("1 long run, 2 easy runs and 1 tempo each week", 4, False),
        ("3 easy runs, 1 long run and 1 tempo per week", 5, False),
    ],
)
def test_a_week_said_as_its_runs_is_that_week_every_week(
    prompt: str, runs: int, easy_only: bool
) -> None:
    found = read_instructions(prompt, None)
    assert found.runs_per_week == runs and not found.not_applied, found.readings
    plan = valid_plan(prompt)
    assert all(len(days) == runs for days in _run_days(plan))
    for week in plan.weeks:
        kinds = {d.kind for d in week.days}
        assert (kinds <= RUN_KINDS_EASY) if easy_only else "tempo" in kinds, week


def test_the_brief_s_example_is_kept_whole() -> None:
    prompt = "Currently at 35km. No tempo runs. One long run and two easy runs each week"
    found = read_instructions(prompt, None)
    assert (found.current_km, found.runs_per_week, found.avoided) == (35, 3, {"tempo"})
    assert not found.not_applied
    plan = valid_plan(prompt)
    assert km_run(plan)[0] == pytest.approx(35, rel=0.12)
    for week in plan.weeks:
        assert len(_run_days(plan)[week.number - 1]) == 3
        assert {d.kind for d in week.days} <= RUN_KINDS_EASY


@pytest.mark.parametrize(
    ("prompt", "days", "activity"),
    [
        ("bike on Wednesdays", {3}, "bike"),
        ("cycling on Wed", {3}, "bike"),
        ("spin class on Mondays", {1}, "bike"),
        ("I swim on Fridays", {5}, "swim"),
        ("swimming Wednesday", {3}, "swim"),
        ("swim mondays and fridays", {1, 5}, "swim"),
        ("bike on tuesdays and thursdays", {2, 4}, "bike"),
        ("yoga on Sundays", {7}, "yoga"),
        ("pilates on thursdays", {4}, "yoga"),
        ("gym Mon and Thu", {1, 4}, "strength"),
        ("I cross train on fridays", {5}, "cross-training"),
        ("cross-training on Saturdays", {6}, "cross-training"),
    ],
)
def test_cross_training_on_days_named_is_there_every_week_and_no_run(
    prompt: str, days: set[int], activity: str
) -> None:
    found = read_instructions(prompt, None)
    assert found.cross_days == dict.fromkeys(days, activity) and not found.not_applied
    plan = valid_plan(prompt)
    for week, runs in zip(plan.weeks, _run_days(plan), strict=True):
        cross = {d.weekday for d in week.days if d.kind == "cross-training"}
        assert cross == days and not runs & days, week
        assert all(d.activity == activity for d in week.days if d.kind == "cross-training")


@pytest.mark.parametrize(
    ("prompt", "count", "activity", "level"),
    [
        ("strength training twice a week", 2, "strength", "beginner"),
        ("strength twice a week", 2, "strength", "intermediate"),
        ("gym 2x a week", 2, "strength", "beginner"),
        ("core work 2x per week", 2, "strength", "intermediate"),
        ("weights once a week", 1, "strength", "advanced"),
        ("include strength work", 1, "strength", "intermediate"),
        ("I do yoga once a week", 1, "yoga", "intermediate"),
        ("elliptical once a week", 1, "elliptical", "intermediate"),
        ("add one cross training day", 1, "cross-training", "intermediate"),
        ("I want to bike once a week instead of running", 1, "bike", "intermediate"),
    ],
)
def test_cross_training_a_week_is_on_free_days_or_after_an_easy_run(
    prompt: str, count: int, activity: str, level: str
) -> None:
    found = read_instructions(prompt, None)
    assert found.cross_sessions == [activity] * count and not found.not_applied
    assert found.runs_per_week is None  # 'core work 2x per week' is no count of runs
    plan = valid_plan(prompt, level=level)
    for week in plan.weeks:
        cross = [d for d in week.days if d.kind == "cross-training"]
        assert len(cross) == count and all(d.activity == activity for d in cross), week
        hard = {d.weekday for d in week.days if d.is_hard or d.kind in ("long", "race")}
        assert not hard & {d.weekday for d in cross}, week  # never beside a session


def test_cross_training_with_no_free_day_follows_an_easy_run() -> None:
    plan = valid_plan("cross-train twice a week. 6 runs a week", level="advanced")
    for week in plan.weeks:
        cross = [d for d in week.days if d.kind == "cross-training"]
        easy = {d.weekday for d in week.days if d.kind in ("easy", "recovery")}
        assert len(cross) == 2 and all(d.weekday in easy for d in cross[1:]), week


def test_a_taste_for_another_sport_asks_for_no_day() -> None:
    found = read_instructions("I also like swimming on Fridays", None)
    assert not found.cross_days and found.not_applied


@pytest.mark.parametrize(
    ("prompt", "week"),
    [
        ("half marathon on week 10", 10),
        ("half marathon week 10", 10),
        ("10k on week 5", 5),
        ("5k race week 3 as a tune up", 3),
        ("marathon on week 16", 16),
    ],
)
def test_a_race_with_its_week_is_raced_that_week(prompt: str, week: int) -> None:
    found = read_instructions(prompt, None)
    race = found.race or found.tune_ups[0][0]
    assert race.week == week and not found.not_applied, found.readings
    assert "race day in that week" in found.readings[0]
    plan = valid_plan(prompt, weeks=18, level="advanced")
    assert "race" in {d.kind for d in plan.weeks[week - 1].days}


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("my long run is 14 km", 14),
        ("longest run 18 mi", 28.97),
        ("I run 40 km a week. My long run is 16 km", 16),
    ],
)
def test_a_long_run_now_the_week_cannot_hold_is_shown_back(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_long_km == pytest.approx(km, rel=0.01) and found.run_limits == []
    plan = valid_plan(prompt)
    first = next(d for w in plan.weeks for d in w.days if d.kind == "long")
    assert first.distance_m < km * 1000 * 0.85
    assert any(n.startswith("Note: the first long run is") for n in plan.notes)


def test_a_long_run_now_the_week_holds_needs_no_note() -> None:
    plan = valid_plan("I run 50 km a week, long run 14 km")
    assert not any(n.startswith("Note: the first long run is") for n in plan.notes)


@pytest.mark.parametrize("prompt", ["no strides", "no strides please", "skip the strides"])
@pytest.mark.parametrize("level", ["beginner", "advanced"])
def test_no_strides_is_no_strides_in_any_week(prompt: str, level: str) -> None:
    """'no strides' was read as strides after some easy runs."""
    found = read_instructions(prompt, None)
    assert "strides" in found.avoided and not found.strides, found.readings
    plan = valid_plan(prompt + ". 10k at the end", level=level)
    assert all(d.strides == 0 for w in plan.weeks for d in w.days)


@pytest.mark.parametrize(
    ("prompt", "kind", "count"),
    [
        ("intervals once a week", "intervals", 1),
        ("tempo twice a week", "tempo", 2),
        ("a tempo run once a week", "tempo", 1),
        ("hills once a week", "hills", 1),
    ],
)
def test_a_session_once_or_twice_a_week_is_a_count_of_that_kind(
    prompt: str, kind: str, count: int
) -> None:
    found = read_instructions(prompt, None)
    assert found.quality_counts == {kind: count} and not found.not_applied, found.readings
    plan = valid_plan(prompt, level="advanced")
    for week in plan.weeks[1:]:
        assert sum(d.kind == kind for d in week.days) >= 1, week


@pytest.mark.parametrize(
    ("prompt", "runs"), [("i do about 6 runs/wk", 6), ("runnin 4 days a wk", 4)]
)
def test_runs_a_wk_are_runs_a_week(prompt: str, runs: int) -> None:
    found = read_instructions(prompt, None)
    assert runs in (found.runs_per_week, found.current_runs) and not found.not_applied


def test_hours_running_per_week_with_limit_words_is_a_budget() -> None:
    prompt = "no more than 5 hours running per week"
    found = read_instructions(prompt, None)
    assert found.week_max_min == 300 and not found.not_applied
    plan = valid_plan(prompt)
    assert all(sum(d.duration_min for d in w.days) <= 300 * 1.02 for w in plan.weeks)


def test_the_week_run_now_as_its_runs_is_where_week_1_starts_not_easy_only() -> None:
    prompt = "I do a long run on Sunday and 2 easy runs midweek"
    found = read_instructions(prompt, None)
    assert found.current_runs == 3 and found.runs_per_week is None
    assert found.no_speed_weeks == 0 and found.long_run_day == 7 and not found.not_applied
    plan = valid_plan(prompt)
    assert len(_run_days(plan)[0]) == 3
    assert all([d.weekday for d in w.days if d.kind == "long"] in ([7], []) for w in plan.weeks)


def test_a_week_listed_keeps_the_long_run_day_it_names() -> None:
    prompt = "a long run on saturday and 2 easy runs each week"
    found = read_instructions(prompt, None)
    assert (found.runs_per_week, found.long_run_day) == (3, 6) and not found.not_applied
    for week in valid_plan(prompt).weeks:
        assert [d.weekday for d in week.days if d.kind == "long"] in ([6], [])


@pytest.mark.parametrize(
    ("prompt", "kinds"),
    [
        ("no hills or tempo", {"hills", "tempo"}),
        ("no tempo/fartlek", {"tempo", "fartlek"}),
        ("no hill repeats or intervals", {"hills", "intervals"}),
        ("no tempo, no hills", {"tempo", "hills"}),
    ],
)
def test_several_kinds_not_wanted_are_each_never_planned(prompt: str, kinds: set[str]) -> None:
    """'no hills or tempo' was read as hill repeats."""
    found = read_instructions(prompt, None)
    assert kinds <= found.avoided and not found.hills and not found.not_applied
    plan = valid_plan(prompt + ". Half marathon at the end", weeks=14, level="advanced")
    assert not kinds & {d.kind for w in plan.weeks for d in w.days}


@pytest.mark.parametrize(
    "prompt",
    ["hills are hard for me", "no strides before week 4", "runs no shorter than 20 minutes"],
)
def test_a_refusal_or_a_floor_is_shown_back_never_added(prompt: str) -> None:
    """They were read as hill repeats, strides, and a ceiling of 20 minutes on every run."""
    found = read_instructions(prompt, None)
    assert not found.hills and not found.strides and found.run_limits == []
    assert any(prompt in line for line in found.not_applied)


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        ("I'd rather not do tempo runs", "tempo"),
        ("can we avoid fartleks", "fartlek"),
        ("drop the hills", "hills"),
        ("no more tempo", "tempo"),
    ],
)
def test_a_kind_not_wanted_said_politely_is_still_not_planned(prompt: str, kind: str) -> None:
    found = read_instructions(prompt, None)
    assert kind in found.avoided and not found.not_applied
    assert kind not in {d.kind for w in valid_plan(prompt, level="advanced").weeks for d in w.days}


def test_a_count_of_a_kind_also_banned_applies_and_the_ban_is_shown_back() -> None:
    """'no tempo runs. 1 tempo a week': the tempo was silently swapped for a fartlek."""
    prompt = "no tempo runs. 1 tempo a week"
    found = read_instructions(prompt, None)
    assert not found.avoided and found.quality_counts == {"tempo": 1}
    assert any("no tempo runs" in line for line in found.not_applied)
    plan = valid_plan(prompt, level="advanced")
    assert all("tempo" in {d.kind for d in w.days} for w in plan.weeks[1:-1])


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("limit mileage to 35 miles", 56.33),
        ("limit weekly volume to 50 km", 50),
        ("max 40mi/wk", 64.37),
        ("don't let it go above 55 km/week", 55),
        ("weekly mileage cap 70 km", 70),
    ],
)
def test_a_volume_limit_holds_every_week(prompt: str, km: float) -> None:
    """'limit mileage to 35 miles' was read as the volume now, and the plan built past it."""
    found = read_instructions(prompt, None)
    assert found.peak_km == pytest.approx(km, rel=0.01) and found.peak_is_limit
    assert found.current_km is None and not found.not_applied
    plan = valid_plan("Marathon at the end. " + prompt, weeks=16, level="advanced")
    training = [sum(d.distance_m for d in w.days if d.kind != "race") / 1000 for w in plan.weeks]
    assert all(volume <= km + 0.5 for volume in training), training  # the race itself aside


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("current long run 90 minutes", 90),
        ("my long run is currently 1h30", 90),
        ("my long run is 2 hours", 120),
        ("my longest run recently was 2 hours", 120),
    ],
)
def test_the_long_run_now_by_time_is_where_it_starts_not_a_cap(prompt: str, minutes: int) -> None:
    """They were shown back; a time said of the long run now is never a limit on it."""
    found = read_instructions(prompt, None)
    assert found.current_long_min == minutes and found.run_limits == [], found.readings
    assert not found.not_applied
    plan = valid_plan("I run 50 km a week. " + prompt)
    first = next(d for w in plan.weeks for d in w.days if d.kind == "long")
    shown = any(n.startswith("Note: the first long run is") for n in plan.notes)
    assert first.duration_min >= minutes * 0.8 or shown  # starts there, or says why not


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("longest run so far: 16 km", 16),
        ("Long run at the moment is about 10 miles", 16.09),
        ("longest recent run was 21k", 21),
    ],
)
def test_the_long_run_now_said_otherwise_is_read(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_long_km == pytest.approx(km, rel=0.01) and not found.not_applied
    assert found.run_limits == []


def test_a_clock_time_after_a_volume_is_never_a_bare_volume() -> None:
    """'I run 50 km a week. my long run is currently 1h30' read '30' as 30 km a week now."""
    found = read_instructions("I run 50 km a week. my long run is currently 1h30", None)
    assert found.current_km == 50 and found.current_long_min == 90


@pytest.mark.parametrize(
    ("prompt", "metres", "seconds"),
    [("long run 18 mi max", 28962, None), ("long runs: 2h30 tops", None, 9000)],
)
def test_a_long_run_amount_followed_by_max_is_a_cap_not_the_long_run_now(
    prompt: str, metres: int | None, seconds: int | None
) -> None:
    """'long run 18 mi max' was read as a 29 km long run now."""
    found = read_instructions(prompt, None)
    assert found.current_long_km is None and len(found.run_limits) == 1
    limit = found.run_limits[0]
    assert limit.long_only and (limit.metres, limit.seconds) == (metres, seconds)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Currently 35 km", 35),
        ("currently 12 km long run", None),
        ("I can currently run 5 km", None),
    ],
)
def test_currently_and_an_amount_alone_is_the_week_now(prompt: str, expected: float | None) -> None:
    assert read_instructions(prompt, None).current_km == expected


@pytest.mark.parametrize(
    ("prompt", "runs"),
    [("2 easy + 1 long every week", 3), ("One long run plus two easy runs each week", 3)],
)
def test_a_week_listed_in_shorthand_is_that_many_easy_runs(prompt: str, runs: int) -> None:
    found = read_instructions(prompt, None)
    assert found.runs_per_week == runs and found.no_speed_weeks >= 52 and not found.not_applied


def test_dont_include_a_kind_is_that_kind_never_planned() -> None:
    found = read_instructions("Please don't include tempo runs", None)
    assert found.avoided == {"tempo"} and not found.not_applied


@pytest.mark.parametrize("level", ["beginner", "advanced"])
def test_cross_training_in_a_run_walk_start_is_no_running_without_a_walk(level: str) -> None:
    """A 45-minute elliptical session in week 1 was an error of the run-walk start."""
    plan = valid_plan(
        "elliptical once a week. I can run 20 minutes continuously", weeks=16, level=level
    )
    assert all(sum(d.kind == "cross-training" for d in w.days) == 1 for w in plan.weeks)


@pytest.mark.parametrize(
    "prompt",
    [
        "I run 40 km a week. I can't run 30 minutes non-stop yet",
        "I do around 4 runs a week, 35-40 km. I can't run 30 minutes non-stop yet",
    ],
)
def test_a_volume_now_beside_short_continuous_runs_gives_way_and_says_why(prompt: str) -> None:
    """The plan broke its own promise of week 1 at the volume said, with no line saying why."""
    plan = valid_plan(prompt, weeks=16, level="beginner")
    assert any("gives way in week 1" in note for note in plan.notes)


def test_a_volume_now_a_short_long_run_and_few_runs_cannot_hold_gives_way_and_says_why() -> None:
    """'I run 20 miles a week. my long run is 6 miles. 3 runs a week' (beginner) broke the
    plan's own start promise with no line saying why."""
    prompt = "I run 20 miles a week. my long run is 6 miles. 3 runs a week"
    plan = valid_plan(prompt, level="beginner")
    assert any("gives way in week 1" in note for note in plan.notes)


def test_cross_training_of_two_sports_adds_up_and_too_many_are_shown_back() -> None:
    found = read_instructions("strength twice a week, swim once a week", None)
    assert sorted(found.cross_sessions) == ["strength", "strength", "swim"]
    assert not found.not_applied
    many = read_instructions("swim 5 times a week", None)
    assert many.cross_sessions == ["swim"] * 3 and many.not_applied


@pytest.mark.parametrize(
    ("prompt", "level"),
    [
        ("6 weeks off with a broken foot. gym Mon and Thu", "advanced"),
        ("cant run more than 10 min yet. no running on Mondays and Thursdays", "advanced"),
        ("I had a stress fracture in my tibia. bike on Wednesdays", "intermediate"),
    ],
)
def test_run_walk_days_stay_alternate_around_days_without_running(prompt: str, level: str) -> None:
    """Rest or cross-training days left run-walk days side by side (a promise broken)."""
    plan = valid_plan(prompt, weeks=12, level=level)
    for week in plan.weeks:
        walks = sorted(d.weekday for d in week.days if d.kind == "run-walk")
        assert all(b - a >= 2 for a, b in itertools.pairwise(walks)), week
