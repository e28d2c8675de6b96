"""Clause readers for the week's shape: runs a week, rest days, long-run day, volume."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.core.values import NUMBER, WEEKDAY, WEEKDAY_LIST
from agents.planning.instructions.asked import Instructions, day_names
from agents.planning.instructions.clauses import Clause

_PER_WEEK = r"\s*(?:a|per|each|every|/|in a)\s*week|\s*weekly"


def read_runs(clause: Clause, asked: Instructions) -> bool:
    rest = re.search(NUMBER + r"\s*(?:rest|off)\s*days?(?:" + _PER_WEEK + ")", clause.text)
    if rest:
        asked.runs_per_week = 7 - tv.number_value(rest.group(1))
        asked.read(clause.quote, f"{asked.runs_per_week} runs a week")
        clause.take(rest)
        return True
    pattern = NUMBER + r"\s*(?:x|runs?|running days|days|times|sessions)(?:" + _PER_WEEK + ")"
    match = re.search(pattern, clause.text) or re.search(
        r"\brun(?:ning)?\s+" + NUMBER + r"\s*(?:days|times)", clause.text
    )
    if not match:
        return False
    asked.runs_per_week = tv.number_value(match.group(1))
    asked.read(clause.quote, f"{asked.runs_per_week} runs a week")
    clause.take(match)
    return True


_NOT_ON = r"(?:rest|off|no running|never|not|can'?t|cannot|avoid|unavailable|busy|no runs?|skip)"


def read_rest_days(clause: Clause, asked: Instructions) -> bool:
    match = re.search(r"\b" + _NOT_ON + r"\b[^,]{0,20}?\b(" + WEEKDAY_LIST + ")", clause.text)
    match = match or re.search(
        "(" + WEEKDAY_LIST + r")\s+(?:off|free|(?:are|is)\s+(?:a\s+)?rest(?:\s+days?)?|rest)",
        clause.text,
    )
    if not match:
        return False
    days = set(tv.weekdays_in(match.group(1)))
    asked.rest_days |= days
    asked.read(clause.quote, f"no running on {day_names(days)}")
    clause.take(match)
    return True


def read_long_run_day(clause: Clause, asked: Instructions) -> bool:
    match = re.search(
        r"long runs?\s*(?:day)?\s*(?:is|are|on|:|=)?\s*(?:on\s+)?(?:the\s+)?(" + WEEKDAY + ")",
        clause.text,
    )
    match = match or re.search(
        "(" + WEEKDAY + r")\s+(?:is\s+)?(?:for\s+)?(?:the\s+|my\s+)?long[- ]runs?(?:\s+day)?",
        clause.text,
    )
    if not match:
        return False
    asked.long_run_day = tv.weekdays_in(match.group(1))[0]
    asked.read(clause.quote, f"long run on {day_names([asked.long_run_day])}")
    clause.take(match)
    return True


def read_volume(clause: Clause, asked: Instructions) -> bool:
    unit = r"(\d+)\s*(km|kilomet\w+|miles|mi)\b"
    volume = re.search(
        r"(?:peak\w*\s+(?:at|of)\s+)?" + unit + r"(?:" + _PER_WEEK + ")", clause.text
    )
    volume = volume or re.search(r"peak\w*\s+(?:at|of|around)\s+" + unit, clause.text)
    if volume and re.search(r"at least|minimum|\bmin\b", clause.text):
        return False
    if not volume:
        return False
    km = float(volume.group(1)) * (1.609 if volume.group(2).startswith("mi") else 1)
    asked.peak_km = km
    asked.read(clause.quote, f"weekly volume capped at {km:.0f} km")
    clause.take(volume)
    return True


def read_doubles(clause: Clause, asked: Instructions) -> bool:
    match = re.search(r"\bdoubles?\b|twice a day|two runs a day|two-a-days?", clause.text)
    if not match:
        return False
    asked.doubles = True
    asked.refuse(clause.quote, "the built-in planner writes one run a day")
    clause.take(match)
    return True
