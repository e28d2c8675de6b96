"""Cross-training and strength the coach asks for: on days named ("bike on Wednesdays", "gym
Mon and Thu") or as a count a week ("strength training twice a week", "add one cross
training day"). A day named for another sport is a day without running; a count goes on days
without a run, else after an easy run; each is a cross-training session in every week."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.core.values import NUMBER
from agents.planning.instructions.asked import Instructions, day_names
from agents.planning.instructions.clauses import Clause

# The activity by the words used for it, as the plan names it.
_ACTIVITIES = (
    (r"bik(?:e|es|ing)|cycl(?:e|es|ing)|spin(?:ning)?(?:\s+class)?|ride|riding", "bike"),
    (r"swim(?:s|ming)?|pool", "swim"),
    (r"elliptical|cross[- ]?trainer", "elliptical"),
    (r"(?<!in a )row(?:ing)?|erg", "row"),
    (r"yoga|pilates|mobility", "yoga"),
    (
        r"strength(?:\s+(?:training|work|sessions?))?|gym|weights|lifting|core(?:\s+work)?",
        "strength",
    ),
    (r"cross[- ]?train(?:ing)?|xt", "cross-training"),
)
_WORDS = "|".join(f"(?:{words})" for words, _ in _ACTIVITIES)
_COUNT = (
    r"(?:"
    + NUMBER
    + r"\s*(?:x|times|sessions?|days?)?|(?P<w>"
    + tv.words_of(tv.TIMES_WORDS)
    + r")|(?P<one>an?|one|some))"
    r"\s*(?:(?:a|per|each|every"
    r"|/)\s*w(?:ee)?k\b|weekly)"
)
MOST_A_WEEK = 3  # cross-training a week beside the running; more is another sport's plan
_ASK = r"(?:include|add|with|plus|do|want|need|like|some|i\s+(?:do|go\s+to))\s+(?:\w+\s+){0,2}?"


def read_cross(clause: Clause, asked: Instructions) -> bool:
    """A cross-training wish on days or a count a week; a run named in it is not ours."""
    text = clause.text
    sport = re.search(r"\b(?:" + _WORDS + r")\b", text)
    if sport is None or re.search(r"(?<!'d )(?<!would )\b(?:like|love|enjoy)\b", text):
        return False  # 'I also like swimming on Fridays' tells of a taste, asks for no day
    if re.search(r"\b(?:run|runs|running|jog\w*)\b", text) and not re.search(
        r"instead of (?:a\s+)?run", text
    ):
        return False
    activity = next(name for words, name in _ACTIVITIES if re.fullmatch(words, sport.group(0)))
    days = tv.weekdays_in(text)
    if days and not re.search(r"\b(?:no|not|never|don'?t|can'?t)\b", text):
        for day in days:
            asked.cross_days[day] = activity
        asked.rest_days |= set(days)
        asked.read(
            clause.quote,
            f"{activity} on {day_names(days)} every week (no running that day)",
            "cross_days",
        )
        clause.take(sport)
        return True
    count = re.search(_COUNT, text) or re.search(_ASK + r"(?:" + _WORDS + r")", text)
    if count is None or days:
        return False
    times = _times(count)
    # Another sport said in another clause adds; the same one said again replaces.
    sessions = [*(a for a in asked.cross_sessions if a != activity), *[activity] * times]
    if len(sessions) > MOST_A_WEEK:
        asked.refuse(clause.quote, f"at most {MOST_A_WEEK} cross-training sessions a week")
        sessions = sessions[:MOST_A_WEEK]
        times = sessions.count(activity)
    asked.cross_sessions = sessions
    clause.take(count)  # its count is no count of runs
    clause.take(sport)
    if times == 0:
        return True  # shown back above: no room left for it
    asked.read(
        clause.quote,
        f"{times} x {activity} a week, on a day without running (after an easy run when no "
        "day is free)",
        "cross",
    )
    return True


def _times(count: re.Match[str]) -> int:
    if count.re.pattern == _COUNT and count.group(1):
        return max(1, tv.number_value(count.group(1)))
    times = count.groupdict().get("w")
    return tv.TIMES_WORDS[times] if times else 1
