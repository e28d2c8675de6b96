"""Clause readers for the week's shape: runs a week, rest days, long-run day, doubles."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.core.values import NUMBER, WEEKDAY, WEEKDAY_LIST
from agents.planning.instructions.asked import Instructions, day_names
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.read_volume import CURRENT

_PER_WEEK = r"\s*(?:a|per|each|every|/|in a)\s*w(?:ee)?k\b|\s*weekly"


_RUNS_MAX = (
    r"(?:at most|no more than|not more than|never more than|max(?:imum)?(?:\s+of)?|up to"
    r"|(?:can'?t|cannot|can not)\s+(?:run|do|manage)\s+more than|limit(?:ed)? to"
    r"|(?:don'?t|do not|doesn'?t|does not|never|won'?t)\s+(?:\w+\s+){0,3}?(?:more than|over"
    r"|above|exceed|past))\s*$"
)
# "I run every day", "running daily": seven runs (the level's most, said, if fewer).
_EVERY_DAY = r"\b(?:run|runs|running|jog|jogs|jogging)\s+(?:every\s*day|daily|each day)\b"
_RANGE_BEFORE = re.compile(r"\b([2-7])\s*(?:-|\u2013|to|or)\s*$")
_COUNT_FORMS = (
    NUMBER + r"\s*(?:x|runs?|running days|days|times|sessions|outings)(?:" + _PER_WEEK + ")",
    r"\brun(?:ning)?\s+" + NUMBER + r"\s*(?:days|times)",
    # "40 km a week over 4 runs", "in three sessions", "a 4-day week"
    r"(?:over|in|across|spread over|from|with)\s+" + NUMBER + r"\s*(?:runs|sessions|outings"
    r"|days|running days)\b",
    r"\b(?:an?\s+)?" + NUMBER + r"[- ]days?(?:[- ]a)?[- ]weeks?\b",
    NUMBER + r"\s*days? of running(?:" + _PER_WEEK + ")?",
    r"^\s*" + NUMBER + r"\s*(?:runs|running days|sessions)\s*$",  # a clause that is only "5 runs"
)


def read_runs(clause: Clause, asked: Instructions) -> bool:
    """Runs a week: what the plan should have, what the athlete does now, or a ceiling."""
    rest = re.search(NUMBER + r"\s*(?:rest|off)\s*days?(?:" + _PER_WEEK + ")", clause.text)
    if rest and re.search(
        r"\b(?:at least|minimum(?: of)?|min\.?)\s*$", clause.text[: rest.start()]
    ):
        # "at least one rest day a week": a ceiling on runs, not a count to fill
        asked.runs_max = 7 - tv.number_value(rest.group(1))
        asked.read(clause.quote, f"at most {asked.runs_max} runs a week", "runs_max")
        clause.take(rest)
        return True
    if rest:
        asked.runs_per_week = 7 - tv.number_value(rest.group(1))
        asked.read(clause.quote, f"{asked.runs_per_week} runs a week", "runs_per_week")
        clause.take(rest)
        return True
    match = next((m for f in _COUNT_FORMS if (m := re.search(f, clause.text))), None)
    if match is None:  # "no more than 5 runs": a ceiling on runs is a week's, week said or not
        bare = re.search(r"(?<=\s)" + NUMBER + r"\s*(?:runs|running days)\b", clause.text)
        match = bare if bare and _ceiling_before(clause.text, bare) else None
    daily = None if match else re.search(_EVERY_DAY, clause.text)
    if match and _RUNS_OF_A_SIZE.match(clause.text, match.end()):
        return False  # 'no more than two runs over an hour': runs of a size, not all runs
    if match and _OF_SOMETHING_ELSE.search(clause.text[: match.start()]):
        return False  # 'strides 2x a week', 'stretching 5 days a week': not runs
    if match and re.match(
        r"\s*(?:in a row|back[- ]to[- ]back|consecutive)", clause.text[match.end() :]
    ):
        return False  # 'no running two days in a row': a spacing, not a count
    if match:
        count = tv.number_value(match.group(1))
        lower = _RANGE_BEFORE.search(clause.text[: match.start(1)])
        count = int(lower.group(1)) if lower else count  # "4-5 times a week": the lower end
    elif daily:
        match, count = daily, 7
    else:
        return False
    now = daily is not None and CURRENT.search(clause.text) is not None  # "I run every day"
    after = clause.text[match.end() :]
    ceiling = _ceiling_before(clause.text, match) or re.match(_CEILING_AFTER, after) is not None
    if ceiling and "session" in match.group(0) and re.search(_HARD_OR_EASY, clause.sentence):
        return False  # '2 sessions a week max, rest of it easy': hard sessions or runs? shown
    clause.take(match)
    if ceiling:
        asked.runs_max = count
        asked.read(clause.quote, f"at most {count} runs a week", "runs_max")
    elif now or CURRENT.search(clause.text):
        asked.current_runs = count
        asked.read(
            clause.quote, f"{count} runs a week now: week 1 starts with {count}", "current_runs"
        )
    else:
        asked.runs_per_week = count
        asked.read(clause.quote, f"{count} runs a week", "runs_per_week")
    return True


_CEILING_AFTER = r"\s*(?:max(?:imum)?|at most|tops)\b"
_HARD_OR_EASY = r"\b(?:easy|hard|quality)\b"
# A count after a session or another activity counts that, not runs ("strides 2x a week",
# "tempo 2x a week", "foam rolling 4x a week"); "run 3x a week" counts runs.
_OF_SOMETHING_ELSE = re.compile(
    r"^(?!.*\b(?:run|runs|running|jog|jogs|jogging)\b).*\b(?:strides|tempo|threshold|intervals?"
    r"|track|speed\w*|hills?|sprints?|drills|stretch\w*|foam|rolling|mobility|pilates|yoga|core"
    r"|strength|gym|weights|lifting|swim\w*|bik\w*|cycl\w*|walk\w*|workouts?|sessions?"
    r"|crossfit|f45|hiit|spin\w*|class\w*|climb\w*|football|soccer|tennis|rugby|hockey)\b"
)
_RUNS_OF_A_SIZE = re.compile(
    r"\s*(?:over|longer than|above|of more than|more than|under|shorter than|beyond|past)\s+\S*\d"
    r"|\s*(?:over|longer than|above|of more than|more than|under|shorter than)\s+(?:an?|one|two)"
    r"\s+hours?"
)


def _ceiling_before(text: str, match: re.Match[str]) -> bool:
    return re.search(_RUNS_MAX, text[: match.start()]) is not None


# "Available Tue, Thu, Sat, Sun", "I can only run on Mondays and Thursdays": the other days rest.
_ONLY_ON = (
    r"\b(?:(?:i'?m\s+|i am\s+)?available|free to run|(?:can|could)\s+only\s+(?:run|train)"
    r"|only\s+(?:run|train)|run(?:ning)?\s+only|(?:i|she|he)\s+(?:can|could)\s+(?:run|train)(?=\s+(?:on\s+)?"
    + WEEKDAY
    + r"\s*(?:,|/|&|and|\s)\s*"
    + WEEKDAY
    + r")|avail(?:able|ability)?\s*:|free days\s*:|run(?:ning)? days\s*:)"
    + r"\s+(?:on\s+|at\s+)?(?:the\s+)?"
)
# "weekends only", "Tue and Thu only": the days named, and no others.
_DAYS_ONLY = "(" + WEEKDAY_LIST + r"|weekends?)\s+only\s*[.!]?$"
_DAYS_OR_WEEKEND = (
    "(" + WEEKDAY_LIST + r"(?:\s*(?:,|and|&)\s*(?:at\s+|on\s+)?(?:the\s+)?weekends?)?|weekends?)"
)


def _weekend(text: str) -> list[int]:
    return [6, 7] if "weekend" in text else []


_NOT_ON = (
    r"(?:rest|off|no running|never|not|can'?t|cannot|avoid|unavailable|busy|no runs?|skip"
    r"|(?:don'?t|do not) schedule|no training)"
)


def read_rest_days(clause: Clause, asked: Instructions) -> bool:
    only = re.search(_ONLY_ON + _DAYS_OR_WEEKEND, clause.text) or re.search(_DAYS_ONLY, clause.text)
    if only:
        named = sorted({*tv.weekdays_in(only.group(1)), *_weekend(only.group(1))})
        days = set(range(1, 8)) - set(named)
        asked.rest_days |= days
        asked.read(
            clause.quote,
            f"running only on {day_names(named)}: no running on {day_names(days)}",
            "rest_days",
        )
        clause.take(only)
        return True
    match = re.search(r"\b" + _NOT_ON + r"\b[^,]{0,20}?\b(" + WEEKDAY_LIST + ")", clause.text)
    match = match or re.search(r"^(?:and\s+)?no\s+(" + WEEKDAY_LIST + r")\s*[.!]?$", clause.text)
    match = match or re.search(
        "(" + WEEKDAY_LIST + r")\s+(?:off|free|rest|(?:are|is|as)\s+(?:a\s+|my\s+|the\s+|her\s+"
        r"|his\s+)?(?:rest(?:\s+days?)?|days?\s+off|off(?:\s+days?)?))",
        clause.text,
    )
    if not match:
        return False
    days = set(tv.weekdays_in(match.group(1)))
    asked.rest_days |= days
    asked.read(clause.quote, f"no running on {day_names(days)}", "rest_days")
    clause.take(match)
    return True


def read_long_run_day(clause: Clause, asked: Instructions) -> bool:
    if re.search(r"\bmedium[- ]?long\b|\bmid[- ]?long\b", clause.text):
        return False  # 'medium long run on Wednesdays' is no long run
    weekend = re.search(
        r"\blong(?:er)?\s+runs?\s+(?:are\s+|is\s+)?(?:only\s+|always\s+)?(?:on|at)\s+(?:the\s+)?"
        r"weekends?(?:\s+only)?",
        clause.text,
    )
    if weekend is not None:  # "longer runs at the weekend only": the long run, not all running
        asked.long_run_day = asked.long_run_day or 7
        day = day_names([asked.long_run_day])
        asked.read(clause.quote, f"long run at the weekend: on {day}", "long_run_day")
        clause.take(weekend)
        return True
    match = re.search(
        r"long(?:er)? runs?\s*(?:day)?\s*(?:is|are|on|:|=)?\s*(?:only\s+|always\s+)?(?:on\s+)?"
        r"(?:the\s+)?(" + WEEKDAY + ")",
        clause.text,
    )
    match = match or re.search(
        "(" + WEEKDAY + r")\s+(?:is\s+)?(?:for\s+)?(?:the\s+|my\s+)?long[- ]runs?(?:\s+day)?",
        clause.text,
    )
    if not match:
        return False
    asked.long_run_day = tv.weekdays_in(match.group(1))[0]
    asked.read(clause.quote, f"long run on {day_names([asked.long_run_day])}", "long_run_day")
    clause.take(match)
    return True


def read_doubles(clause: Clause, asked: Instructions) -> bool:
    match = re.search(r"\bdoubles?\b|twice a day|two runs a day|two-a-days?", clause.text)
    if not match:
        return False
    asked.doubles = True
    asked.refuse(clause.quote, "the built-in planner writes one run a day")
    clause.take(match)
    return True
