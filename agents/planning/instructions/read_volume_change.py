"""A weekly volume said as a change from one amount to another: "build from 30 to 55 km a
week", "take her from 30 to 50 km a week", "increase weekly mileage from 20 to 35 miles"; and
how fast it changes ("build volume gently").

The first amount is what the athlete runs now (week 1 starts there), the second the peak the
plan builds to, a target and not a cap. A change downward ("cut from 60 to 40 km a week")
is a cap at the lower amount. Read before the other volume words, which would otherwise take
"30 to 55 km a week" as one range and plan from its middle.
"""

from __future__ import annotations

import re

from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.volume_words import some_days_volume

MILE_KM = 1.609
_NUM = r"\d{1,3}(?:[.,]\d+)?"
_UNIT = r"kms?|kilomet(?:er|re)s?|k|miles?|mi"
PER_WEEK = (
    r"\s*(?:a|per|each|every|/|in an?|an?|(?:in\s+)?any(?:\s+single|\s+one)?)\s*w(?:ee)?ks?\b"
    r"|\s*weekly\b"
)
CHANGE = re.compile(
    rf"\bfrom\s+(?P<a>{_NUM})\s*(?:(?P<ua>{_UNIT})\b)?(?P<wa>{PER_WEEK})?"
    rf"\s*(?:to|up to|->|\u2192)\s*(?P<b>{_NUM})\s*(?:(?P<mpw>mpw|kpw)\b|(?P<ub>{_UNIT})\b"
    rf"(?P<wb>{PER_WEEK})?)"
)
_WEEKLY_WORDS = re.compile(r"\bweekly\b|\bmileage\b|\bvolume\b|\bper week\b|\ba week\b")


def read_volume_change(clause: Clause, asked: Instructions) -> bool:
    """'from 30 to 55 km a week': the present volume and the peak (or, downward, a cap); a
    volume of some days ('weekday mileage under 30 km') is shown back, no week's."""
    if some_days_volume(clause, asked):
        return True
    match = CHANGE.search(clause.text)
    if match is None or not _weekly(clause.text, match):
        return False
    unit = match.group("ub") or match.group("ua") or {"mpw": "mi"}.get(match.group("mpw"), "km")
    per_km = MILE_KM if unit.startswith("mi") else 1.0
    now, then = _km(match.group("a"), per_km), _km(match.group("b"), per_km)
    if then < now:
        asked.peak_km, asked.peak_is_limit = then, True
        asked.read(clause.quote, f"down to at most {then:.0f} km a week (a limit)", "peak_km")
    else:
        asked.current_km = now
        asked.peak_km, asked.peak_is_limit = then, False
        asked.read(
            clause.quote,
            f"about {now:.0f} km a week now: week 1 starts there, and the plan builds to a "
            f"peak of about {then:.0f} km a week (a target, not a cap)",
            "current_km",
        )
        asked.quotes["peak_km"] = clause.quote
    clause.take(match)
    return True


def _weekly(text: str, match: re.Match[str]) -> bool:
    said = match.group("wa") or match.group("wb") or match.group("mpw")
    return bool(said or _WEEKLY_WORDS.search(text))


def _km(amount: str, per_km: float) -> float:
    return float(amount.replace(",", ".")) * per_km


_GENTLE = re.compile(
    r"\bgentl[ey]\b|\bconservative(?:ly)?\b|\beas(?:e|ing)\s+(?:\w+\s+)?(?:back|in(?:to)?)\b"
    r"|\bcautious(?:ly)?\b|\bcareful(?:ly)?\b|\bslow(?:ly)?\s+(?:build|ramp|increase|progress)"
    r"|\b(?:build|ramp|increase|progress)\w*\s+(?:\w+\s+){0,2}?slow(?:ly)?\b|\btake it easy\b"
    r"|\bno rush\b|\bsoftly\b"
)


def read_gentle(clause: Clause, asked: Instructions) -> bool:
    """'build volume gently', 'a conservative plan', 'easing back in': a lower ramp."""
    match = _GENTLE.search(clause.text)
    if not match:
        return False
    asked.gentle = True
    asked.read(
        clause.quote,
        "gently: volume grows about 5% a week instead of 8%, a lighter week every 3rd week",
        "gentle",
    )
    clause.take(match)
    return True
