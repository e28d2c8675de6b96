"""An eighth round: a session named on a day ("tempo on Thursdays", "track Tuesdays",
"strides after Friday's easy run", "parkrun every Saturday") is kept on that day in every
week, or the plan's notes say which week gives way and why; cutback rhythms said as a
pattern ("3 up 1 down", "cutback every 2 weeks", "no cutback weeks")."""

from __future__ import annotations

import pytest
from planning_helpers import valid_plan

LEVELS = ["beginner", "intermediate", "advanced"]
HELD = {"tempo": ("tempo",), "intervals": ("intervals", "repetition"), "hills": ("hills",)}
HELD["parkrun"] = ("time-trial",)


def _kept_or_said(prompt: str, kind: str, day: int, weeks: int, level: str) -> None:
    plan = valid_plan(prompt, weeks, level)
    for week in plan.weeks:
        there = [d for d in week.days if d.weekday == day]
        if kind in ("strides", "trail"):
            kept = any(getattr(d, kind) for d in there)
        else:
            kept = any(d.kind in HELD[kind] for d in there)
        said = any(
            "gives way in" in n and f"the {kind} on" in n and _in(week.number, n)
            for n in plan.notes
        )
        assert kept or said, (week.number, [(d.weekday, d.kind) for d in week.days], plan.notes)


def _in(week: int, note: str) -> bool:
    """The week is in the note's 'week 3' / 'weeks 1-4, 8' span."""
    span = note.split("gives way in ", 1)[1].split(":", 1)[0]
    for part in span.replace("weeks ", "").replace("week ", "").split(", "):
        first, _, last = part.partition("-")
        if int(first) <= week <= int(last or first):
            return True
    return False


@pytest.mark.parametrize(
    ("prompt", "kind", "day"),
    [
        ("tempo on Thursdays", "tempo", 4),
        ("intervals every Tuesday", "intervals", 2),
        ("track Tuesdays", "intervals", 2),
        ("hills on Wednesdays", "hills", 3),
        ("Thursday tempo run", "tempo", 4),
        ("1 tempo per week on Thursday", "tempo", 4),
        ("strides after Friday's easy run", "strides", 5),
        ("parkrun every Saturday", "parkrun", 6),
        ("tempo on Saturdays", "tempo", 6),
        ("trail runs on Saturdays", "trail", 6),
        ("trail run every Sunday", "trail", 7),
        ("I do parkrun most Saturdays", "parkrun", 6),
        ("Tuesday night track with the club", "intervals", 2),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("weeks", [8, 16])
def test_a_session_named_on_a_day_is_on_that_day_every_week_or_said(
    prompt: str, kind: str, day: int, level: str, weeks: int
) -> None:
    """FIXED: the day was shown back (or, for strides, dropped silently) and the session
    went wherever the plan chose."""
    plan = valid_plan(prompt, weeks, level)
    assert not any(f'"{prompt}"' in n and "Not applied" in n for n in plan.notes), plan.notes
    assert any("every week" in n for n in plan.notes), plan.notes
    _kept_or_said(prompt, kind, day, weeks, level)
    held = [w for w in plan.weeks if any(d.weekday == day for d in w.days)]
    assert len(held) >= weeks - 2  # the day is a run day in nearly every week


@pytest.mark.parametrize("level", LEVELS)
def test_a_hard_session_said_beside_the_long_run_moves_the_long_run(level: str) -> None:
    """FIXED: 'tempo on Saturdays' put the tempo next to a Sunday long run (or elsewhere)."""
    plan = valid_plan("tempo on Saturdays", 12, level)
    assert any("the long run moves to" in n for n in plan.notes), plan.notes
    for week in plan.weeks:
        longs = [d.weekday for d in week.days if d.kind == "long"]
        assert all(abs(day - 6) > 1 for day in longs), week


@pytest.mark.parametrize(
    ("prompt", "quote"),
    [
        ("long run on Sunday. tempo on Saturdays", "tempo on Saturdays"),
        ("tempo Monday, long run sunday", "tempo Monday"),
    ],
)
def test_a_hard_session_beside_a_long_run_day_said_is_shown_back(prompt: str, quote: str) -> None:
    plan = valid_plan(prompt, 12, "beginner")
    assert any(f'"{quote}"' in n and "beside the long run" in n for n in plan.notes)


def test_a_session_on_a_rest_day_is_shown_back() -> None:
    plan = valid_plan("no running on Thursdays. tempo on Thursdays", 12)
    assert any('"tempo on Thursdays"' in n and "without running" in n for n in plan.notes)
    assert all(d.weekday != 4 for w in plan.weeks for d in w.days)


@pytest.mark.parametrize(
    ("prompt", "every"),
    [
        ("3 up 1 down", 4),
        ("3:1 loading", 4),
        ("2 weeks up, 1 week down", 3),
        ("3 weeks on, 1 week off", 4),
        ("three weeks build then one week recovery", 4),
        ("cutback every 2 weeks", 2),
        ("easy week every 3 weeks", 3),
        ("rest week every 4 weeks", 4),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("weeks", [8, 12, 18])
def test_a_cutback_rhythm_said_as_a_pattern_is_kept(
    prompt: str, every: int, level: str, weeks: int
) -> None:
    """FIXED: these were shown back as not understood (or every 2 weeks refused)."""
    plan = valid_plan(prompt + ". half marathon at the end", weeks, level)
    assert any(f"a cutback week every {every} weeks" in n for n in plan.notes), plan.notes
    km = [sum(d.distance_m for d in w.days) for w in plan.weeks]
    for start in range(1, weeks - every + 1):  # a lighter week in every `every` weeks in a row
        window = range(start, start + every)
        assert any(km[i] < km[i - 1] * 0.9 for i in window), (start, km)


@pytest.mark.parametrize(
    "prompt", ["no cutback weeks", "no down weeks please", "skip the recovery weeks"]
)
def test_no_cutbacks_is_shown_back_with_why(prompt: str) -> None:
    plan = valid_plan(prompt, 12)
    assert any(f'"{prompt}"' in n and "lighter week" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize("prompt", ["run 3:1 run walk", "3 min on, 1 min off"])
def test_a_run_walk_ratio_is_not_a_cutback_rhythm(prompt: str) -> None:
    plan = valid_plan(prompt, 12)
    assert not any("cutback week every" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("an hour and a half on weekdays", 90),
        ("two and a half hours on weekdays", 150),
        ("forty five minutes on weekdays", 45),
        ("one and a half hours max on weekdays", 90),
    ],
)
def test_a_day_budget_in_words_is_kept_every_weekday(prompt: str, minutes: int) -> None:
    """FIXED: hour words lived in three tables; these were shown back as not understood."""
    plan = valid_plan(prompt, 12)
    assert not any("Not applied" in n for n in plan.notes), plan.notes
    assert any(n.startswith("Read:") and "time budget" in n for n in plan.notes), plan.notes
    for week in plan.weeks:
        assert all(d.duration_min <= minutes for d in week.days if d.weekday <= 5), week


@pytest.mark.parametrize(
    ("prompt", "seconds"),
    [
        ("long run no more than two and a half hours", 9000),
        ("long run max one and a half hours", 5400),
    ],
)
def test_a_long_run_limit_in_words_is_kept(prompt: str, seconds: int) -> None:
    """FIXED: 'two and a half' was cut into two clauses and shown back."""
    plan = valid_plan(prompt, 16, "advanced")
    assert any(f"long runs at most {seconds // 60} min" in n for n in plan.notes), plan.notes
    longest = max(d.duration_min for w in plan.weeks for d in w.days if d.kind == "long")
    assert longest * 60 <= seconds, longest


@pytest.mark.parametrize(
    ("prompt", "week_min"),
    [("nine hours a week max", 540), ("at most nine hours per week", 540)],
)
def test_a_week_budget_in_words_is_kept(prompt: str, week_min: int) -> None:
    """FIXED: 'nine' was missing from the budget reader's own table of hour words."""
    plan = valid_plan(prompt, 12, "advanced")
    assert not any("Not applied" in n for n in plan.notes), plan.notes
    assert all(sum(d.duration_min for d in w.days) <= week_min for w in plan.weeks)


def test_a_count_word_is_read_the_same_everywhere() -> None:
    """FIXED: 'thrice' and 'forty minutes' were not in the readers' own tables."""
    plan = valid_plan("strength thrice weekly. can't run more than forty minutes", 12, "beginner")
    assert any("3 x strength" in n for n in plan.notes), plan.notes
    assert any("at most 40 min" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    "prompt",
    ["I'm 20 weeks pregnant", "I'm 12 weeks along", "pregnant, second trimester, 25 km a week"],
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_pregnancy_is_shown_back_and_no_number_in_it_is_an_age(prompt: str, level: str) -> None:
    """FIXED: "I'm 20 weeks pregnant" was read with confidence as age 20, "12 weeks along"
    not at all (the third was shown back before, as not understood, and still is)."""
    plan = valid_plan(prompt, 12, level)
    assert any("Not applied" in n and "pregnan" in n for n in plan.notes), plan.notes
    assert not any("-> age" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    ("prompt", "kind", "day"),
    [
        ("tempo on Thursdays. coming back from a stress fracture", "tempo", 4),
        ("hills Tuesday. 6 months postpartum", "hills", 2),
        ("strides after Friday's easy run. 8 weeks postpartum", "strides", 5),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_named_day_in_walk_and_run_walk_weeks_says_why(
    prompt: str, kind: str, day: int, level: str
) -> None:
    """The run-walk and walking weeks held no session on its day and said nothing: the
    validator found the named day broken in each of them."""
    _kept_or_said(prompt, kind, day, 16, level)


@pytest.mark.parametrize(
    "prompt",
    [
        "tempo or intervals on Tuesdays",
        "strides on Tuesdays and Fridays",
        "intervals Tue and Thu",
        "tempo Thursday or Friday",
        "easy parkrun every Saturday",
        "parkrun on Saturdays but only as an easy run",
        "I race a parkrun on Saturday in week 4",
        "tempo on Thursday of week 3",
        "I coach at the track on Wednesdays",
    ],
)
def test_a_day_that_is_not_one_sessions_every_week_is_shown_back(prompt: str) -> None:
    """Two days or two kinds, one week's session, an easy parkrun, a job at the track: no
    session is kept on a day every week, and the words are shown back."""
    plan = valid_plan(prompt, 12)
    assert not any("every week" in n for n in plan.notes if n.startswith("Read:")), plan.notes
    assert any(n.startswith("Not applied") for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    ("prompt", "weeks", "level"),
    [
        ("track Tuesdays. half marathon at the end. lydiard base first", 18, "advanced"),
        ("1 interval per week. lydiard base first", 12, "intermediate"),
        (
            "run 3 days a week. back-to-back long runs on weekends. hills on Wednesdays. "
            "Friday strides",
            9,
            "advanced",
        ),
        (
            "Mon and Fri off. parkrun every Saturday. half marathon at the end. tempo on Saturdays",
            19,
            "beginner",
        ),
        (
            "I'm on 40 miles per week. half marathon at the end. 1 tempo and 1 interval per "
            "week. tempo on Fridays",
            11,
            "beginner",
        ),
    ],
)
def test_named_days_beside_other_instructions_keep_the_validator_clean(
    prompt: str, weeks: int, level: str
) -> None:
    """Found by random combinations of this round's named days: intervals asked by name broke
    a Lydiard base's promise (FIXED: '1 interval per week. lydiard' failed before this round
    too); named days took a fourth run of three; the race moved to a weekday with the long
    run (guards for this round's own changes)."""
    plan = valid_plan(prompt, weeks, level)
    races = [d.weekday for w in plan.weeks for d in w.days if d.kind == "race"]
    assert all(day in (6, 7) for day in races), races


@pytest.mark.parametrize(
    ("prompt", "weeks"),
    [
        ("cutback every 2 weeks. coming back from a stress fracture", 16),
        ("hansons. 6 months postpartum. max 90 min on weekdays. 2:1 build", 15),
    ],
)
def test_a_cutback_barely_lighter_says_why(prompt: str, weeks: int) -> None:
    """FIXED: the cutback weeks of a comeback's shortest runs were 4-5% lighter, labelled
    cutbacks, and nothing said so."""
    plan = valid_plan(prompt, weeks, "beginner")
    km = [w.volume_m for w in plan.weeks]
    small = [
        w.number
        for w in plan.weeks[1:]
        if w.cutback and km[w.number - 2] and km[w.number - 1] > km[w.number - 2] * 0.9
    ]
    assert small
    assert any("less than 10% lighter" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    ("prompt", "weeks", "level"),
    [
        ("50k trail ultra at the end. polarised training", 11, "intermediate"),
        (
            "run 3 days a week. 1 tempo per week. I can only run 10 minutes. follow the 10% rule",
            17,
            "intermediate",
        ),
    ],
)
def test_conflicts_found_beside_named_days_that_failed_before_too(
    prompt: str, weeks: int, level: str
) -> None:
    """FIXED (found by random combinations with named days, failing before this round too):
    an ultra's peak weeks planned tempo under a polarised principle; a fartlek standing in for
    a tempo too big for a small week grew it 10.1% under the 10% rule."""
    valid_plan(prompt, weeks, level)


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("easy running only. tempo on Saturdays", "easy running only is said too"),
        ("back-to-back long runs on weekends. tempo on Saturdays", "back-to-back long runs"),
    ],
)
def test_a_named_day_that_gives_way_is_not_also_read(prompt: str, why: str) -> None:
    """A named session that easy running or a weekend pair of long runs rules out is shown
    back (its reading taken back) and the long run is not moved for it."""
    plan = valid_plan(prompt, 16, "advanced")
    assert any("Not applied" in n and why in n for n in plan.notes), plan.notes
    assert not any("every week" in n and "tempo" in n for n in plan.notes), plan.notes
    assert not any("the long run moves" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    "prompt",
    [
        "strides 2x a week",
        "strides 3 times a week",
        "hill sprints 2x per week",
        "tempo 2x a week",
        "stretching 5 days a week",
        "foam rolling 6x a week",
    ],
)
def test_a_count_after_another_activity_is_not_a_count_of_runs(prompt: str) -> None:
    """FIXED: 'strides 2x a week' was read with confidence as 2 runs a week (the plan ran
    twice a week), 'stretching 5 days a week' as 5 runs."""
    plan = valid_plan(prompt + ". 4 runs a week", 12)
    runs_read = [n for n in plan.notes if n.startswith("Read:") and "runs a week" in n]
    assert runs_read == ['Read: "4 runs a week" -> 4 runs a week'], runs_read
    assert all(sum(d.kind != "cross-training" for d in w.days) == 4 for w in plan.weeks[1:])


@pytest.mark.parametrize("prompt", ["run 3x a week", "I do strength 2x a week and run 4x a week"])
def test_a_count_of_runs_is_still_read(prompt: str) -> None:
    plan = valid_plan(prompt, 12)
    assert any("runs a week" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    ("prompt", "misread"),
    [
        ("no running two days in a row", "-> 2 runs a week"),
        ("I bike 100 km a week", "100 km a week now"),
        ("increase mileage by 5 km each week", "5 km a week now"),
        ("add 10 km a week", "10 km a week now"),
        ("medium long run on Wednesdays", "-> long run on Wed"),
    ],
)
def test_words_that_only_look_like_a_setting_are_shown_back(prompt: str, misread: str) -> None:
    """FIXED (found by a second batch of sentences): each was read with confidence as a run
    count, a volume now or the long run's day."""
    plan = valid_plan(prompt, 12)
    assert not any(misread in n for n in plan.notes), plan.notes
    assert any(n.startswith("Not applied") and prompt in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    "prompt",
    [
        "my 5k time is 25 min",
        "my half time was 1:55",
        "I can run a 5k in 28 minutes",
        "my best 10k is 48 minutes",
        "10k time: 50:00",
    ],
)
def test_a_time_the_athlete_has_is_a_result_not_a_goal_race(prompt: str) -> None:
    """FIXED: each was read as a goal race at the end of the plan (a race day, a taper)."""
    plan = valid_plan(prompt, 12)
    assert not any(d.kind == "race" for w in plan.weeks for d in w.days)
    assert any("paces from" in n and "result" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    "prompt", ["my goal time is 3:30 for the marathon", "goal time: 3:45 marathon"]
)
def test_a_goal_time_is_still_a_race(prompt: str) -> None:
    plan = valid_plan(prompt, 16)
    assert any(d.kind == "race" for d in plan.weeks[-1].days)


@pytest.mark.parametrize(
    ("prompt", "most"),
    [("at least one rest day a week", 6), ("at least 2 rest days per week", 5)],
)
@pytest.mark.parametrize("level", ["beginner", "intermediate"])
def test_at_least_a_rest_day_is_a_ceiling_on_runs(prompt: str, most: int, level: str) -> None:
    """FIXED: 'at least one rest day a week' was read as 6 runs a week, which a beginner
    then ran."""
    plan = valid_plan(prompt, 12, level)
    assert any(f"at most {most} runs a week" in n for n in plan.notes), plan.notes
    assert all(sum(d.kind != "cross-training" for d in w.days) <= most for w in plan.weeks)
    if level == "beginner":
        assert all(sum(d.kind != "cross-training" for d in w.days) < most for w in plan.weeks)


@pytest.mark.parametrize(
    ("prompt", "misread"),
    [
        ("2 sessions a week max, rest of it easy", "-> 2 runs a week"),
        ("She does CrossFit 3 times a week", "-> 3 runs a week"),
        ("target 15K race at end", "peak of about 15 km"),
    ],
)
def test_more_words_that_only_look_like_a_setting_are_shown_back(prompt: str, misread: str) -> None:
    """FIXED (a third batch of sentences): two hard sessions at most read as two runs a week,
    CrossFit's count as runs, a 15K race as a 15 km peak week."""
    plan = valid_plan(prompt, 12)
    assert not any(misread in n for n in plan.notes), plan.notes
    assert any(n.startswith("Not applied") for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    ("prompt", "read"),
    [
        ("4 runs a week max", "at most 4 runs a week"),
        ("3 sessions a week, all easy", "-> 3 runs a week"),
    ],
)
def test_a_count_of_runs_with_its_ceiling_is_still_read(prompt: str, read: str) -> None:
    plan = valid_plan(prompt, 12)
    assert any(read in n for n in plan.notes), plan.notes
