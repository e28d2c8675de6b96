"""Scripted model answers for a draft whose weeks each need the model (tests only)."""

import json
import re
from collections.abc import Iterable
from typing import Any

PLAN_URL = "/api/v1/ai-coach/generate-plan"
WEEK = re.compile(r"This is week (\d+)")

# Each week has a line the built-in reader cannot read with confidence: it goes to the model.
PROSE_DRAFT = """Training plan: 4 weeks, beginner
Week 1 | base | getting going
Tue: club session, whatever the coach there says
Thu: easy run 30 min
Sun: long run 50 min
Week 2 | base | more of the same
Tue: club session, whatever the coach there says
Thu: easy run 30 min
Sun: long run 55 min
Week 3 | build | a little longer
Tue: club session, whatever the coach there says
Thu: easy run 35 min
Sun: long run 60 min
Week 4 | taper | easy does it
Tue: club session, whatever the coach there says
Thu: easy run 25 min
Sun: long run 45 min
"""
BODY = {"weeks": 4, "level": "beginner", "org_id": "club", "refined_draft": PROSE_DRAFT}


def club_line(week: int) -> int:
    """The line number of week `week`'s club session in PROSE_DRAFT."""
    return 3 + (week - 1) * 4


def easy(day: int, minutes: int, sub_type: str = "easy-run") -> dict[str, Any]:
    return {
        "day": day,
        "name": "Easy run",
        "description": "Conversational effort.",
        "sub_type": sub_type,
        "segments": [
            {
                "type": "main",
                "duration_s": minutes * 60,
                "distance_m": None,
                "repeat": 1,
                "zone": "z2",
                "pace": None,
                "description": "easy running",
            }
        ],
    }


def week_answer(week: int, days: list[int] | None = None) -> str:
    """A valid answer for a week of PROSE_DRAFT (or the given days, all easy 30 min)."""
    workouts = (
        [easy(day, 30) for day in days]
        if days is not None
        else [easy(2, 35), easy(4, 30), easy(7, 50, "long-run")]
    )
    lines = [{"line": club_line(week), "used": True, "how": "an easy run with the club, 35 min"}]
    return json.dumps({"workouts": workouts, "lines": lines})


def asked_week(body: dict[str, Any]) -> int:
    found = WEEK.search(body["messages"][1]["content"])
    assert found, "the request names its week"
    return int(found.group(1))


def is_repair(body: dict[str, Any]) -> bool:
    return any("cannot be used" in (m.get("content") or "") for m in body["messages"][2:])


EMPTY = json.dumps({"workouts": [], "lines": []})
CLUB = "Wed: club session, whatever the coach there says"


def with_coach_line(
    draft: str, weeks: Iterable[int], line: str = CLUB, instead: str = "Wed: rest"
) -> str:
    """A planner's draft with the line `instead` of each of `weeks` rewritten as `line` (the
    coach's own words: not the draft format, so not read with confidence)."""
    wanted = set(weeks)
    week = 0
    out = []
    for text in draft.splitlines():
        found = re.match(r"^Week (\d+) ", text)
        if found:
            week = int(found.group(1))
        out.append(line if week in wanted and text == instead else text)
    return "\n".join(out) + "\n"


def line_of(draft: str, week: int, text: str) -> int:
    """The number of the line `text` in week `week` of the draft."""
    current = 0
    for number, line in enumerate(draft.splitlines(), start=1):
        found = re.match(r"^Week (\d+) ", line)
        if found:
            current = int(found.group(1))
        if current == week and line == text:
            return number
    raise AssertionError(f"no line {text!r} in week {week}")


def answer(workouts: list[dict[str, Any]], lines: list[dict[str, Any]] | None = None) -> str:
    return json.dumps({"workouts": workouts, "lines": lines or []})


def used(line: int, how: str = "read as asked", is_used: bool = True) -> dict[str, Any]:
    return {"line": line, "used": is_used, "how": how}
