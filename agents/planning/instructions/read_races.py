"""Races and race results in a sentence: each distance bound to the time nearest it."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from agents.planning.core import values as tv
from agents.planning.instructions.asked import Instructions, RaceGoal, RaceResult, clock
from agents.planning.instructions.clauses import Clause

_PER_WEEK = r"(?!\s*(?:(?:a|per|/|each|every)\s*week|weeks?\b(?!\s*\d)|weekly))"
# Longest first where one name starts another: "100 miles" before "100K", "50K" before "5K".
_DISTANCES: tuple[tuple[str, int | None], ...] = (
    (r"\b100\s?(?:-\s?)?(?:mi|miles?|miler)\b", 160934),
    (r"\b50\s?(?:-\s?)?(?:mi|miles?|miler)\b", 80467),
    (r"\b100\s?(?:k|km)\b", 100000),
    (r"\b50\s?(?:k|km)\b", 50000),
    # Any other ultra with its distance: "a 70 km ultra", "80K trail ultra".
    (r"\b\d{2,3}\s?(?:k|km)\b(?=\s+(?:trail\s+)?ultra)", None),
    (r"half[- ]?marathon|\bhalf\b(?!\s+(?:of|the|an?|way|hour|distance|mile)\b)", 21097),
    (r"\b21(?:[.,]1)?\s?km?\b", 21097),
    (r"\bmarathon\b|\b42(?:[.,]2)?\s?km?\b", 42195),
    (r"\b10\s?(?:k|km|000\s?m)\b", 10000),
    (r"\b5\s?(?:k|km|000\s?m)\b", 5000),
)
DISTANCE = re.compile("|".join(f"(?:{p}){_PER_WEEK}" for p, _ in _DISTANCES))
ULTRA_KM = (43, 170)
TIME = re.compile(
    r"\b(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\b"
    r"|\b(?P<hours>\d{1,2})\s*(?:hours?|hrs?|h)(?![a-z])\s*(?:(?P<hmin>\d{1,2})\s*(?:minutes|mins?|m)?\b)?"
    r"|\b(?P<minutes>\d{2,3})\s*(?:minutes|mins?)\b"
    r"|\bsub[- ]?(?P<sub>\d{1,3})\b(?!:)"
)
RESULT_CUE = re.compile(
    r"\b(?:ran|did|done|recent(?:ly)?|pb|pr|personal (?:best|record)|best time|(?<!the )last"
    r"|current(?:ly)?|raced|finished|clocked|managed|my best|can (?:run|do)"
    # "my 5k time is 25 min", "10k time: 50:00": a time the athlete has, not one to race
    r"|my\s+(?:\w+\s+){0,2}time|time\s+(?:is|was))\b|\btime\s*:"
)
GOAL_CUE = re.compile(r"\b(?:goal|target|aim(?:ing)?|hop(?:e|ing)|want|sub|under|break)\b")
RACE_CUE = re.compile(
    r"\b(?:at the end|end of (?:the |my )?(?:plan|block|cycle)|ending (?:with|in)|ends? with"
    r"|finish(?:es|ing)? with|culminat\w*|final week|in the last week|race|racing"
    r"|training for|train for|prepar\w+|build(?:ing)? (?:up )?to|(?:in|on|during) week|in \d+ weeks"
    r"|(?<=k|n|e) week(?= \d)"
    r"|tune[- ]?ups?|warm[- ]?up race|b[- ]race|prep race"
    r"|on (?:the )?(?:last|final)|on \d{4}-\d{2}-\d{2})\b"
)
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_WEEK = re.compile(
    r"\b(?:in|on|during)\s+week\s+(\d{1,2})\b|\bin\s+(\d{1,2})\s+weeks\b"
    # "half marathon week 10", "5k race week 3": the week right after the race
    r"|(?:\d\s?k|km|marathon|miles?|race)\s+(?:in\s+|on\s+)?week\s+(\d{1,2})\b(?!\s*(?:-|to)\s*\d)"
)
_WEEKDAY = re.compile(r"\bon\s+(?:a\s+|the\s+)?(?:last\s+|final\s+)?(" + tv.WEEKDAY + ")")
_FILLER = re.compile(r"\b(?:a|an|the|my|race|and|one|for|trail|ultra\w*)\b|[^a-z]")
_TUNE_UP = re.compile(r"\btune[- ]?ups?\b|\bwarm[- ]?up race\b|\bb[- ]race\b|\bprep race\b")
_ULTRA = re.compile(r"\bultra(?:[- ]?(?:marathon|trail))?s?\b")
# A distance that names no race here: "couch to 5K" (a programme), "peak at 50 km" (volume).
# A distance right after limit words is a volume too: "keep it under 50k", "no more than 50k".
_NOT_A_RACE = re.compile(
    r"(?:couch[- ]?to[- ]?|peak\w*\s+(?:at|of|around)\s+|\bmax(?:imum)?\s+|\bat most\s+"
    r"|\b(?:no|not) more than\s+|\bcap(?:ped)?\s+(?:at|to)\s+|\blimit(?:ed)?\s+to\s+"
    r"|\b(?:not|never) (?:to )?exceed\s+|\b(?:keep|stay|hold)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:under|below|within)\s+"
    # a run's floor or length, never a race: "no run under 5 km", "minimum 5k per run"
    r"|\bruns?\s+(?:\w+\s+)?(?:under|over|shorter than|longer than|less than|more than|of at"
    r" least|at least)\s+|\bat least\s+|\bminimum(?:\s+of)?\s+)$"
)
# A time that is an ability or a limit, not a goal: "can't run 10 minutes",
# "45 minutes on weekdays", "at most 5 hours a week".
_LIMIT_BEFORE = re.compile(
    r"(?:\bcan'?t|\bcannot|\bcan not|\bunable to|\bable to|\bcan(?: only)?)\s+(?:\w+\s+){0,3}$"
    r"|(?:at most|\bmax(?:imum)?|no more than|up to|\bonly(?: have)?|budget of|limit(?:ed)? to)"
    r"\s*(?:of\s+)?$"
)
_LIMIT_AFTER = re.compile(
    r"^\s*(?:(?:a|per|each|every|/|in a)\s*week|weekly|max\b|at most"
    r"|(?:on|for|during)\s+(?:the\s+)?(?:weekdays?|week ?days|weekends?|week\b|"
    + tv.WEEKDAY
    + r")|(?:at a time|non-?stop|without stopping|continuously|of running))"
)


@dataclass
class Mention:
    clause: int
    distance_m: int
    match: re.Match[str]
    time: tuple[int, re.Match[str]] | None = None


def read_races(clauses: list[Clause], asked: Instructions) -> None:
    """Find each distance in the sentence, bind a time to it, and read it as a race or result."""
    mentions = [
        Mention(index, metres, match)
        for index, clause in enumerate(clauses)
        for match in DISTANCE.finditer(clause.text)
        if not _NOT_A_RACE.search(clause.text[: match.start()])
        and (metres := _metres(match.group(0))) is not None
    ]
    _bind_times(clauses, mentions)
    previous: str | None = None
    for mention in mentions:
        previous = _classify(clauses, mention, asked, previous)


def _metres(text: str) -> int | None:
    """The metres a distance names; an ultra's own number must lie in ULTRA_KM."""
    named = (m for pattern, m in _DISTANCES if m is not None and re.search(pattern, text))
    metres = next(named, None)
    if metres is not None:
        return metres
    digits = re.match(r"\d+", text)
    assert digits is not None, "the only pattern without metres starts with its kilometres"
    km = int(digits.group(0))
    return km * 1000 if ULTRA_KM[0] <= km <= ULTRA_KM[1] else None


def is_limit(text: str, match: re.Match[str]) -> bool:
    """A time that is an ability or a budget: never a race's goal."""
    before, after = text[: match.start()], text[match.end() :]
    return bool(_LIMIT_BEFORE.search(before[-40:]) or _LIMIT_AFTER.match(after))


def _bind_times(clauses: list[Clause], mentions: list[Mention]) -> None:
    """A time goes to the distance in its own clause nearest it, else to the nearest clause's."""
    for index, clause in enumerate(clauses):
        for time in TIME.finditer(clause.text):
            if is_limit(clause.text, time):
                continue
            here = [m for m in mentions if m.clause == index and m.time is None]
            if here:
                nearest = min(here, key=lambda m: abs(m.match.start() - time.start()))
                nearest.time = (index, time)
            elif _goal_only(clause.text) and (
                free := [m for m in mentions if m.time is None and m.clause != index]
            ):
                nearest = min(free, key=lambda m: (abs(m.clause - index), m.clause > index))
                nearest.time = (index, time)


def _goal_only(text: str) -> bool:
    """A clause that only gives a time ("goal 1:45:00", "in 50 minutes") belongs to a race."""
    bare = TIME.sub(" ", text)
    return bool(GOAL_CUE.search(text)) or not re.sub(r"\b(?:in|around|about|of)\b|\W", "", bare)


def _classify(
    clauses: list[Clause], mention: Mention, asked: Instructions, previous: str | None
) -> str | None:
    """'result' or 'race' for this mention; a bare "and a 5K in 21:30" follows the one before."""
    own = clauses[mention.clause]
    time_clause = clauses[mention.time[0]] if mention.time else own
    words = own.text if time_clause is own else own.text + " " + time_clause.text
    time_s = _seconds(mention.time[1], mention.distance_m) if mention.time else None
    goal_cue = GOAL_CUE.search(words) or RACE_CUE.search(words)
    result_cue = RESULT_CUE.search(words) or (previous == "result" and not goal_cue)
    quote = _quote(clauses, mention)
    if time_s and result_cue and not GOAL_CUE.search(words):
        asked.add_result(RaceResult(mention.distance_m, time_s, quote))
        kind = "result"
    elif time_s or goal_cue or _bare(own.text):
        asked.add_race(_goal(words, mention.distance_m, time_s), quote)
        kind = "race"
    else:
        return previous
    _take_all(own, time_clause, mention)
    return kind


def _take_all(own: Clause, time_clause: Clause, mention: Mention) -> None:
    own.take(mention.match)
    if mention.time:
        time_clause.take(mention.time[1])
    for clause in {id(own): own, id(time_clause): time_clause}.values():
        for pattern in (RESULT_CUE, GOAL_CUE, RACE_CUE, _DATE, _WEEK, _WEEKDAY, _ULTRA):
            for match in list(pattern.finditer(clause.text)):
                clause.take(match)
        clause.read = True


def _bare(text: str) -> bool:
    """A clause that is just a distance ("Half marathon.", "a 10K race") names the race."""
    return not _FILLER.sub("", DISTANCE.sub("", text))


def _quote(clauses: list[Clause], mention: Mention) -> str:
    first = mention.clause
    last = mention.time[0] if mention.time else first
    return ", ".join(c.quote for c in clauses[min(first, last) : max(first, last) + 1])


def _seconds(match: re.Match[str], distance_m: int) -> int:
    groups = match.groupdict()
    if groups["h"] is not None:
        return tv.race_time_s(match.group(0), distance_m) or 0
    if groups["hours"] is not None:
        return int(groups["hours"]) * 3600 + int(groups["hmin"] or 0) * 60
    if groups["minutes"] is not None:
        return int(groups["minutes"]) * 60
    sub = int(groups["sub"])
    hours_below = 40 if tv.is_ultra(distance_m) else 7
    return sub * 3600 if distance_m >= 21097 and sub < hours_below else sub * 60


def _goal(words: str, distance_m: int, time_s: int | None) -> RaceGoal:
    date_match = _DATE.search(words)
    week_match = _WEEK.search(words)
    weekday_match = _WEEKDAY.search(words)
    week = next((int(g) for g in week_match.groups() if g), None) if week_match else None
    return RaceGoal(
        distance_m=distance_m,
        name=tv.race_name(distance_m),
        goal_s=time_s,
        date=_date_or_none(date_match.group(1)) if date_match else None,
        weekday=tv.weekdays_in(weekday_match.group(1))[0] if weekday_match else None,
        week=week,
        at_end=bool(re.search(r"end|final|last|culminat", words)),
        tune_up=bool(_TUNE_UP.search(words)),
    )


def _date_or_none(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


__all__ = ["clock", "read_races"]
