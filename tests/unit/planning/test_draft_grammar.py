"""The canonical draft format is its grammar (draft/draft_format.lark): whatever the planner
renders parses in it, and re-rendering what was parsed gives the same text (hypothesis, over
days of every kind and every field the format writes, and over whole drafts)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agents.planning import render_day, render_draft
from agents.planning.core.kinds import OWN_PACE, RACE_PACES, ZONE_PACES_ALLOWED, Kind
from agents.planning.core.paces import paces_for
from agents.planning.core.plan import WEEKDAY_NAMES, Day, Plan, Race, Week
from agents.planning.core.segments import (
    Shape,
    core_totals,
    metres_in,
    natural_distance_m,
    natural_duration_min,
    seconds_for,
)
from agents.planning.core.values import RACE_NAMES
from agents.planning.draft import read_draft
from agents.planning.draft.canonical import CanonicalReader, week_form
from agents.planning.draft.format_grammar import parse_line
from agents.planning.draft.render import render_header, render_week

QUALITY: list[Kind] = ["tempo", "intervals", "repetition", "fartlek", "marathon-pace"]
KINDS: list[Kind] = [
    *QUALITY,
    *("easy", "long", "recovery", "hills", "run-walk", "race", "time-trial", "cross-training"),
]
ACTIVITIES = [None, "bike", "swim", "strength", "yoga", "aqua jogging", "walk", "rowing"]
RACE = Race(distance_m=21097, goal_s=6300)
VDOTS = st.sampled_from([32.5, 41.6, 49.8, 58.0])
PACE = st.integers(min_value=150, max_value=600)


@st.composite
def own_paces(draw: st.DrawFn) -> tuple[int, int]:
    fast = draw(PACE)
    return fast, fast + draw(st.sampled_from([0, 0, 10, 20]))


@st.composite
def works(draw: st.DrawFn, kind: Kind, single: bool = False) -> dict[str, Any]:
    """Repetitions (or one effort) of a kind, with its pace and recovery."""
    reps = 1 if single else draw(st.integers(min_value=1, max_value=12))
    if draw(st.booleans()):
        rep = {"rep_distance_m": draw(st.sampled_from([200, 400, 800, 1000, 1609, 3000, 5000]))}
    else:
        rep = {"rep_seconds": draw(st.sampled_from([30, 60, 90, 180, 300, 600, 1200]))}
    fields: dict[str, Any] = {"reps": reps, **rep}
    if reps > 1:
        if draw(st.booleans()):
            fields["recovery_seconds"] = draw(st.sampled_from([60, 90, 120, 180]))
        else:
            fields["recovery_distance_m"] = draw(st.sampled_from([200, 400, 1000]))
    choice = draw(st.sampled_from(["own", "named", "none"]))
    if choice == "own":
        fields["own_pace"] = draw(own_paces())
    elif choice == "named" or kind == "long":
        allowed = sorted(ZONE_PACES_ALLOWED.get(kind, frozenset()) | RACE_PACES)
        if kind == "long":
            allowed = ["marathon", "threshold", "half-marathon", "10k", "race"]
        named = [p for p in allowed if p != OWN_PACE.get(kind) and p != "easy"]
        fields["work_pace"] = draw(st.sampled_from(named))
    return fields


@st.composite
def days(draw: st.DrawFn, vdot: float) -> Day:
    """A plan day as the planner or the reader may make it: any kind, any field the format
    writes, sized so that its total holds its work."""
    kind: Kind = draw(st.sampled_from(KINDS))
    paces = paces_for(vdot)
    fields: dict[str, Any] = {"kind": kind}
    if kind == "cross-training":
        activity = draw(st.sampled_from(ACTIVITIES))
        return Day(
            weekday=1, duration_min=draw(st.integers(10, 240)), distance_m=0, **fields
        ).model_copy(update={"activity": activity})
    if kind in ("race", "time-trial"):
        metres = draw(st.sampled_from([*RACE_NAMES, 3000, 15000, 70000, 21500]))
        minutes = natural_duration_min(Shape(kind), metres, paces)
        if draw(st.booleans()):
            minutes += draw(st.integers(1, 30))
        return Day(weekday=1, kind=kind, duration_min=minutes, distance_m=metres)
    fields |= _work_fields(draw, kind)
    return _sized(draw, Day(weekday=1, duration_min=1, distance_m=0, **fields), paces)


def _work_fields(draw: st.DrawFn, kind: Kind) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if kind in QUALITY:
        finish = draw(st.booleans()) and draw(st.booleans())
        fields |= draw(works(kind, single=finish)) | ({"finish": True} if finish else {})
    elif kind == "hills":
        fields |= {"reps": draw(st.integers(2, 12)), "rep_seconds": draw(st.sampled_from([30, 60]))}
        fields["recovery_seconds"] = draw(st.sampled_from([60, 90, 120]))
    elif kind == "run-walk":
        fields |= {
            "reps": draw(st.integers(1, 15)),
            "rep_seconds": draw(st.sampled_from([60, 120])),
        }
        fields["recovery_seconds"] = draw(st.sampled_from([30, 60, 90]))
    elif kind == "long" and draw(st.booleans()):
        finish = draw(st.booleans())
        fields |= draw(works(kind, single=finish)) | ({"finish": True} if finish else {})
    else:
        if kind == "easy" and draw(st.booleans()):
            fields["strides"] = draw(st.integers(1, 10))
            size = draw(st.sampled_from([(0, 0), (30, 0), (0, 100)]))
            fields |= {"stride_seconds": size[0], "stride_distance_m": size[1]}
        if kind in ("easy", "long", "recovery"):
            fields["trail"] = draw(st.booleans())
            if draw(st.booleans()):
                fields["own_pace"] = draw(own_paces())
    if (
        fields.get("reps")
        and not fields.get("finish")
        and kind != "run-walk"
        and draw(st.booleans())
    ):
        fields |= draw(
            st.sampled_from(
                [
                    {"warmup_seconds": 900},
                    {"cooldown_m": 2000},
                    {"warmup_seconds": 600, "cooldown_seconds": 600},
                    {"warmup_m": 3000, "cooldown_m": 1000},
                    {"warmup_m": 1609},
                ]
            )
        )
    return fields


def _sized(draw: st.DrawFn, day: Day, paces: Any) -> Day:
    """The day with a total that holds its work and parts: by time or by distance, the
    other dimension derived (≈) or fixed."""
    shape = Shape.of(day)
    core_s, core_m = core_totals(shape, paces, RACE)
    easy = paces.zone_pace("z2")
    parts = [
        (s or seconds_for(m, easy), m or metres_in(s, easy))
        for s, m in ((day.warmup_seconds, day.warmup_m), (day.cooldown_seconds, day.cooldown_m))
        if s or m
    ]
    need_s = core_s + sum(s for s, _ in parts)
    need_m = core_m + sum(m for _, m in parts)
    both = len(parts) == 2
    if both:  # the day is the parts and the work, in the dimension the parts are written in
        by_distance = bool(day.warmup_m)
    else:
        by_distance = day.kind in ("long", "marathon-pace") and draw(st.booleans())
    if by_distance:
        metres = need_m if both else need_m + draw(st.integers(0, 20)) * 500
        minutes = max(natural_duration_min(shape, metres, paces, RACE), math.ceil(need_s / 60))
        return day.model_copy(update={"distance_m": max(metres, 1000), "duration_min": minutes})
    minutes = math.ceil(need_s / 60) + (0 if both else draw(st.integers(0, 90)))
    minutes = max(minutes, 10)
    metres = natural_distance_m(shape, minutes, paces, RACE)
    if need_m > metres:
        metres = need_m
    by_time = day.kind == "long"
    return day.model_copy(
        update={"duration_min": minutes, "distance_m": metres, "by_time": by_time}
    )


SETTINGS = settings(
    max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


VDOT_AND_DAY = VDOTS.flatmap(lambda vdot: st.tuples(st.just(vdot), days(vdot)))
VDOT_AND_DAYS = VDOTS.flatmap(
    lambda vdot: st.tuples(st.just(vdot), st.lists(days(vdot), min_size=1, max_size=9))
)


@SETTINGS
@given(VDOT_AND_DAY, st.integers(min_value=1, max_value=7))
def test_a_rendered_day_parses_and_renders_back_the_same(
    drawn: tuple[float, Day], weekday: int
) -> None:
    vdot, day = drawn
    paces = paces_for(vdot)
    day = day.model_copy(update={"weekday": weekday})
    line = f"{WEEKDAY_NAMES[weekday - 1]}: {render_day(day, paces, RACE)}"
    assert parse_line(line, "day_line") is not None, line
    read = CanonicalReader(paces, RACE).day(line)
    assert read is not None, line
    name, parsed = read
    assert isinstance(parsed, Day)
    again = f"{name}: {render_day(parsed, paces, RACE)}"
    assert again == line
    # Derived figures aside, what was parsed is the day.
    assert parsed.model_copy(update={"weekday": weekday}) == day or again == line


@SETTINGS
@given(VDOT_AND_DAYS, st.booleans())
def test_a_rendered_draft_is_read_with_confidence_and_renders_back_the_same(
    drawn: tuple[float, list[Day]], cutback: bool
) -> None:
    vdot, sessions = drawn
    placed = tuple(day.model_copy(update={"weekday": 1 + n % 7}) for n, day in enumerate(sessions))
    week = Week(number=1, phase="build", cutback=cutback, focus="threshold, and hills", days=placed)
    plan = Plan(level="intermediate", vdot=vdot, race=RACE, notes=("Read: a note",), weeks=(week,))
    text = render_draft(plan)
    reading = read_draft(text)
    assert all(line.sure for w in reading.weeks for line in w.read_lines), text
    assert reading.notes == []
    assert render_draft(reading.plan()) == text


@SETTINGS
@given(st.integers(1, 52), st.sampled_from(["base", "build", "peak", "taper"]), st.booleans())
def test_a_week_header_and_the_plan_header_parse_in_the_grammar(
    number: int, phase: str, cutback: bool
) -> None:
    week = Week(number=number, phase=phase, cutback=cutback, focus="race-specific", days=())  # type: ignore[arg-type]
    paces = paces_for(45.0)
    header = render_week(week, paces).splitlines()[0]
    form = week_form(header)
    assert form is not None and (form.number, form.phase, form.cutback) == (number, phase, cutback)
    plan = Plan(level="advanced", vdot=45.0, race=RACE, weeks=(week,))
    title, paces_text, race_text = render_header(plan).splitlines()[:3]
    assert parse_line(title, "title_line") is not None
    assert parse_line(paces_text, "paces_line") is not None
    assert parse_line(race_text, "race_line") is not None


def test_the_grammar_quoted_in_the_docs_is_the_grammar_file() -> None:
    root = Path(__file__).resolve().parents[3]
    docs = (root / "docs" / "draft-format.md").read_text(encoding="utf-8")
    quoted = docs.split("<!-- grammar:start -->\n```lark\n", 1)[1].split(
        "```\n<!-- grammar:end", 1
    )[0]
    grammar = root / "agents" / "planning" / "draft" / "draft_format.lark"
    assert quoted == grammar.read_text(encoding="utf-8")
