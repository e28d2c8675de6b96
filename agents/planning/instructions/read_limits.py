"""How long a run may be, for a period or the whole plan: "nothing longer than 30 minutes in
the first month", "keep runs under an hour until week 6", "max 90 minutes long run", "no run
over 10 km for the first 3 weeks". Read per sentence, before races, so a limit's time is never
taken for a race goal; a period said in a clause of its own ("In the first month, ...") counts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.planning.core import values as tv
from agents.planning.instructions.amounts import (
    AMOUNT,
    DISTANCE,
    MILE_M,
    TIME,
    metres_of,
    minutes_of,
)
from agents.planning.instructions.asked import Instructions, RunLimit, day_names
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.limit_periods import borrowed_period, period_of
from agents.planning.instructions.run_scope import (
    PLAIN_WEEKDAY_WORDS,
    WEEKDAY_WORDS,
    Scope,
    borrowed_scope,
    scope_of,
    without_day_words,
    without_exceptions,
)

_LONG = r"(?P<long>(?:the\s+|my\s+|a\s+|any\s+)?long(?:est)?\s+runs?)"
_RUNS = (
    r"(?:(?:all|every|each|any|my|the|single)\s+)*(?:runs?|sessions?|workouts?|outings?"
    r"|(?:easy|short|other)\s+days?|\b(?:week|work) ?days\b|\beverything\b)"
)
_NOTHING = (
    r"(?:nothing|no\s+(?:single\s+|weekday\s+|midweek\s+|mid-week\s+|easy\s+|short\s+)?"
    r"(?:runs?|sessions?|workouts?|outings?)|none)"
)
_MORE = (
    r"(?:longer than|over|more than|above|beyond|exceeding|past|of more than|further than"
    r"|greater than)"
)
_AT_MOST = (
    r"(?:under|below|at most|no longer than|no more than|not longer than|not more than|not over"
    r"|max(?:imum)?(?:\s+of)?|capped at|limited to|less than|shorter than|within|up to"
    r"|of at most|of no more than|of max|of up to|of under|never (?:longer|more) than|tops)"
)
_LIMITS = (
    # "nothing longer than 30 minutes", "no run over 10 km"
    re.compile(rf"{_NOTHING}\s+(?:\w+\s+)?{_MORE}\s+{AMOUNT}"),
    # "keep runs under an hour", "long run max 90 min", "limit runs to 30 minutes"
    re.compile(
        rf"(?:(?:keep|limit|cap|hold|restrict)\w*\s+)?(?:{_LONG}|{_RUNS})\s*:?\s+(?:\w+\s+){{0,2}}?"
        rf"(?:{_AT_MOST}|(?<=\s)(?:to|at)(?=\s))\s+{AMOUNT}"
    ),
    # "max 90 minutes long run", "at most 10 km per run", "30 minutes max per run"
    re.compile(
        rf"(?:max(?:imum)?|at most|no more than|not more than|never more than|up to|under)\s+"
        rf"{AMOUNT}\s+"
        rf"(?:max\s+)?(?:(?:per|a|each|for\s+(?:the|a|any|each|every))\s+)?(?:{_LONG}|runs?\b)"
    ),
    # "max long run 15 miles", "no long runs over 2.5 hours", "the long run should never
    # exceed 3 hours", "I can't do long runs over 2 hours"
    re.compile(rf"(?:max(?:imum)?|at most)\s+{_LONG}(?:\s+(?:is|of|should be))?\s*:?\s*{AMOUNT}"),
    # "weekday runs must be 40 min or less", "runs should be 45 minutes at most"
    re.compile(
        rf"(?:{_LONG}|{_RUNS})\s+(?:must|should|need to|have to|can|will)\s+be\s+{AMOUNT}\s+"
        r"(?:or less|or under|or shorter|max(?:imum)?|at most|tops)\b"
    ),
    # "long run 18 mi max", "long runs: 2h30 tops", "weekday runs 45 min max"
    re.compile(rf"(?:{_LONG}|{_RUNS})\s*:?\s*{AMOUNT}\s+(?:max(?:imum)?|at most|tops|or less)\b"),
    re.compile(
        rf"(?:\bno|never|can'?t do|cannot do|don'?t want)\s+(?:any\s+)?{_LONG}\s+"
        rf"(?:\w+\s+)?{_MORE}\s+{AMOUNT}"
    ),
    # "the long run should never exceed 3 hours", "my weekday runs can't be longer than 50
    # minutes", "easy runs should never exceed 8 miles"
    re.compile(
        rf"(?:{_LONG}|{_RUNS})\s+(?:(?:should|must|can|will|shall|may)\s*(?:never|not|n'?t)"
        rf"|can'?t|cannot|never|won'?t|mustn'?t|shouldn'?t)\s+(?:exceed|go over|go past|be"
        rf"\s+(?:over|more than|longer than|above))\s+{AMOUNT}"
    ),
    re.compile(
        rf"{AMOUNT}\s+(?:max(?:imum)?|at most|tops)\s+(?:(?:per|a|each|for\s+(?:the|a|any|each"
        rf"|every))\s+)?(?:{_LONG}|runs?\b)"
    ),
)
# A bare ceiling on time, no run or week said ("never more than 2 h", "max 90 min"): a coach
# means one run's most; a longer time could be a week's, shown back instead.
_BARE_END = r"\s*(?:please\s*)?(?=$|(?:in|for|until|till|through|during|before)\b)"
_BARE = re.compile(
    rf"^\s*(?:(?:on\s+)?(?:{WEEKDAY_WORDS})\s*:?\s*)?(?:please\s+)?"
    rf"(?:(?:keep (?:it|them)\s+)?(?:{_AT_MOST}|never\s+over)"
    r"|keep (?:it|them) to)\s+"
    rf"(?P<amount>{TIME}){_BARE_END}"
)
# A distance ceiling on days said ("no more than 8 km on weekdays", "max 10k midweek"): one
# run a day, so it is each run's there.
_BARE_DAYS = re.compile(
    rf"^\s*(?:{_AT_MOST})\s+(?P<amount>{DISTANCE})\s+(?:(?:a|per) run\s+)?"
    rf"(?:(?:on|during|for|in)\s+)?(?:the\s+|any\s+|every\s+|each\s+)?"
    rf"(?=(?:{PLAIN_WEEKDAY_WORDS}|{tv.WEEKDAY_LIST}))"
)
# "40 min max" in a clause of its own ("weekday runs, 40 min max")
_BARE_AFTER = re.compile(
    rf"^\s*(?P<amount>{TIME})\s+(?:max(?:imum)?|tops|at most|or less){_BARE_END}"
)
BARE_MAX_MIN = 150
BARE_MAX_M = 25_000  # a bare distance on some days past this is no one run's most
# A time or distance followed by these is the week's, not one run's ('I run 3 to 4 hours a
# week', 'keep runs under 5 hours a week'): the volume and budget readers take it.
_WEEKLY_AFTER = re.compile(r"\s*(?:(?:a|per|each|every|/|in a)\s*w(?:ee)?k\b|weekly\b)")
# A clock followed by a distance is a pace ('easy runs at 9:30/mi'), never a run's length.
_PACE_AFTER = re.compile(r"\s*(?:/|per\s+|a\s+)\s*(?:kms?|k|kilomet\w*|mi|miles?)\b|\s*pace\b")
# A floor, not a ceiling: 'no runs shorter than 30 min', 'no run under 5 km'.
_FLOOR_BEFORE = re.compile(r"\b(?:no|not|never|none)\s+(?:\w+\s+)?$")
_SHORTER = re.compile(r"\b(?:shorter|less|under|below|fewer)\b")


def _not_a_limit(text: str, match: re.Match[str]) -> bool:
    """A week's time, a pace, or a floor ('no runs shorter than'): not a run's most."""
    if _WEEKLY_AFTER.match(text, match.end()) or _PACE_AFTER.match(text, match.end()):
        return True
    # 'no runs shorter than', 'runs no shorter than', 'never under': a negation before it
    floor = _FLOOR_BEFORE.search(text[: match.start()]) or re.search(
        r"\b(?:no|not|never|none)\b", text[match.start() : match.start("amount")]
    )
    return bool(floor and _SHORTER.search(match.group(0)))


def read_run_limits(clauses: list[Clause], asked: Instructions) -> None:
    """Each run limit of a sentence, with its period (its own clause's, else a clause that is
    only a period), read and blanked so nothing reads its time again."""
    for index, clause in enumerate(clauses):
        double = _DOUBLE_DIGITS.search(clause.text)
        if double is not None:
            _keep(_double_digits(clause, asked), clauses, index, asked)
            clause.take(double)
            continue
        text = without_exceptions(clause.text)  # "keep all runs except the long one under an hour"
        # "runs before work are capped at 40 min": the days' words read past, their scope kept
        match = _limit_match(text) or _limit_match(without_day_words(text), _LIMITS)
        if match is not None:
            _keep(_limit(match, clause.quote), clauses, index, asked)
            clause.take(match)


def _limit_match(
    text: str, patterns: tuple[re.Pattern[str], ...] = (*_LIMITS, _BARE, _BARE_AFTER, _BARE_DAYS)
) -> re.Match[str] | None:
    """The first limit the text says, if any."""
    for pattern in patterns:
        match = pattern.search(text)
        if match is None or _not_a_limit(text, match):
            continue
        if pattern in (_BARE, _BARE_AFTER) and minutes_of(match.group("amount")) > BARE_MAX_MIN:
            return None
        if pattern is _BARE_DAYS and (metres_of(match.group("amount")) or 0) > BARE_MAX_M:
            return None  # "max 40 km midweek": more likely those days' total, shown back
        return match
    return None


def _keep(limit: RunLimit, clauses: list[Clause], index: int, asked: Instructions) -> None:
    """A limit read: on the days and runs its clause names (or a neighbouring clause of only
    such words), else on every run, for its period or the whole plan."""
    clause = clauses[index]
    midweek = scope_of(clause.text).days
    if limit.long_only and midweek and max(midweek) <= 5:  # "the midweek long run under 75 min"
        asked.refuse(
            clause.quote,
            "a long run on some days (a midweek long run) is not one the built-in planner "
            "plans: its one long run a week is on the long-run day",
        )
        return
    scope = Scope() if limit.long_only else scope_of(clause.text)
    if not limit.long_only:  # "short runs during the week, under 40 min"
        borrowed, quote = borrowed_scope(clauses, index)
        if not borrowed.every_run:
            scope = Scope(scope.days or borrowed.days, scope.held or borrowed.held)
            limit = replace(limit, quote=quote)
    period = period_of(clause) or borrowed_period(clauses, index)
    # A time on some days, all plan long, is those days' budget; for a period, a limit.
    if scope.days and limit.seconds is not None and scope.held in ("", "short") and not period:
        _on_days(limit, list(scope.days), asked)
        return
    limit = replace(limit, days=frozenset(scope.days), held=scope.held)
    if period is not None:
        limit = replace(limit, first_week=period[0], last_week=period[1])
    asked.run_limits.append(limit)
    asked.read(limit.quote, limit_meaning(limit), f"run_limit_{len(asked.run_limits)}")


# "no double digit runs", "no double-digit days on weekdays": every run under 10 of the plan's
# unit (miles when the volume was said in miles, else km). Never the doubles of a day.
_DOUBLE_DIGITS = re.compile(
    r"\b(?:no|never|avoid|not|without|nothing)\s+(?:any\s+)?(?:runs?\s+(?:in|of|into|at)\s+)?"
    r"(?:the\s+)?double[- ]?digits?(?:\s+(?:runs?|mileage|miles|kms?|days?|distances?))?"
)


def _double_digits(clause: Clause, asked: Instructions) -> RunLimit:
    said = f"{clause.sentence} {clause.text}"
    miles = bool(asked.volume_unit_km and asked.volume_unit_km > 1.5) or bool(
        re.search(r"\b(?:miles?|mi|mpw)\b", said)
    )
    unit = "miles" if miles else "km (say 'miles' to mean miles)"
    metres = round(10 * (MILE_M if miles else 1000)) - 1
    return RunLimit(clause.quote, metres=metres, words=f"under 10 {unit}")


def _on_days(limit: RunLimit, days: list[int], asked: Instructions) -> None:
    """A time limit on some days is those days' budget ('no runs longer than 90 minutes on
    weekdays': the weekend's long run is not held to it)."""
    assert limit.seconds is not None
    minutes = (limit.seconds + 1) // 60
    for day in days:
        asked.day_max_min[day] = minutes
    asked.read(
        limit.quote,
        f"time budget: at most {minutes} min on {day_names(days)}",
        f"day_max_min_{min(days)}",
    )


def _limit(match: re.Match[str], quote: str) -> RunLimit:
    amount = match.group("amount")
    long_only = bool(match.groupdict().get("long"))
    strict = bool(
        re.search(
            r"\b(?:under|below|less than|shorter than)\s*$",
            match.group(0)[: match.start("amount") - match.start()],
        )
    )
    metres = metres_of(amount)
    if metres is not None:
        metres -= 1 if strict else 0
        return RunLimit(quote, metres=metres, long_only=long_only, words=_words(amount, strict))
    seconds = minutes_of(amount) * 60 - (1 if strict else 0)
    return RunLimit(quote, seconds=seconds, long_only=long_only, words=_words(amount, strict))


def _words(amount: str, strict: bool) -> str:
    metres = metres_of(amount)
    size = f"{metres / 1000:g} km" if metres is not None else f"{minutes_of(amount)} min"
    return ("under " if strict else "at most ") + size


_HELD = {"short": "every run but the long run", "easy": "easy runs", "recovery": "recovery runs"}


def limit_meaning(limit: RunLimit) -> str:
    what = "long runs" if limit.long_only else _HELD.get(limit.held, "every run")
    where = f" on {day_names(set(limit.days))}" if limit.days else ""
    if limit.last_week is None:
        when = "all plan long"
    elif limit.first_week == 1:
        when = f"in weeks 1-{limit.last_week}" if limit.last_week > 1 else "in week 1"
    else:
        when = f"in weeks {limit.first_week}-{limit.last_week}"
    return f"{what}{where} {limit.words} {when} (the race itself aside)"
