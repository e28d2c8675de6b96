"""Weekly volume in a sentence: what the athlete runs now (a base), a limit (a cap), a peak to
build to, or what they ran before an injury or a baby; and the wish to build gently.

Only limit words make a cap ("max", "at most", "no more than", "can't do more than", "up
to", ...). "I run 40 km a week", "currently 25 miles/week", "averaging 60k a week" describe
the present: the plan starts there. A volume said with neither is taken as the present too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.planning.core import values as tv
from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.read_volume_change import MILE_KM, PER_WEEK, read_volume_change
from agents.planning.instructions.read_volume_now import HOLD_AFTER, said_now
from agents.planning.instructions.volume_words import BEFORE_INJURY, BY_THE_END

MIN_WEEK_KM = 5  # less than this a week is no volume to plan
MIN_BARE = 10  # a bare number smaller than this is no weekly volume ("at most 2 hard days")
# A clause about a race, a goal or a time: its bare numbers are not volumes.
_NOT_VOLUME = re.compile(
    r"\b(?:goal|target|sub|race|pb|pr|marathon|half|10k|5k|time|pace|age|old|years?)\b|\d:\d"
)
# Another sport's distance ("I bike 100 km a week") or a step of growth ("increase mileage
# by 5 km each week", "add 3 miles a week") is no running volume.
_NOT_RUNNING = re.compile(
    r"\b(?:bike|bikes|biking|cycl\w*|ride|rides|riding|swim\w*|row|rows|rowing|walk|walks"
    r"|walking|hike|hikes|hiking|ski|skis|skiing|paddl\w*)\b"
)
_STEP_BEFORE = re.compile(
    r"\b(?:by|add(?:ing)?|increas\w*|grow\w*|rais\w*|bump\w*)\s+(?:\w+\s+)?(?:about\s+|~)?$"
)
_TENS = dict(
    zip(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
        range(20, 100, 10),
        strict=True,
    ),
    **{"a hundred": 100, "hundred": 100},
)
_NUM = r"\d{1,3}(?:[.,]\d+)?|" + "|".join(_TENS)
_AMOUNT = rf"(?P<n>{_NUM})(?:\s*(?:-|\u2013|to|and)\s*(?P<n2>\d{{1,3}}(?:[.,]\d+)?))?"
VOLUME = re.compile(
    r"(?<![\d:.])"
    + _AMOUNT
    + r"\s*(?:(?P<mpw>mpw|kpw)\b|(?P<unit>kms?|kilomet(?:er|re)s?|k|miles?|mi)\b"
    + rf"(?P<weekly>{PER_WEEK})?)"
)
# A number without a unit, after limit or current words: "max 50", "currently 30".
_BARE = re.compile(
    rf"(?<![\w:.])(?P<n>{_NUM})\b(?!\s*(?:%|x\b|:|min|h\b|hours?|runs?|days?|times|weeks?"
    r"|sessions?|k\b|km|mi|miles?|kilomet|m\b|years?|months?))"
)
_WEEKLY_WORDS = re.compile(
    r"\b(?:weekly|week'?s?|a week)\s+(?:mileage|volume|distance|kms?|kilomet\w+|total)\b"
    r"|\b(?:mileage|volume)\b|\b(?:usual|normal|typical|average|regular|current|training)\s+weeks?\b"
)
LIMIT_BEFORE = re.compile(
    r"(?:\bmax(?:imum)?(?:\s+(?:of|is))?|\bat (?:the )?most|\b(?:no|not|never) more than|\bup to"
    r"|\bcap(?:ped)?(?:\s+(?:at|to|of|is))?|\b(?:cap|limit)\s+(?:the\s+|my\s+|weekly\s+){0,2}"
    r"(?:mileage|volume|distance|kms?|miles)\s+(?:at|to)|\blimit(?:ed)?(?:\s+(?:to|of|at|is))?"
    r"|\bceiling(?:\s+(?:of|is))?|(?:can'?t|cannot|can not|won'?t|will not|shouldn'?t|should not"
    r"|must not|mustn'?t|don'?t|do not|doesn'?t|does not|never)\s+(?:[\w']+\s+){0,5}?"
    r"(?:more than|over|above|beyond|exceed|past)|\b(?:not|never|no) (?:to )?(?:exceed|over|above)"
    # "max weekly volume 70km", "maximum weekly mileage: 50 km": the limit names the volume
    r"|\bmax(?:imum)?\s+(?:weekly\s+|week'?s?\s+)?(?:mileage|volume|distance|total|kms?|miles)"
    r"(?:\s+(?:is|of|at|should be|=)|\s*[:=\-\u2013])?"
    r"|\bno higher than|\bunder|\bbelow|\bless than|\b(?:keep|stay|staying|hold)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:under|below|at or below|to|within))\s*$"
)
_LIMIT_AFTER = re.compile(
    r"^\s*(?:max(?:imum)?\b|at (?:the )?most\b|tops\b|or (?:less|under|fewer)\b|is (?:my|the|her"
    r"|his|our) (?:limit|max(?:imum)?|ceiling|cap)\b|as (?:a|the|my) (?:limit|cap|ceiling|max)"
    r"|(?:limit|cap|ceiling)\b)"
)
# "I'm up to 40 km a week" is where the athlete is now, not a limit.
_NOW_UP_TO = re.compile(
    r"(?:i'?m|i am|i'?ve|i have|we'?re|she'?s|he'?s|built|worked|got(?:ten)?|now)\s+(?:\w+\s+)?"
    r"(?:back\s+)?up to\s*$"
)
# "stay at 40 km a week", "hold volume steady at 30 miles": the volume now, kept every week.
_HOLD_BEFORE = re.compile(
    r"(?:\b(?:keep|stay|staying|hold|holding|maintain\w*)\s+(?:[\w']+\s+){0,3}?(?:steady\s+|flat\s+)?"
    r"(?:at|around|about|near)|\b(?:hold|holding|maintain\w*|sustain\w*)"
    # "keep it between 30 and 35 miles a week": held in the range, at its middle
    r"|\b(?:keep|stay|staying|hold)\w*\s+(?:[\w']+\s+){0,2}?between)"
    r"\s*(?:about\s+|around\s+|roughly\s+|~\s*)?$"
)
_BUILD_UP_TO = re.compile(r"\b(?:build|work|get|ramp|progress)\w*\s+(?:\w+\s+)?up to\s*$")
_PEAK_BEFORE = re.compile(
    r"(?:\bpeak\w*(?:\s+(?:at|of|around|near|with))?|build(?:ing)?\s+(?:\w+\s+){0,2}?(?:up\s+)?to"
    r"|get(?:ting)?\s+(?:\w+\s+)?(?:up\s+)?to|work(?:ing)? up to|\breach(?:ing)?|\bhit(?:ting)?"
    r"|aim(?:ing)?\s+(?:for|at)|\btarget(?:ing)?(?:\s+of)?|\bgoal\s+(?:of|is)"
    r"|want to (?:run|do|get to|reach)|like to (?:run|do|get to|reach)|\bprogress\w*\s+to"
    # a peak named by a noun: "peak mileage should be about", "biggest week", "top out at"
    r"|\b(?:peak|top|highest|biggest|largest)(?:\s+weekly|\s+week'?s?)?\s+(?:week|mileage"
    r"|volume|distance|load)\b(?:\s*[:\-\u2013]|\s+(?:should|would|will|could|must|needs?|to"
    r"|be|is|of|at|around|near|about|roughly|approximately))*"
    r"|\btop(?:s|ping)?\s+out(?:\s+(?:at|around|near|about))?)"
    r"\s*(?:about\s+|around\s+|roughly\s+)?$"
)
CURRENT = re.compile(
    r"\bcurrent(?:ly)?\b|\bnow\b|\bat the moment\b|\bat present\b|\bpresently\b|\bthese days\b"
    r"|\blately\b|\brecently\b|\bthis (?:year|month|season|block)\b|\bi (?:run|do|log|cover|jog"
    r"|average)\b|\bi'?m (?:running|doing|logging|averaging|at|on|covering|jogging|putting in)\b"
    r"|\bi am (?:running|doing|logging|averaging|at|on)\b|\bi'?ve been\b|\bi have been\b"
    r"|\baverag\w*|\busual(?:ly)?\b|\btypical(?:ly)?\b|\bnormal(?:ly)?\b|\bmy (?:usual |normal "
    r"|typical |current |regular )?(?:week|weeks|mileage|volume|base)\b|\bbase (?:of|is)\b"
    r"|\bregular(?:ly)?\b|\bconsistent(?:ly)?\b|\bsitting at\b|\bhover\w*"
)


@dataclass(frozen=True)
class Volume:
    """One weekly volume said in a sentence: its kilometres and what it is."""

    clause: int
    km: float
    role: str  # "limit", "peak", "current" or "before"
    match: re.Match[str]


def read_volumes(clauses: list[Clause], asked: Instructions) -> None:
    """Every weekly volume of a sentence, read as a limit, peak, present or past volume."""
    for clause in clauses:
        read_volume_change(clause, asked)
    unit_km = asked.volume_unit_km
    found: list[Volume] = []
    # "Max 5 runs a week, no more than 70km": the sentence said which period it means.
    week_said = any(_WEEK_SAID.search(clause.text) for clause in clauses)
    for index, clause in enumerate(clauses):
        for match in list(VOLUME.finditer(clause.text)):
            volume = _volume(index, clause, match, bool(found) or week_said, week_said)
            if volume is not None:
                found.append(volume)
                number = _number(match)
                unit_km = volume.km / number if number else unit_km  # "max 0 km": no unit
    if unit_km is not None:
        for index, clause in enumerate(clauses):
            if _NOT_VOLUME.search(clause.text):
                continue
            taken = [v.match.span() for v in found if v.clause == index]
            for match in list(_BARE.finditer(clause.text)):
                if any(start <= match.start() < end for start, end in taken):
                    continue  # "60-65 km", "20 mpw": read with its unit already
                role = _role(clause.text, match, bare=True)
                if role is not None and _number(match) >= MIN_BARE:
                    found.append(Volume(index, _number(match) * unit_km, role, match))
    for volume in sorted(found, key=lambda v: (v.clause, v.match.start())):
        _apply(volume, clauses[volume.clause], asked)
    if found:
        asked.volume_unit_km = unit_km


def _volume(
    index: int, clause: Clause, match: re.Match[str], weekly_sentence: bool, week_said: bool
) -> Volume | None:
    """A volume if the words make it weekly: 'a week', 'mpw', 'weekly mileage', 'over 4 runs',
    or a total after a sentence's runs a week ('3 runs a week, 20 km in total')."""
    text = clause.text
    weekly = bool(match.group("mpw") or match.group("weekly"))
    unit = match.group("unit") or {"mpw": "mi", "kpw": "km"}.get(match.group("mpw") or "", "km")
    before, after = text[: match.start()], text[match.end() :]
    now_at = said_now(before, after) and _number(match) >= MIN_BARE  # "currently at 5k": a run
    if unit == "k" and not (weekly or now_at) and not _K_VOLUME_BEFORE.search(before[-45:]):
        return None  # "a 10k" is a race; "peak around 100k", "keep it under 50k" a volume
    if _LONG_BEFORE.search(before):
        return None  # "a long run of 16 km": the long run, not the week
    if re.match(r"\s*(?:race|trail race|road race)\b", after):
        return None  # "target 15K race at end": a race, not a volume
    if _NOT_RUNNING.search(before) or _STEP_BEFORE.search(before[-30:]):
        return None  # "I bike 100 km a week", "increase mileage by 5 km each week"
    times = _PER_RUN.match(after)
    if times and not weekly:  # "10 km three times a week"
        km = _number(match) * tv.number_value(times.group(1))
        return Volume(index, km * (MILE_KM if unit.startswith("mi") else 1), "current", match)
    weekly = weekly or bool(
        now_at
        or _WEEKLY_WORDS.search(before[-40:])
        or _PEAK_BEFORE.search(before[-45:])
        or re.match(
            r"\s*(?:over|in|across|spread over|from)\s+" + tv.NUMBER + r"\s*(?:runs?|days?"
            r"|sessions?|outings?)",
            after,
        )
        or (weekly_sentence and _role(text, match, bare=True) in ("limit", "peak"))
        or (week_said and _a_total(before, after))
    )
    if not weekly:
        return None
    role = _role(text, match, bare=False)
    km = _number(match, upper=role == "limit") * (MILE_KM if unit.startswith("mi") else 1)
    return Volume(index, km, role or "current", match)


# Before an amount in "k" with no week said: a peak or a limit makes it a weekly volume.
_K_VOLUME_BEFORE = re.compile(f"(?:{_PEAK_BEFORE.pattern})|(?:{LIMIT_BEFORE.pattern})")


def _a_total(before: str, after: str) -> bool:
    """A volume in a sentence that said its week is the week's total when words say so ('20
    km in total', 'totaling 25 km') or it stands alone in its clause ('4 runs a week, around
    35 km')."""
    if _TOTAL_AFTER.match(after) or _TOTAL_BEFORE.search(before):
        return True
    before = before.rsplit("(", 1)[-1]  # "4 times a week (about 30 km)": its own clause
    return bool(_ALONE.match(before)) and not after.strip(" .!)")


_TOTAL_BEFORE = re.compile(
    r"\b(?:total(?:l)?ing|totals?|for a total of|adding up to|in total)\s*(?:of\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|~\s*)?$"
)
_ALONE = re.compile(r"^\s*(?:and\s+)?(?:about|around|roughly|approx\w*|~|ca\.?|some)?\s*$")
_WEEK_SAID = re.compile(r"\b(?:a|per|each|every)\s+w(?:ee)?k\b|/\s*w(?:ee)?k\b|\bweekly\b")
_TOTAL_AFTER = re.compile(r"\s*(?:in\s+)?(?:total|altogether|combined|all told|overall)\b")
_LONG_BEFORE = re.compile(r"\blong(?:est)?\s+runs?\s+(?:\w+\s+){0,3}$")
_PER_RUN = re.compile(
    r"\s*,?\s*" + tv.NUMBER + r"\s*(?:times|days|x)\s*(?:a|per|each|every|/)\s*w(?:ee)?k\b"
)


def _number(match: re.Match[str], upper: bool = False) -> float:
    """The amount; a range's middle (its top for a limit)."""
    first = _value(match.group("n"))
    second = match.groupdict().get("n2")
    if second is None:
        return first
    top = _value(second)
    return top if upper else (first + top) / 2


def _value(word: str) -> float:
    return float(_TENS.get(word, 0) or word.replace(",", "."))


def _role(text: str, match: re.Match[str], bare: bool) -> str | None:
    """'limit', 'peak', 'before' or 'current' from the words around a volume; a bare number
    needs a word that says which (None otherwise)."""
    before, after = text[: match.start()][-45:], text[match.end() :]
    if _NOW_UP_TO.search(before):
        return "current"
    if _BUILD_UP_TO.search(before):
        return "peak"  # "build up to 60 km a week": where the plan goes, not a limit
    if re.search(r"\bbetween\s*$", before) and _HOLD_BEFORE.search(before):
        return "hold"
    if LIMIT_BEFORE.search(before) or _LIMIT_AFTER.match(after):
        return "limit"
    if _HOLD_BEFORE.search(before) or HOLD_AFTER.match(after):
        return "hold"
    if _PEAK_BEFORE.search(before):
        return "peak"
    if BY_THE_END.match(after):
        return "peak"  # "I want to be running 30 miles a week by the end": a goal, not now
    if BEFORE_INJURY.search(text):
        return "before"
    if CURRENT.search(before) or CURRENT.search(after[:25]):
        return "current"
    return None if bare else "current"


def _apply(volume: Volume, clause: Clause, asked: Instructions) -> None:
    km = volume.km
    if km < MIN_WEEK_KM:
        asked.refuse(clause.quote, f"a week of {km:.0f} km is too little to plan running on")
    elif volume.role == "limit":
        asked.peak_km, asked.peak_is_limit = km, True
        asked.read(clause.quote, f"weekly volume at most {km:.0f} km (a limit)", "peak_km")
    elif volume.role == "hold":
        asked.current_km, asked.peak_km, asked.peak_is_limit = km, km, True
        asked.read(clause.quote, f"about {km:.0f} km every week: held there, not built", "peak_km")
        asked.quotes["current_km"] = clause.quote
    elif volume.role == "peak":
        asked.peak_km, asked.peak_is_limit = km, False
        asked.read(
            clause.quote, f"the plan builds to a peak of about {km:.0f} km a week", "peak_km"
        )
    elif volume.role == "before":
        asked.pre_injury_km = km
        asked.read(
            clause.quote,
            f"{km:.0f} km a week before: volume builds back toward it as the weeks allow",
            "pre_injury_km",
        )
    else:
        asked.current_km = km
        asked.read(
            clause.quote,
            f"about {km:.0f} km a week now: week 1 starts there and the plan builds from it "
            "(a base, not a limit: say 'at most' for a cap)",
            "current_km",
        )
    clause.take(volume.match)
