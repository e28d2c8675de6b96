"""Properties over generated requests (levels, plan lengths, races from 5K to 100 miles, the
volume and runs the athlete does now, limits, comebacks): week 1 starts at the stated volume
unless the header says why not, every instruction read is kept in every week or listed as
giving way, and the validator finds no error."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agents.planning import (
    PlanParams,
    planned,
    read_plan,
    render_draft,
    structure_plan,
    validate_plan,
)
from agents.planning.core.promises import START_TOLERANCE

RACES = [
    None,
    "5K race at the end",
    "10K at the end",
    "half marathon at the end",
    "marathon at the end",
    "50K trail ultra at the end",
    "50 mile race at the end",
    "100K at the end",
    "100 miles at the end",
]
NOW = [
    "I run {km} km a week",
    "currently {mi} miles/week",
    "I'm doing {km}k a week",
    "my usual week is {km} km",
    "averaging {km} km per week",
    "these days I run about {km} km weekly",
    "{km} km a week",
    "I'm up to {km} km a week",
    "I'm averaging {km} km a week",
    "averaging about {km}k/week at the moment",
    "Mileage currently {km}-{km2} km",
]
RUNS = ["", " over {n} runs", ", {n} runs a week", ", I run {word} times a week", " in {word} runs"]
# The week's total said beside the runs, in a clause of its own.
RUNS_THEN_TOTAL = [
    "Usually {n} runs a week, around {km} km",
    "I do {n} runs per week totaling {km}km",
]
WORDS = {3: "three", 4: "four", 5: "five", 6: "six"}
LIMITS = [
    "",
    "max {cap} km a week",
    "no more than {cap} km a week",
    "nothing longer than {minutes} minutes in the first {weeks} weeks",
    "keep runs under an hour until week {weeks}",
    "max {long} minutes long run",
    "no run over {dist} km for the first {weeks} weeks",
    "nothing longer than 30 minutes in the first month",
    "keep the long run under {long} minutes",
    "no runs longer than {weekday} minutes on weekdays",
    "weekday runs under 1 hour",
]
EXTRAS = [
    "",
    "build volume gently",
    "no speed work in the first 3 weeks",
    "long run on Saturday",
    "never on Mondays",
    "two quality sessions a week",
    "coming back from a stress fracture",
    "returning from injury",
    "six months postpartum",
    "cutback every 3rd week",
    "coming back after 3 months off with a knee injury",
    "postpartum, 9 months",
    "I had my baby 10 weeks ago",
    "conservative please",
    "only easy running for 3 weeks",
    "I'd like to peak around {peak}k",
]
LEVEL_KM = {"beginner": (10, 40), "intermediate": (25, 70), "advanced": (45, 120)}
FIRST_MONDAY = datetime.date(2025, 5, 5)
ISSUE = [
    "Marathon at the end. I currently run 40 km a week over 4 runs.",
    "50 mile trail race at the end; I run 70 km a week now",
    "Returning from a stress fracture: four runs a week, no speed work in the first six weeks, "
    "build volume gently. I ran 45 km a week before it.",
    "Returning to running six months postpartum: three runs a week, nothing longer than 30 "
    "minutes in the first month. I run 12 km a week now.",
    "postpartum, 9 months, four runs a week, I run 20 km a week, max 90 minutes long run",
    "5K race at the end. I run 10 km a week. I had my baby 10 weeks ago.",
]
TRAIL_CAPPED = "50K trail ultra at the end. I run 10 km a week. max 8 km a week."
RACE_AFTER_BIRTH = "5K race at the end. I run 25 km a week over 6 runs. I had my baby 10 weeks ago."
FIVE_RUNS_CAPPED = "I run 10 km a week over 5 runs. max 8 km a week."
LONG_CAPPED = "I run 66 km a week over 5 runs. max 75 minutes long run. two quality sessions a week"
POSTPARTUM_THREE_RUNS = "I run 33 km a week over 3 runs. postpartum, 9 months."
TWO_SESSIONS_IN_FOUR = "I run 59 km a week over 4 runs. two quality sessions a week."
SIX_RUNS_AFTER_BIRTH = (
    "half marathon at the end. I run 25 km a week over 6 runs. I had my baby 10 weeks ago."
)


@st.composite
def requests(draw: st.DrawFn) -> PlanParams:
    level = draw(st.sampled_from(["beginner", "intermediate", "advanced"]))
    low, high = LEVEL_KM[level]
    km = draw(st.integers(min_value=low, max_value=high))
    now = draw(st.sampled_from(NOW)).format(km=km, mi=round(km / 1.609), km2=km + 5)
    runs = draw(st.integers(min_value=3, max_value=6))
    now += draw(st.sampled_from(RUNS)).format(n=runs, word=WORDS[runs])
    if draw(st.booleans()) and draw(st.booleans()):
        now = draw(st.sampled_from(RUNS_THEN_TOTAL)).format(n=runs, km=km)
    limit = draw(st.sampled_from(LIMITS)).format(
        cap=km + draw(st.integers(min_value=-10, max_value=30)),
        minutes=draw(st.sampled_from([30, 40, 45])),
        weeks=draw(st.integers(min_value=1, max_value=6)),
        long=draw(st.sampled_from([75, 90, 120])),
        dist=draw(st.sampled_from([8, 10, 12])),
        weekday=draw(st.sampled_from([45, 60, 90])),
    )
    extra = draw(st.sampled_from(EXTRAS)).format(peak=km + draw(st.integers(0, 40)))
    parts = [draw(st.sampled_from(RACES)), now, limit, extra]
    offset = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=6)))
    return PlanParams(
        weeks=draw(st.integers(min_value=1, max_value=52)),
        level=level,
        additional_prompt=". ".join(p for p in draw(st.permutations(parts)) if p) + ".",
        start_date=None if offset is None else FIRST_MONDAY + datetime.timedelta(days=offset),
    )


@settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(requests())
@example(PlanParams(weeks=12, level="intermediate", additional_prompt=ISSUE[0]))
@example(PlanParams(weeks=24, level="advanced", additional_prompt=ISSUE[1]))
@example(PlanParams(weeks=10, level="intermediate", additional_prompt=ISSUE[2]))
@example(PlanParams(weeks=12, level="beginner", additional_prompt=ISSUE[3]))
@example(PlanParams(weeks=12, level="intermediate", additional_prompt=ISSUE[4]))
@example(PlanParams(weeks=1, level="beginner", additional_prompt=ISSUE[5]))  # race while walking
# Found by this test: a long-run cap holds the other runs too, so week 1 gives way (and says).
@example(PlanParams(weeks=1, level="intermediate", additional_prompt=LONG_CAPPED))
# And: the shortest runs of a count over the weekly cap; the week keeps the cap, fewer runs.
@example(PlanParams(weeks=1, level="beginner", additional_prompt=FIVE_RUNS_CAPPED))
# And: a race at the end of a return to running has no load to taper from.
@example(PlanParams(weeks=9, level="intermediate", additional_prompt=RACE_AFTER_BIRTH))
# And: a session too big for a capped week becomes an easy run where the easy runs are.
@example(PlanParams(weeks=2, level="beginner", additional_prompt=TRAIL_CAPPED))
# And: a returning athlete's three runs hold no long run, so they hold less than the volume.
@example(PlanParams(weeks=1, level="beginner", additional_prompt=POSTPARTUM_THREE_RUNS))
# And: after run-walk, six short runs outgrew the ramp by 60%; runs drop until it holds.
@example(PlanParams(weeks=10, level="intermediate", additional_prompt=SIX_RUNS_AFTER_BIRTH))
# And: two sessions in four runs left one easy run beside a long run sized for one session.
@example(PlanParams(weeks=1, level="intermediate", additional_prompt=TWO_SESSIONS_IN_FOUR))
def test_plans_keep_what_they_read_and_start_where_the_athlete_is(params: PlanParams) -> None:
    made = planned(params)
    plan, promises = made.plan, made.promises
    result = structure_plan(plan, params)
    errors = [v for v in validate_plan(result, params, promises) if v.severity == "error"]
    assert errors == []
    assert read_plan(render_draft(plan)) == plan
    reads = [n for n in plan.notes if n.startswith("Read:")]
    for promise in promises:
        # Each promise is an instruction the header says it read...
        assert any(f'"{promise.quote[:40]}' in line for line in reads), promise.quote
        # ...and each week it gives way is said, with why.
        for override in promise.overrides:
            assert any(override.why in n and n.startswith("Note:") for n in plan.notes)
    start = next((p for p in promises if p.kind == "start-km"), None)
    if start is None:  # only an example without a volume said for now (a comeback's before)
        assert "now" not in (params.additional_prompt or "")
        return
    assert start.metres is not None
    if start.applies(1, params.weeks):
        week_1 = sum(d.distance_m for d in plan.weeks[0].days if d.kind != "race")
        assert abs(week_1 - start.metres) <= start.metres * START_TOLERANCE
    else:
        # When the plan cannot start there, the header says why (a lighter first week where
        # the rules call for one): a start mid-week, run-walk or walking first, a limit
        # below it, run or time limits in week 1, a one-week plan that is the race week.
        whys = [o.why for o in start.overrides]
        assert any(n.startswith("Note:") and whys[0] in n for n in plan.notes)


# Where two sessions in four runs fell short before, unsaid: 59-74 km for intermediates, 67-80
# km for advanced runners (three sessions asked are capped at two). Week 1 starts at the volume
# said, or the header says what four runs hold (easy runs of at most 100 minutes, a long run
# within 35% of the week, first-week sessions of 50 minutes).
@pytest.mark.parametrize(
    ("level", "km", "sessions", "weeks"),
    [
        ("intermediate", 59, "two", 1),
        ("intermediate", 61, "two", 2),
        ("intermediate", 66, "two", 3),
        ("intermediate", 74, "three", 2),
        ("advanced", 67, "two", 4),
        ("advanced", 80, "two", 1),
        ("advanced", 72, "three", 2),
    ],
)
def test_two_sessions_in_four_runs_start_at_the_volume_said(
    level: str, km: int, sessions: str, weeks: int
) -> None:
    prompt = f"I run {km} km a week over 4 runs. {sessions} quality sessions a week."
    params = PlanParams(weeks=weeks, level=level, additional_prompt=prompt)
    made = planned(params)
    result = structure_plan(made.plan, params)
    assert [v for v in validate_plan(result, params, made.promises) if v.severity == "error"] == []
    days = made.plan.weeks[0].days
    start = next(p for p in made.promises if p.kind == "start-km")
    if start.applies(1, weeks):
        assert abs(sum(d.distance_m for d in days) - km * 1000) <= km * 1000 * START_TOLERANCE
    else:
        assert any(n.startswith("Note: 4 runs a week hold about") for n in made.plan.notes)
    assert sum(d.is_quality for d in days) == 2
    long_run = next(d for d in days if d.kind == "long")
    assert all(d.duration_min <= long_run.duration_min for d in days)  # none outgrows it


# Found beside them: a long run cut to its share after the easy run was sized left the easy
# run longer (46-48 km over 3 runs for intermediates).
@pytest.mark.parametrize(
    "prompt",
    [
        "I run 46 km a week over 3 runs.",
        "half marathon at the end. I run 48 km a week over 3 runs. one quality session a week.",
        TWO_SESSIONS_IN_FOUR,
    ],
)
def test_no_easy_run_outgrows_the_first_long_run(prompt: str) -> None:
    plan = planned(PlanParams(weeks=4, level="intermediate", additional_prompt=prompt)).plan
    week_1 = plan.weeks[0].days
    long_run = next(d for d in week_1 if d.kind == "long")
    assert all(d.duration_min <= long_run.duration_min for d in week_1 if d.kind == "easy")


@settings(max_examples=60, deadline=None, database=None)
@given(requests())
def test_every_week_keeps_the_runs_it_promised(params: PlanParams) -> None:
    """The runs promised in every week they apply to; without a count, no running week
    (a first week started mid-week aside) drops below three runs, cutbacks and races too."""
    made = planned(params)
    runs = next((p for p in made.promises if p.kind == "runs"), None)
    partial = params.start_date is not None and params.start_date.isoweekday() > 1
    for week in made.plan.weeks:
        counted = sum(d.kind not in ("cross-training", "walk") for d in week.days)
        if runs is not None and runs.applies(week.number, params.weeks):
            assert counted == runs.value, (week.number, week.cutback, week.phase)
        elif counted and not (week.number == 1 and partial):
            assert counted >= 3, (week.number, week.cutback, week.phase)
