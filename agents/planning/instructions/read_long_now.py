"""The long run the athlete runs now ("my long run is 16 km"), unless limit words make it a cap."""

from __future__ import annotations

import re

from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.read_volume import LIMIT_BEFORE
from agents.planning.instructions.read_volume_change import MILE_KM

_LIMIT_WORD = re.compile(r"\b(?:max(?:imum)?|at most|longest allowed|cap(?:ped)?)\s+$")
_LONG_NOW = re.compile(
    r"\b(?:my\s+|the\s+|a\s+)?long(?:est)?\s+runs?\s+(?:(?:is|are|of|at|has been|have been|was"
    r"|currently|now|lately|these days|usually|about|around|:|-)\s+)*"
    r"(?P<n>\d{1,2}(?:[.,]\d)?)\s*(?P<unit>kms?|kilomet(?:er|re)s?|k|miles?|mi)\b"
)


def read_long_now(clause: Clause, asked: Instructions) -> bool:
    """'my long run is 16 km', 'long runs of 10 miles': the long run the plan starts from."""
    match = _LONG_NOW.search(clause.text)
    if not match or LIMIT_BEFORE.search(clause.text[: match.start("n")]):
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
