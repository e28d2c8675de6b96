"""Clause readers for the athlete: what they can run now, their age, a comeback from injury."""

from __future__ import annotations

import re

from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause

# The first continuous run of Couch to 5K is 20 minutes: below that, the plan runs and walks.
CONTINUOUS_MIN = 20
_MINUTES = r"(\d{1,2}|a|one|two|three|five|ten|fifteen|twenty)\s*(?:minutes?|mins?)\b"
_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "fifteen": 15, "twenty": 20}
_CANNOT = (
    r"(?:can'?t|cannot|can not|unable to|not able to|struggle to)\s+(?:yet\s+|even\s+|really\s+)*"
    r"(?:run|jog)\s+(?:for\s+)?(?:even\s+)?(?P<more>more than\s+|over\s+|longer than\s+)?"
    + _MINUTES
)
# "can run 5 minutes" is an ability only with a word that says so: "only", "non-stop"...;
# "I can run 45 minutes on weekdays" is a time budget.
_CAN = (
    r"(?:can|able to)\s+(?:only\s+|just\s+)?(?:run|jog)\s+(?:for\s+)?(?:about\s+|around\s+)?"
    + _MINUTES
    + r"(?=\s+(?:non-?stop|without stopping|continuously|at a time|in one go|yet))"
    r"|(?:can|able to)\s+only\s+(?:run|jog)\s+(?:for\s+)?(?:about\s+|around\s+)?" + _MINUTES
)
_COUCH = r"couch[- ]?to[- ]?5\s?k\b|\bc25k\b|never (?:run|ran|jogged) before"
_RUN_WALK = r"\brun[- /]?walk(?:ing)?\b|\bwalk[- /]run\b|\bwalk(?:ing)? breaks?\b|\bgalloway\b"


def read_ability(clause: Clause, asked: Instructions) -> bool:
    """Cannot run continuously yet, Couch to 5K, or run-walk: the plan starts with run-walk."""
    matched = False
    for pattern, exclusive in ((_CANNOT, True), (_CAN, False)):
        match = re.search(pattern, clause.text)
        if match:
            said = re.search(_MINUTES, match.group(0))
            assert said is not None, "both patterns end in a number of minutes"
            amount = said.group(1)
            minutes = _WORDS.get(amount) or int(amount)
            more = exclusive and bool(match.groupdict().get("more"))
            # "can't run 10 minutes" allows at most 9; "can't run more than 5" allows 5.
            limit = minutes * 60 - (60 if exclusive and not more else 0)
            asked.continuous_limit_s = max(60, limit)
            asked.cannot_run_continuously = True
            most = asked.continuous_limit_s // 60
            start = (
                "the plan starts with run-walk"
                if most < CONTINUOUS_MIN
                else f"the first runs last at most {most} min, 5 min more each week"
            )
            asked.read(clause.quote, f"continuous running today: at most {most} min; {start}")
            clause.take(match)
            matched = True
            break
    for pattern, name in ((_COUCH, "couch_to_5k"), (_RUN_WALK, "run_walk_asked")):
        match = re.search(pattern, clause.text)
        if match:
            setattr(asked, name, True)
            if clause.quote not in asked.run_walk_quote:
                asked.run_walk_quote += ("; " if asked.run_walk_quote else "") + clause.quote
            clause.take(match)
            matched = True
    return matched


_AGE = (
    r"\bi'?m\s+(\d{2})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\b(?!\s*(?:km|k\b|min|%|kg|lb|mile|:))",
    r"\bi am\s+(\d{2})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\b(?!\s*(?:km|k\b|min|%|kg|lb|mile|:))",
    r"\b(\d{2})\s*(?:years? old|y/?o|yrs? old)\b",
    r"\baged?\s*:?\s*(\d{2})\b",
)
_MASTERS = (
    r"\bmasters?\b(?:\s+(?:runner|athlete))?|\bveteran\b|\bolder (?:runner|athlete)\b"
    r"|recover\w*\s+(?:\w+\s+)?slow\w*|slow(?:er)? to recover"
    r"|(?:need\w* )?(?:more|extra|longer) recovery"
)
MASTERS_AGE = 50


def read_age(clause: Clause, asked: Instructions) -> bool:
    """An age or slow recovery: from 50 (or when said), fewer hard days and more rest between."""
    matched = False
    for pattern in _AGE:
        match = re.search(pattern, clause.text)
        if match and 12 <= int(match.group(1)) <= 99:
            asked.age = int(match.group(1))
            asked.masters = asked.masters or asked.age >= MASTERS_AGE
            meaning = (
                f"age {asked.age}: recovery first (one quality session a week, "
                "at least 72 h between hard days where the week allows)"
                if asked.age >= MASTERS_AGE
                else f"age {asked.age}: the usual plan (masters changes from {MASTERS_AGE}, "
                "or when slow recovery is said)"
            )
            asked.read(clause.quote, meaning)
            clause.take(match)
            matched = True
            break
    match = re.search(_MASTERS, clause.text)
    if match:
        if not matched:
            asked.read(
                clause.quote,
                "slower recovery (as above)"
                if asked.masters
                else "masters / slower recovery: one quality session a week, "
                "at least 72 h between hard days where the week allows",
            )
        asked.masters = True
        clause.take(match)
        matched = True
    return matched


_BONE = (
    r"stress (?:fracture|reaction)s?|bone stress|\bbsi\b|fractur\w*|broken (?:foot|leg|shin|tibia"
    r"|metatarsal|ankle)"
)
_INJURY = (
    r"(?:return\w*|coming back|come ?back|back)\s+(?:to running\s+)?(?:from|after)\s+"
    r"(?:an?\s+|my\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:injur\w*|surgery|layoff|lay-off|time off|break)"
    r"|post[- ]injury|after (?:an?\s+|my\s+)?injury|\binjured\b|\bcomeback\b|rehab\w*"
)


def read_comeback(clause: Clause, asked: Instructions) -> bool:
    """A comeback from injury: easy running first, a gentle ramp; a bone injury starts run-walk."""
    bone = re.search(_BONE, clause.text)
    injury = re.search(_INJURY, clause.text)
    if not bone and not injury:
        return False
    asked.comeback = "bone" if bone else asked.comeback or "injury"
    for match in (bone, injury):
        if match:
            clause.take(match)
    asked.read(clause.quote, comeback_meaning(asked.comeback))
    return True


COMEBACK_EASY_WEEKS = {"bone": 6, "injury": 4}


def comeback_meaning(kind: str) -> str:
    weeks = COMEBACK_EASY_WEEKS[kind]
    start = "run-walk on alternate days, then " if kind == "bone" else ""
    return (
        f"comeback from {'a bone stress injury' if kind == 'bone' else 'injury'}: {start}"
        f"easy running only for the first {weeks} weeks, a lower start and a gentler ramp "
        "(volume before intensity)"
    )
