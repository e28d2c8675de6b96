"""The long run the athlete runs now ("my long run is 16 km"), unless limit words make it a cap."""

from __future__ import annotations

import re

from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.read_budgets import DURATION, duration_minutes
from agents.planning.instructions.read_volume import LIMIT_BEFORE
from agents.planning.instructions.read_volume_change import MILE_KM

_LIMIT_WORD = re.compile(r"\b(?:max(?:imum)?|at most|longest allowed|cap(?:ped)?)\s+$")
_LONG_RUN = (
    r"\b(?:my\s+|the\s+|a\s+)?(?:current\s+)?long(?:est)?\s+(?:recent\s+)?runs?\s*"
    r"(?:(?:is|are|of|at|has been|have been|was|currently|now|lately|these days|usually|about"
    r"|around|so far|ever|recently|right now|at the moment|roughly|~|:|-)\s*)*"
)
_LONG_NOW = re.compile(
    _LONG_RUN + r"(?P<n>\d{1,2}(?:[.,]\d)?)\s*(?P<unit>kms?|kilomet(?:er|re)s?|k|miles?|mi)\b"
)
_PACE_AFTER = re.compile(r"\s*(?:/|per\s+|a\s+)\s*(?:kms?|k|kilomet\w*|mi|miles?)\b|\s*pace\b")
# "current long run 90 minutes", "my long run is 1h30": by time, turned into km at easy pace
_LONG_NOW_TIME = re.compile(_LONG_RUN + DURATION)


def read_long_now(clause: Clause, asked: Instructions) -> bool:
    """'my long run is 16 km', 'long runs of 10 miles': the long run the plan starts from."""
    match = _LONG_NOW.search(clause.text)
    if match is None:
        return _long_now_by_time(clause, asked)
    if LIMIT_BEFORE.search(clause.text[: match.start("n")]):
        return False
    if _LIMIT_WORD.search(clause.text[: match.start()][-20:]):
        return False  # "max long run 15 miles": a limit on the long run, not where it is now
    km = float(match.group("n").replace(",", "."))
    km *= MILE_KM if match.group("unit").startswith("mi") else 1
    asked.current_long_km = km
    asked.read(
        clause.quote,
        f"long run about {km:.0f} km now: the first long runs start there",
        "current_long_km",
    )
    clause.take(match)
    return True


def _long_now_by_time(clause: Clause, asked: Instructions) -> bool:
    match = _LONG_NOW_TIME.search(clause.text)
    if match is None or LIMIT_BEFORE.search(clause.text[: match.end()]):
        return False
    if _PACE_AFTER.match(clause.text, match.end()):
        return False  # "long runs at 10:00/mile": a pace
    if _LIMIT_WORD.search(clause.text[: match.start()][-20:]) or re.match(
        r"\s*(?:max|at most|tops)\b", clause.text[match.end() :]
    ):
        return False
    asked.current_long_min = duration_minutes(match)
    asked.read(
        clause.quote,
        f"long run about {asked.current_long_min} min now: the first long runs start there "
        "(at easy pace)",
        "current_long_km",
    )
    clause.take(match)
    return True
