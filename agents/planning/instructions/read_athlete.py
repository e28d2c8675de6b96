"""Clause readers for the athlete: what they can run now, their age, an injury now or in the
past. Pregnancy and the return after a birth are read in `read_pregnancy`."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause

# The first continuous run of Couch to 5K is 20 minutes: below that, the plan runs and walks.
CONTINUOUS_MIN = 20
_MINUTES = r"(\d{1,2}|" + tv.words_of(tv.AMOUNT_WORDS) + r")\s*(?:minutes?|mins?)\b"
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
            minutes = tv.amount_value(amount)
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
            asked.read(
                clause.quote,
                f"continuous running today: at most {most} min; {start}",
                "continuous_limit_s",
            )
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


# "I'm 20 weeks pregnant", "I'm 30 miles a week": a number with a unit is no age.
_NO_UNIT = (
    r"(?!\s*(?:km|k\b|min|%|kg|lb|mile|mi\b|:|weeks?|wks?|months?|mos?|days?|hours?|hrs?|h\b"
    r"|x\b|times|runs))"
)
_AGE = (
    r"\bi'?m\s+(\d{2})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\b" + _NO_UNIT,
    r"\bi am\s+(\d{2})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\b" + _NO_UNIT,
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
            asked.read(clause.quote, meaning, "masters" if asked.masters else None)
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
                "masters",
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
    # "coming back after 3 months off", "with a knee injury", "from a calf injury"
    r"|(?:coming back|come ?back|returning|back)\s+after\s+(?:[\w-]+\s+){1,3}off\b"
    r"|\b(?:with|from|after|had|have|nursing)\s+(?:an?\s+|my\s+|the\s+)?(?:[\w-]+\s+)?"
    r"injur(?:y|ies)\b(?!\s*(?:prevention|free|risk))"
)


# An injury in the past, not now: "a history of stress fractures", "prone to shin splints",
# "had plantar fasciitis last year". Words of a return now ("coming back from", "just
# recovered", "recovering") keep the comeback reading.
_PAST_INJURY = re.compile(
    r"\b(?:(?:a\s+)?history\s+of|prone\s+to|susceptible\s+to|tend\s+to\s+get|(?:past|previous"
    r"|prior|old|recurring|recurrent|occasional)\s+(?:\w+\s+)?(?:injur|stress|fractur|shin|niggl"
    r"|calf|achilles|hamstring|knee|strain|tendin|plantar)"
    r"|had\s+(?:an?\s+|two\s+|three\s+|several\s+|a few\s+|some\s+)?[\w -]{0,30}?"
    r"(?:last|a|two|three|\d+)\s+(?:year|month|season|summer|winter|spring|autumn)s?(?:\s+ago)?\b"
    r"|in the past\b|years ago\b)"
)
_NOW_INJURY = re.compile(
    r"\b(?:coming back|come ?back|returning|return\w* to running|just (?:recovered|healed|back)"
    r"|recover(?:ing|ed)\s+from|rehab\w*|currently|still|right now|at the moment|cleared to run"
    r"|post[- ]injury|injured\b|off (?:running|injured))"
)
_AILMENT = re.compile(
    r"stress (?:fracture|reaction)s?|bone stress|fractur\w*|shin ?splints|plantar fasci\w*"
    r"|achilles\w*|it ?band\w*|runner'?s knee|tendin\w*|injur(?:y|ies)|calf (?:strain|tear)s?"
    r"|hamstring (?:strain|tear)s?|knee (?:pain|problems|issues)|niggles?"
)


def read_injury_history(clause: Clause, asked: Instructions) -> bool:
    """A past injury is not a current one: a conservative ramp and a note, not run-walk weeks
    and speed-free weeks (those are for a return now: "coming back from a stress fracture")."""
    past = _PAST_INJURY.search(clause.text)
    ailment = _AILMENT.search(clause.text)
    if not past or not ailment or _NOW_INJURY.search(clause.text):
        return False
    asked.gentle = True
    asked.read(
        clause.quote,
        "a past injury, not a current one: a conservative ramp (volume grows about 5% a week, "
        "a lighter week every 3rd week), no comeback weeks; say 'coming back from ...' if the "
        "athlete is returning from it now",
        "gentle",
    )
    clause.take(ailment)
    clause.take(past)
    return True


def read_comeback(clause: Clause, asked: Instructions) -> bool:
    """A comeback from injury: easy running first, a gentle ramp; a bone injury starts run-walk."""
    bone = re.search(_BONE, clause.text)
    injury = re.search(_INJURY, clause.text)
    back = r"\b(?:recover(?:ing|ed)|coming back|come ?back|returning|back)\s+from\b"
    if not bone and not injury and re.search(back, clause.text):
        injury = _AILMENT.search(clause.text)  # "recovering from shin splints": a return now
    if not bone and not injury:
        return False
    asked.comeback = "bone" if bone else asked.comeback or "injury"
    for match in (bone, injury):
        if match:
            clause.take(match)
    asked.read(clause.quote, comeback_meaning(asked.comeback), "comeback")
    return True


COMEBACK_EASY_WEEKS = {"bone": 6, "injury": 4}


def comeback_meaning(kind: str) -> str:
    if kind == "bone":
        return (
            "comeback from a bone stress injury (Warden, Davis & Fredericson 2014): run-walk on "
            "alternate days, then continuous easy running; no speed work until four weeks of "
            "continuous running; a gentler ramp (volume before intensity)"
        )
    return (
        f"comeback from injury: easy running only for the first {COMEBACK_EASY_WEEKS[kind]} "
        "weeks, a lower start and a gentler ramp (volume before intensity)"
    )
