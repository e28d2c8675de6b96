"""Words around a weekly volume that say whose it is: before an injury ("I used to run 50 km
a week"), a goal for later ("30 miles a week by the end", "by race day", "by week 10"), or
some days' only ("keep weekday mileage under 30 km")."""

from __future__ import annotations

import re

from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause

BEFORE_INJURY = re.compile(
    r"\bbefore\s+(?:the\s+|my\s+|this\s+|her\s+|his\s+|i\s+got\s+)?(?:injur\w*|fracture|stress"
    r"|break|baby|pregnan\w*|birth|lay-?off|surgery|getting\s+\w+|i\s+(?:got|was)\s+\w+)"
    r"|\bpre[- ]?(?:injury|pregnancy|baby|fracture|natal)|\bused to\b|\bprevious(?:ly)?\b"
    r"|\bwas (?:running|doing|averaging)\b|\bback then\b|\bat my (?:best|peak)\b"
    # "I ran 45 km a week before it" after a comeback said: the volume before the injury
    r"|\b(?:ran|did|averaged)\b.*\bbefore(?:\s+(?:it|that|then))?\s*[.!]?\s*$"
)
# After the volume: when it is to be reached, so a goal for later, never the volume now.
BY_THE_END = re.compile(
    r"\s*(?:[\w']+\s+){0,2}?by\s+(?:the\s+)?(?:end\b|peak\b|race\b|race day\b|week\s+\d+"
    r"|taper\b|marathon\b|half\b|spring\b|summer\b|autumn\b|fall\b|winter\b|then\b|\w+ber\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug)\w*\b)"
)

# The volume of some days ("keep weekday mileage under 30 km"): no weekly volume.
_SOME_DAYS_VOLUME = re.compile(
    r"\b(?:week ?day|mid-?week|work ?day|weekend)s?\s+(?:mileage|volume|kms?|kilomet\w*|miles"
    r"|distance|total)\b"
)


def some_days_volume(clause: Clause, asked: Instructions) -> bool:
    """A volume said of some days of the week, shown back whole (it is not the week's)."""
    if not _SOME_DAYS_VOLUME.search(clause.text):
        return False
    asked.refuse(
        clause.quote,
        "a volume for some days of the week is not one the built-in planner keeps: say it for "
        "the week ('at most 40 km a week') or for each run ('no more than 8 km on weekdays')",
    )
    clause.text, clause.read = " " * len(clause.text), True
    return True
