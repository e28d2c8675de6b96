"""Clause readers for hard sessions: counts and ceilings, hard/easy, speed-free weeks, terrain."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.core.values import NUMBER
from agents.planning.instructions.asked import AskedQuality, Instructions
from agents.planning.instructions.clauses import Clause

_HARD_WORDS = (
    r"(?:quality|hard|key|speed|track|intervals?|interval|tempo|threshold|workouts?|sos|"
    r"hill|hills|intense|intensity)"
)
SESSION = (
    r"\s+((?:" + _HARD_WORDS + r"\s+)*" + _HARD_WORDS + r")\b"
    r"(?:\s*(?:sessions?|workouts?|runs?|days?|efforts?|reps))?"
)
# "Include a tempo every week": one of that kind a week.
_ONE_A_WEEK = (
    r"\b(?:include|add|have|do|with|want|keep)\s+(?:an?|one)"
    + SESSION
    + r"\s+(?:every|each|a|per)\s+week"
)
# "intervals once a week", "a tempo run twice a week": the clause opens with the session.
_ONCE_A_WEEK = (
    r"^\s*(?:(?:an?|one)\s+)?"
    + SESSION.removeprefix(r"\s+")
    + r"\s+("
    + tv.words_of(tv.TIMES_WORDS)
    + r")\s+(?:a|per|each"
    r"|every)\s+w(?:ee)?k\b"
)
# "two quality days", "2 hard days": days of the week that are hard, so a count a week.
_DAYS_OF = NUMBER + r"\s+(?:quality|hard|key|workout)\s+days\b"
_CEILING = (
    r"(?:at most|no more than|not more than|never more than|max(?:imum)?(?:\s+of)?|up to"
    r"|limit(?:ed)? to|cap(?:ped)? at|only)"
)
_HARD_EASY = (
    r"(?:never|no)\s+(?:two|2)\s+(?:hard|quality|key)\s+(?:days|sessions|workouts)\s+(?:in\s+a\s+row"
    r"|back[- ]to[- ]back|consecutive(?:ly)?|on consecutive days|together)",
    r"(?:no|never|avoid|don'?t|do not|without)\s+(?:\w+\s+){0,2}(?:back[- ]to[- ]back"
    r"|consecutive|successive)(?:\s+(?:hard|quality|key)\s+(?:days|sessions|workouts))?",
    r"(?:hard|quality|key)\s+(?:days|sessions|workouts)\s+(?:never|not|aren'?t)\s+"
    r"(?:back[- ]to[- ]back|in a row|consecutive|on consecutive days)",
    r"(?:don'?t|do not|never|no|avoid)\s+stack(?:ing|ed)?\s+(?:\w+\s+)?(?:days|sessions|workouts)",
    r"\bhard\s*(?:/|-|and)\s*easy\b|\balternat\w+\s+hard",
    r"(?:an?\s+)?easy day (?:after|between) (?:each |every )?hard",
)


def read_hard_easy(clause: Clause, asked: Instructions) -> bool:
    """Hard/easy is a spacing rule, not a count: the planner never puts hard days side by side."""
    for pattern in _HARD_EASY:
        match = re.search(pattern, clause.text)
        if match:
            asked.hard_easy = True
            asked.read(
                clause.quote,
                "hard/easy: never two hard days in a row (the planner keeps quality "
                "sessions and the long run apart)",
                "hard_easy",
            )
            clause.take(match)
            return True
    return False


def read_quality(clause: Clause, asked: Instructions, sentence: str) -> bool:
    """'at most N hard sessions' is a ceiling; 'N tempo runs a week' a count of that kind."""
    ceiling = re.search(_CEILING + r"\s+" + NUMBER + SESSION, clause.text)
    if not re.search(r"week", sentence) and not (ceiling or re.search(_DAYS_OF, clause.text)):
        return False  # a count with no week said is a week's only as a ceiling or 'N hard days'
    ceiling = ceiling or re.search(
        NUMBER + SESSION + r"[^,]{0,20}?\b(?:at most|max)\b", clause.text
    )
    if ceiling:
        count = tv.number_value(ceiling.group(1))
        asked.quality_max = min(count, asked.quality_max or count)
        asked.read(
            clause.quote,
            f"at most {count} quality sessions a week (a ceiling, not a count)",
            "quality_max",
        )
        clause.take(ceiling)
        return True
    counts = list(re.finditer(NUMBER + SESSION, clause.text))
    single = None if counts else re.search(_ONE_A_WEEK, clause.text)
    if single:
        _count(clause, asked, single, 1, _kind(single.group(1)))
        return True
    times = None if counts else re.search(_ONCE_A_WEEK, clause.text)
    if times:  # "intervals once a week", "tempo twice a week"
        _count(clause, asked, times, tv.TIMES_WORDS[times.group(2)], _kind(times.group(1)))
        return True
    # "1 interval session + 1 tempo per week": each count said is kept
    for match in counts:
        _count(clause, asked, match, tv.number_value(match.group(1)), _kind(match.group(2)))
    return bool(counts)


def _count(
    clause: Clause, asked: Instructions, match: re.Match[str], count: int, kind: AskedQuality
) -> None:
    clause.take(match)
    if asked.quality_source not in (None, asked.source):
        asked.read(clause.quote, "sessions a week already set by the prompt, which applies")
        return
    asked.quality_source = asked.source
    asked.hills = asked.hills or kind == "hills"
    asked.quality_counts[kind] = count  # the same kind said again replaces, never adds
    named = sum(n for k, n in asked.quality_counts.items() if k != "quality")
    asked.quality_per_week = max(asked.quality_counts.get("quality", 0), named)
    label = "quality session" if kind == "quality" else kind
    asked.read(clause.quote, f"{count} x {label} a week", "quality_per_week")


def _kind(words: str) -> AskedQuality:
    if re.search(r"tempo|threshold", words):
        return "tempo"
    if re.search(r"track|interval|speed", words):
        return "intervals"
    if re.search(r"hill", words):
        return "hills"
    return "quality"


_EASY_ONLY = (
    r"(?:no|without)\s+(?:speed|quality|hard|interval|intensity|fast|track|workouts?)\w*"
    r"(?:\s+\w+)?\s+(?:for|in|during|until|over)?\s*(?:the\s+)?first\s+" + NUMBER + r"\s+weeks?",
    # "easy first 2 weeks", "keep it easy for the first 3 weeks"
    r"\beasy\s+(?:for\s+|in\s+|during\s+)?(?:the\s+)?first\s+" + NUMBER + r"\s+weeks?",
    r"(?:only\s+easy|easy\s+only|just\s+easy|all\s+easy|easy\s+(?:running|runs)\s+only)[^,]*?"
    r"(?:for|during|in\s+the\s+first)\s+(?:the\s+)?(?:first\s+)?" + NUMBER + r"\s+weeks?",
    r"first\s+" + NUMBER + r"\s+weeks?\s+(?:\w+\s+){0,2}?(?:easy|no\s+(?:speed|quality|hard))",
    # "easy weeks 1-3", "weeks 1-4 easy": the weeks from the first to the one said
    r"easy\s+(?:running\s+)?(?:in\s+)?weeks?\s+1\s*(?:-|\u2013|to)\s*(\d{1,2})\b",
    r"\bweeks?\s+1\s*(?:-|\u2013|to)\s*(\d{1,2})\s+(?:\w+\s+)?(?:easy|no\s+(?:speed|quality|hard))",
    r"(?:no|without)\s+(?:speed|quality|hard|interval|intensity|fast|track)\w*(?:\s+work)?"
    r"\s+for\s+" + NUMBER + r"\s+weeks?",
)


# "No speed work until week 5" (weeks 1-4), "easy only for the first month" (weeks 1-4).
_EASY_UNTIL = (
    r"(?:(?:no|without)\s+(?:speed|quality|hard|interval|intensity|fast|track|workouts?)\w*"
    r"(?:\s+work)?|(?:only\s+easy|easy\s+only|just\s+easy|all\s+easy)(?:\s+running|\s+runs)?)"
    r"\s+(?:(?:until|till|before)\s+week\s+(?P<n>\d{1,2})"
    r"|(?:for|in|during)\s+the\s+first\s+(?P<month>month|fortnight))\b"
)
# "first month easy", "the first fortnight all easy": the period said before "easy".
_FIRST_PERIOD_EASY = (
    r"\bfirst\s+(?P<month>month|fortnight)\s+(?:\w+\s+){0,2}?(?:easy|no\s+(?:speed|quality|hard))"
    r"|\beasy\s+(?:\w+\s+){0,2}?(?:for|in|during)\s+the\s+first\s+(?P<month2>month|fortnight)\b"
)
_PERIOD_WEEKS = {"month": 4, "fortnight": 2}


# No period said: easy running in every week ("no speedwork", "no intervals please", "I
# don't want any hard sessions", "no workouts, just easy miles").
_EASY_ALWAYS = re.compile(
    r"^(?:(?:i|we|she|he)\s+(?:don'?t|do not|doesn'?t)\s+want\s+(?:any\s+)?"
    r"|(?:please\s+)?(?:no|skip\s+(?:the\s+)?|without(?:\s+any)?)\s*)(?:speed|quality|hard|interval|intensity"
    r"|fast|track|workouts?)[\w-]*(?:\s+(?:work|sessions?|runs?|days?|workouts?|training))?"
    r"(?:\s+(?:please|for now|at all|thanks))*\s*[.!]?$"
    # "only easy running", "easy runs only", "just easy miles please", "all easy"
    r"|^(?:only|just|all)\s+easy(?:\s+(?:miles|running|runs|km|kms|mileage|pace))?"
    r"(?:\s+(?:please|for now|thanks|at all))*$"
    r"|^easy\s+(?:miles|running|runs|km|kms|mileage|pace)?\s*only(?:\s+(?:please|for now))*$"
)
ALL_WEEKS = 99  # every week of any plan (the athlete's setting clamps it to the plan)


# Other kinds wanted in the same sentence ("no intervals, only tempo and hills"): "no
# intervals" is then the kind not wanted, not easy running only.
_OTHER_KINDS = re.compile(r"\b(?:tempo|threshold|hills?|fartleks?|marathon pace)\b")


def read_no_speed(clause: Clause, asked: Instructions) -> bool:
    always = _EASY_ALWAYS.search(clause.text.strip())
    if always and re.search(r"interval|track", always.group(0)):
        always = None if _OTHER_KINDS.search(clause.sentence) else always
    if always:
        asked.no_speed_weeks = ALL_WEEKS
        asked.read(
            clause.quote,
            "easy running only in every week (no quality sessions, no strides)",
            "no_speed_weeks",
        )
        clause.take(always)
        return True
    period = re.search(_FIRST_PERIOD_EASY, clause.text)
    if period:
        _easy_weeks(clause, asked, period, _PERIOD_WEEKS[period.group("month") or period["month2"]])
        return True
    until = re.search(_EASY_UNTIL, clause.text)
    if until:
        month = until.group("month")
        weeks = _PERIOD_WEEKS[month] if month else tv.number_value(until.group("n")) - 1
        if weeks >= 1:
            _easy_weeks(clause, asked, until, weeks)
            return True
    for pattern in _EASY_ONLY:
        match = re.search(pattern, clause.text)
        if match:
            _easy_weeks(clause, asked, match, tv.number_value(match.group(1)))
            return True
    return False


def _easy_weeks(clause: Clause, asked: Instructions, match: re.Match[str], weeks: int) -> None:
    asked.no_speed_weeks = weeks
    asked.read(
        clause.quote,
        f"easy running only (no quality, no strides) in weeks 1-{weeks}",
        "no_speed_weeks",
    )
    clause.take(match)


_TERRAIN = (
    (r"\bhills?\b|\bhilly\b|uphill", "hills", "hill repeats in base and build"),
    (r"\btrails?\b|off[- ]road", "trail", "easy and long runs on trails"),
    (r"\bstrides\b", "strides", "strides after some easy runs"),
)


def read_flags(
    clause: Clause, asked: Instructions, table: tuple[tuple[str, str, str], ...]
) -> bool:
    """Set each flag whose pattern the clause holds; `table` rows are (pattern, flag, meaning)."""
    matched = False
    for pattern, name, meaning in table:
        match = re.search(pattern, clause.text)
        if match:
            setattr(asked, name, True)
            asked.read(clause.quote, meaning, name)
            clause.take(match)
            matched = True
    return matched


# A clause that refuses, fears or delays hills, trails or strides asks for none of them:
# "hills are hard for me", "no strides before week 4" are shown back, never added.
_NOT_FOR = re.compile(
    r"\b(?:no|not|never|avoid\w*|without|skip|don'?t|do not|can'?t|cannot|hate|dislike"
    r"|hard for|struggle\w*|hurts?|pain|before week|until week|till week)\b"
)


# One trail run a week ("one run off-road each week", "a trail run once a week") is not
# every easy and long run on trails: shown back.
_SOME_TRAIL = re.compile(
    r"\b(?:trails?|off[- ]road)\b.*\b(?:once|twice)\b"
    r"|\b(?:one|a|1|two|2|single)\s+(?:\w+\s+)?(?:runs?|outings?|sessions?)\b.*"
    r"\b(?:a|per|each|every)\s+week\b"
)


def read_terrain(clause: Clause, asked: Instructions) -> bool:
    if _NOT_FOR.search(clause.text):
        return False
    trail = re.search(r"\btrails?\b|off[- ]road", clause.text)
    if trail is not None and _SOME_TRAIL.search(clause.text):
        asked.refuse(
            clause.quote,
            "a trail run on some days is not one the built-in planner places: say 'easy "
            "runs on trails' to run every easy and long run off-road",
        )
        clause.text, clause.read = " " * len(clause.text), True
        return True
    return read_flags(clause, asked, _TERRAIN)
