"""Reading lines in the canonical draft format: exactly, and only when they are exact.

A day line is *sure* when it parses in the grammar (draft_format.lark), its values make a
plan day without any assumption, and that day renders back to the line. The figures a
line derives (`(≈ 7.6 km)`, the pace text after `@ T`) are compared too: a coach who
edits one of them wrote something the format does not say, and the tolerant reader shows
back how it read it. Only when the draft's VDOT was edited (the header's pace texts are
another VDOT's) are the derived figures left out of the comparison: they are all stale
by design, and the VDOT's paces apply.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from agents.planning.core.kinds import DISTANCE_FIRST_KINDS, OWN_PACE, Kind, NamedPace
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day, Race
from agents.planning.core.segments import (
    Shape,
    core_totals,
    metres_in,
    natural_distance_m,
    natural_duration_min,
    seconds_for,
)
from agents.planning.core.values import RACE_NAMES
from agents.planning.draft.format_grammar import DayForm, PaceForm, WeekForm, parse_line
from agents.planning.draft.render import render_day
from agents.planning.draft.session_words import MAX_METRES, MAX_MINUTES

REST = "rest"
# What every canonical session line looks like, checked before the parser is asked: a
# kind's word first, then " — " and the totals (a cheap filter for the coach's own words).
CANONICAL_SHAPE = re.compile(
    r"^[A-Za-z][^—]{0,300} — \d{1,6}(?:\.\d{1,3})? (?:min|km)"
    r"(?: \(≈ \d{1,6}(?:\.\d{1,3})? (?:min|km)\)|, \d{1,6}(?:\.\d{1,3})? (?:min|km))?$"
)
# The figures a line derives from its first size and the VDOT, masked when the VDOT changed.
DERIVED = re.compile(r"\(≈ [^)]*\)|(?<=@ [EMTIR] )\S+/km|(?<=pace )\d\S*/km")
NAMED_RACES = {name: metres for metres, name in RACE_NAMES.items()}
RACE_NAME = re.compile(r"^(?:(\d{1,3})K|(\d{1,3}(?:\.\d{1,3})?) km race)$")
# The kind's own pace, as the grammar names it ("@ E" on an easy run says nothing new).
STEADY_PACE: dict[Kind, NamedPace] = {"easy": "easy", "long": "easy", "run-walk": "easy"}
STEADY_KINDS = frozenset({"easy", "long", "recovery"})


class CanonicalReader:
    """Reads the canonical lines of one draft, whose paces and race are fixed; each
    distinct session text once."""

    def __init__(self, paces: Paces, race: Race | None, derived_stale: bool = False) -> None:
        self.paces = paces
        self.race = race
        self.derived_stale = derived_stale
        self._days: dict[str, Day | str | None] = {}

    def day(self, line: str) -> tuple[str, Day | str] | None:
        """(weekday name, the day or REST) of a sure day line, else None."""
        text = " ".join(line.split())
        weekday, colon, body = text.partition(": ")
        if not colon or len(weekday) != 3:
            return None
        if body not in self._days:
            self._days[body] = self._read(body)
        found = self._days[body]
        return None if found is None else (weekday, found)

    def _read(self, body: str) -> Day | str | None:
        if body != "rest" and CANONICAL_SHAPE.match(body) is None:
            return None  # not worth a parse: the grammar would refuse it
        parsed = parse_line("Mon: " + body, "day_line")
        if parsed is None:
            return None
        _, form = parsed
        if form is None:
            return REST
        day = day_of(form, self.paces, self.race)
        if day is None or not self._renders_back(day, body):
            return None
        return day

    def _renders_back(self, day: Day, body: str) -> bool:
        again = render_day(day, self.paces, self.race)
        if self.derived_stale:
            return DERIVED.sub("~", again) == DERIVED.sub("~", body)
        return again == body


def week_form(line: str) -> WeekForm | None:
    """A week header in the canonical format, or None."""
    form = parse_line(line, "week_line")
    return form if isinstance(form, WeekForm) and 1 <= form.number <= 52 else None


def day_of(form: DayForm, paces: Paces, race: Race | None) -> Day | None:
    """The plan day a canonical session writes, if its values make one without assumption."""
    fields = dict(form.fields)
    if fields.pop("invalid", False):
        return None
    pace = _pace_fields(form.kind, form.pace, fields.pop("work_pace_form", None))
    if pace is None:
        return None
    fields |= pace
    sized = _sizes(form, fields, paces, race)
    if sized is None:
        return None
    try:
        day = Day(weekday=1, kind=form.kind, **fields, **sized)
    except ValidationError:
        return None
    return day if _fits(day, paces, race) else None


def _pace_fields(kind: Kind, pace: PaceForm | None, work: PaceForm | None) -> dict[str, Any] | None:
    """The day's work_pace or own_pace from the paces a line writes (None: not a day)."""
    if work is None:
        return {} if pace is None else _work_pace(kind, pace)
    if kind in STEADY_KINDS:  # the run's pace is its steady one; the work's is its own
        if pace is not None and pace.named != STEADY_PACE.get(kind):
            return None
        return _work_pace(kind, work, stored=True)
    return _work_pace(kind, work)


def _work_pace(kind: Kind, pace: PaceForm, stored: bool = False) -> dict[str, Any] | None:
    """A pace as the day keeps it: none when it is the kind's own (unless `stored`)."""
    if pace.own is not None:
        return {"own_pace": pace.own}
    if not stored and pace.named in (STEADY_PACE.get(kind), OWN_PACE.get(kind)):
        return {}
    if pace.named == "easy":
        return None
    return {"work_pace": pace.named}


def _sizes(
    form: DayForm, fields: dict[str, Any], paces: Paces, race: Race | None
) -> dict[str, Any] | None:
    """duration_min, distance_m and by_time from the totals a line writes."""
    (first, unit), *other = form.sizes
    if form.kind == "cross-training":
        return None if unit != "min" or other else {"duration_min": round(first), "distance_m": 0}
    if form.kind == "race" and _race_metres(form.race_name) is None:
        return None
    shape = Shape(form.kind, **{k: v for k, v in fields.items() if k in SHAPE_FIELDS})
    second = other[0] if other and form.fixed else None
    if unit == "km":
        metres = round(first * 1000)
        if second is not None and second[1] == "min":
            minutes = round(second[0])
        else:
            minutes = natural_duration_min(shape, metres, paces, race)
        return {"duration_min": minutes, "distance_m": metres}
    minutes = round(first)
    if second is not None and second[1] == "km":
        metres = round(second[0] * 1000)
    else:
        metres = natural_distance_m(shape, minutes, paces, race)
    by_time = form.kind == "long"
    return {"duration_min": minutes, "distance_m": metres, "by_time": by_time}


SHAPE_FIELDS = frozenset(
    {
        "reps",
        "rep_distance_m",
        "rep_seconds",
        "recovery_seconds",
        "strides",
        "recovery_distance_m",
        "work_pace",
        "stride_seconds",
        "stride_distance_m",
        "own_pace",
    }
)


def _race_metres(name: str | None) -> int | None:
    if name is None:
        return None
    if name in NAMED_RACES:
        return NAMED_RACES[name]
    match = RACE_NAME.match(name)
    if match is None:
        return None
    return int(match.group(1)) * 1000 if match.group(1) else round(float(match.group(2)) * 1000)


def _fits(day: Day, paces: Paces, race: Race | None) -> bool:
    """A day within the reader's bounds whose total holds its work and the warm-up and
    cool-down written (nothing to raise), and is their sum when both are written."""
    if not 1 <= day.duration_min <= MAX_MINUTES or day.distance_m > MAX_METRES:
        return False
    if day.kind in ("race", "time-trial", "cross-training"):
        return True
    core_s, core_m = core_totals(Shape.of(day), paces, race)
    easy = paces.zone_pace("z2")
    parts = [
        (seconds or seconds_for(metres, easy), metres or metres_in(seconds, easy))
        for seconds, metres in (
            (day.warmup_seconds, day.warmup_m),
            (day.cooldown_seconds, day.cooldown_m),
        )
        if seconds or metres
    ]
    flex_s = day.duration_min * 60 - core_s - sum(s for s, _ in parts)
    flex_m = day.distance_m - core_m - sum(m for _, m in parts)
    if flex_s < 0 or (flex_m < 0 and not day.by_time):
        return False
    if len(parts) < 2:
        return True
    # Both parts written in the dimension of the day's size: the day is their sum with the
    # work (a total that says otherwise is the coach's edit, read by the tolerant reader).
    written = ((day.warmup_seconds, day.warmup_m), (day.cooldown_seconds, day.cooldown_m))
    if day.kind in DISTANCE_FIRST_KINDS and not day.by_time:
        return flex_m == 0 or not all(metres for _, metres in written)
    return flex_s < 60 or not all(seconds for seconds, _ in written)
