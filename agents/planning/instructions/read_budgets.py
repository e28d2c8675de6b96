"""Clause readers for time: weekly and daily time budgets, and how ultra runners train."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.instructions.asked import Instructions, RunLimit, day_names
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.limit_periods import period_of
from agents.planning.instructions.read_limits import limit_meaning
from agents.planning.instructions.read_volume import CURRENT
from agents.planning.instructions.run_scope import WEEKDAY_WORDS, scope_of

DURATION = (
    r"(?:(?P<h>\d{1,2}(?:[.,]\d+)?)\s*(?:h|hours?|hrs?)(?:\s*(?P<hm>\d{1,2})\s*(?:m|min|mins"
    r"|minutes)?)?\b|(?P<ch>\d{1,2}):(?P<cm>\d{2})\s*(?:h|hours?)?\b"
    r"|(?P<m>\d{2,3})\s*(?:minutes?|mins?)\b|(?P<word>" + tv.WORDED_TIME + "))"
)
_CEILING = (
    r"(?:(?:at most|max(?:imum)?|no more than|up to|only(?: have)?|about|around|under"
    r"|less than)\s+)?"
)
_WEEKLY = (
    _CEILING + DURATION + r"(?:\s+(?:of\s+)?(?:running|training))?\s*(?:(?:a|per|each|every|/|in a)"
    r"\s*week\b|weekly)",
    r"\bweekly\b[^,]{0,20}?" + DURATION,
)
_DAYS = (
    r"(?P<days>" + WEEKDAY_WORDS + r"|weekends?|mon(?:day)?\s*(?:-|\u2013|to)\s*fri(?:day)?"
    r"|(?:the\s+)?week(?!\s*(?:\d|end))|" + tv.WEEKDAY_LIST + r")"
)
_DAILY = (
    # "45 minutes on weekdays", "45 min max on weekdays", "only 40 mins mon-fri"
    _CEILING
    + DURATION
    + r"\s+(?:max(?:imum)?\s+|tops\s+)?(?:of\s+running\s+)?(?:(?:on|for|during)\s+(?:the\s+)?"
    + r"(?=\w)|(?=mon))"
    + _DAYS,
    # "weekdays 1 hour max", "weekdays: 45 min tops"
    r"(?:on\s+)?" + _DAYS + r"\s*(?::|,|-)?\s*" + DURATION + r"\s+(?:max(?:imum)?|tops|at most)\b",
    r"(?:on\s+)?" + _DAYS + r"\s*(?::|,|-)?\s*(?:(?:i\s+)?(?:have|can do|can run|get)\s+)?"
    r"(?:only\s+)?(?:at most|max(?:imum)?|up to|no more than|under|less than)\s+" + DURATION,
)


DAY_MAX_MIN = 150  # "the week" with more time than this is no weekday's budget
_RUNS_OVER = re.compile(r"\bruns?\s+(?:\w+\s+)?(?:over|longer than|above|more than|of)\s*$")


def duration_minutes(match: re.Match[str]) -> int:
    """Minutes of a DURATION match: '1h30', '1.5 hours', '4:30', '45 min', 'an hour'."""
    g = match.groupdict()
    if g["h"] is not None:
        return round(float(g["h"].replace(",", ".")) * 60) + int(g["hm"] or 0)
    if g["ch"] is not None:
        return int(g["ch"]) * 60 + int(g["cm"])
    if g["m"] is not None:
        return int(g["m"])
    return tv.worded_minutes(g["word"]) or 0


def _weekdays(words: str) -> list[int]:
    if re.match(r"(?:the\s+)?week$|mon(?:day)?\s*(?:-|\u2013|to)\s*fri", words):
        return [1, 2, 3, 4, 5]
    return list(scope_of(words).days)


def read_budget(clause: Clause, asked: Instructions) -> bool:
    """'at most 5 hours a week', '45 minutes on weekdays', 'max 1h30 on Sundays'."""
    matched = False
    weekly = re.search(_WEEKLY[0], clause.text) or re.search(_WEEKLY[1], clause.text)
    if weekly and _RUNS_OVER.search(clause.text[: weekly.start()]):
        weekly = None  # 'one run over 90 minutes per week': a count of long runs, no budget
    if weekly and _time_now(clause.text, weekly):
        _read_time_now(clause, weekly, asked)
        matched = True
    elif weekly:
        asked.week_max_min = duration_minutes(weekly)
        asked.read(
            clause.quote,
            f"time budget: at most {_hours(asked.week_max_min)} a week "
            "(the plan is sized in minutes, distance follows from the paces)",
            "week_max_min",
        )
        clause.take(weekly)
        matched = True
    for pattern in _DAILY:
        for daily in list(re.finditer(pattern, clause.text)):
            days = _weekdays(daily.group("days"))
            minutes = duration_minutes(daily)
            clause.take(daily)
            matched = True
            if minutes > DAY_MAX_MIN and re.search(r"\bweek\b", daily.group("days")):
                asked.refuse(  # "max 5 hours during the week": the week's, or each day's?
                    clause.quote,
                    f"{_hours(minutes)} during the week is more than a day's run: say 'a "
                    "week' for the week's time or 'on weekdays' for each weekday's",
                )
                continue
            period = period_of(clause)
            if period is not None:  # "max 45 min on weekdays for the first 6 weeks"
                _for_a_period(clause.quote, days, minutes, period, asked)
                continue
            for day in days:
                asked.day_max_min[day] = minutes
            asked.read(
                clause.quote,
                f"time budget: at most {_hours(minutes)} on {day_names(days)}",
                f"day_max_min_{min(days)}",
            )
    return matched


def _for_a_period(
    quote: str, days: list[int], minutes: int, period: tuple[int, int | None], asked: Instructions
) -> None:
    """A time on some days for some weeks: a run limit there, not the days' budget."""
    limit = RunLimit(
        quote,
        seconds=minutes * 60,
        first_week=period[0],
        last_week=period[1],
        words=f"at most {minutes} min",
        days=frozenset(days),
    )
    asked.run_limits.append(limit)
    asked.read(quote, limit_meaning(limit), f"run_limit_{len(asked.run_limits)}")


# Words that make a weekly time a limit, and words of the present beyond the volume's own.
_TIME_LIMIT = re.compile(
    r"\b(?:at most|max\w*|no more than|not more than|up to|only|under|less than|limit\w*"
    r"|cap\w*|budget|exceed|more than|over|below|within|tops|can'?t|cannot|don'?t want)\b"
)
_TIME_NOW = re.compile(r"\bbeen (?:running|doing|training|logging|putting in)\b|\bi train\b")


def _time_now(text: str, weekly: re.Match[str]) -> bool:
    """'about 5 hrs a week right now', 'been doing 3-4 hours a week': the athlete's time now,
    not a budget; limit words anywhere in the clause keep it a budget."""
    if _TIME_LIMIT.search(text):
        return False
    return bool(CURRENT.search(text) or _TIME_NOW.search(text))


# The low end of a range written before a duration: the "3-" of "3-4 hours a week".
_RANGE_LOW = re.compile(r"(?P<low>\d+(?:[.,]\d+)?)\s*(?:-|\u2013|to)\s*$")


def _time_now_minutes(text: str, weekly: re.Match[str]) -> int:
    """The minutes of a weekly time said of the present; a range's middle, as a volume
    said as a range ('been doing 3-4 hours a week': 3.5 hours), not its top."""
    minutes = duration_minutes(weekly)
    low = _RANGE_LOW.search(text[: weekly.start()])
    g = weekly.groupdict()
    if low is None or not (g["m"] is not None or (g["h"] is not None and not g["hm"])):
        return minutes
    low_minutes = float(low.group("low").replace(",", ".")) * (60 if g["h"] is not None else 1)
    return round((low_minutes + minutes) / 2) if low_minutes < minutes else minutes


def _read_time_now(clause: Clause, weekly: re.Match[str], asked: Instructions) -> None:
    minutes = _time_now_minutes(clause.text, weekly)
    asked.current_week_min = minutes
    asked.read(
        clause.quote,
        f"about {_hours(minutes)} of running a week now: week 1 starts at about that much easy "
        "running (a base, not a limit: say 'at most' for a cap)",
        "current_km",
    )
    clause.take(weekly)


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" if not rest else f"{hours} h {rest:02d}"


_BACK_TO_BACK = (
    r"back[- ]to[- ]back\s+(?:long\s+runs?|long\s+weekends?|weekends?|runs?\s+on\s+(?:the\s+)?"
    r"weekends?|runs?\s+on\s+sat\w*\s+(?:and|&|\+)\s+sun\w*)|\bb2b\b|double long runs?"
    r"|long runs?\s+(?:on\s+)?(?:both\s+)?sat\w*\s*(?:and|&|\+|/)\s*sun\w*"
)
_TIME_ON_FEET = r"time[- ]on[- ]feet|by time,? not (?:distance|pace|km)"
_VERT = re.compile(
    r"(?P<n>\d{1,2}[.,]\d{3}|\d{3,5})\s*(?P<unit>m|ft|feet)\s*(?:of\s+)?(?:d\+|vert\w*|climb\w*"
    r"|elevation(?:\s+gain)?|ascent|gain)|(?:d\+|vert\w*|elevation gain|climbing|ascent)\s*"
    r"(?:of\s+)?(?P<n2>\d{1,2}[.,]\d{3}|\d{3,5})\s*(?P<unit2>m|ft|feet)\b"
)
_ULTRA_WORD = r"\bultra(?:[- ]?(?:marathon|trail|run))?s?\b"


def read_ultra_training(clause: Clause, asked: Instructions) -> bool:
    """Back-to-back long runs, time on feet, the race's climbing; an ultra with no distance."""
    matched = False
    for pattern, name, meaning in (
        (_BACK_TO_BACK, "back_to_back", "back-to-back long runs on the weekend in build and peak"),
        (_TIME_ON_FEET, "time_on_feet", "long runs sized by time on feet (minutes, not km)"),
    ):
        match = re.search(pattern, clause.text)
        if match:
            setattr(asked, name, True)
            asked.read(clause.quote, meaning, name)
            clause.take(match)
            matched = True
    vert = _VERT.search(clause.text)
    if vert:
        number = (vert.group("n") or vert.group("n2")).replace(",", "").replace(".", "")
        feet = (vert.group("unit") or vert.group("unit2")) != "m"
        asked.vert_m = round(int(number) * (0.3048 if feet else 1))
        asked.hills = True
        asked.read(
            clause.quote,
            f"climbing: {asked.vert_m} m: hill repeats in base and build, hilly long runs, "
            "power-hike the steep climbs as in the race",
        )
        clause.take(vert)
        matched = True
    ultra = re.search(_ULTRA_WORD, clause.text)
    if ultra:
        asked.refuse(
            clause.quote,
            "an ultra needs its distance to be planned (50K, 50 miles, 100K, 100 miles, "
            "or 'a 70 km ultra')",
        )
        clause.take(ultra)
        matched = True
    return matched
