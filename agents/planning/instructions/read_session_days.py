"""Reading a named session on a named day: "tempo on Thursdays", "track Tuesdays", "strides
after Friday's easy run", "parkrun every Saturday". The day is kept in every week; a session
asked this way and counted nowhere else is one of that kind a week."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.core.values import WEEKDAY, WEEKDAY_LIST
from agents.planning.instructions.asked import Instructions, day_names
from agents.planning.instructions.clauses import Clause

# The session's words and the kind each names (a parkrun is a 5 km hard effort).
_KINDS = (
    (r"tempo|threshold|lt", "tempo"),
    (r"intervals?|track|speed(?:\s*work)?|vo2(?:\s*max)?", "intervals"),
    (r"hills?|hill repeats|hill reps", "hills"),
    (r"strides", "strides"),
    (r"park\s?run", "parkrun"),
    (r"trails?|off[- ]road", "trail"),
)
_KIND = "(?P<kind>" + "|".join(words for words, _ in _KINDS) + ")"
_TAIL = (
    r"(?:\s+(?:runs?|sessions?|workouts?|work|reps|repeats|day))?"
    r"(?:\s+(?:once\s+)?(?:a|per|each|every)\s+week|\s+weekly)?"  # '1 tempo per week on Thu'
)
_ON = r"\s*(?:on|every|each|at|after|with|to end)?\s*(?:most\s+|(?:the\s+|my\s+|a\s+)?)?"
_WHEN = r"(?:\s+(?:night|morning|evening|afternoon|lunch(?:time)?)s?)?"
_DAY = "(?P<day>" + WEEKDAY_LIST + r")(?:'s)?" + _WHEN
_FORMS = (
    # "tempo on Thursdays", "intervals every Tuesday", "strides after Friday's easy run"
    re.compile(r"\b" + _KIND + _TAIL + _ON + _DAY + r"(?:\s+easy(?:\s+runs?)?)?"),
    # "Thursday tempo", "Tuesdays are track", "Wed: hills"
    re.compile(
        r"\b"
        + _DAY
        + r"\s*(?::|=|-|is|are|for|is for|are for)?\s*(?:the\s+|my\s+)?"
        + _KIND
        + _TAIL
    ),
)
# A clause that refuses or only fears the session is not a day for it.
_NOT = re.compile(r"\b(?:no|not|never|avoid\w*|without|skip|don'?t|do not|can'?t|cannot)\b")
# One week's session ("parkrun on Saturday in week 4", "this Saturday") is not every week's;
# a place or a job ("I coach at the track on Wednesdays") is no session.
_NOT_WEEKLY = re.compile(
    r"\b(?:in|of|during)\s+week\s*\d|\bweek\s*\d|\b(?:this|next|last)\s+"
    + WEEKDAY
    + r"|\b(?:coach\w*|i work|working|volunteer\w*|closed|marshal\w*|busy)\b"
)
# Shown back: two kinds for one day ("tempo or intervals on Tuesdays"), two days for one kind
# ("intervals Tue and Thu"), or a parkrun run easy ("easy parkrun", "parkrun as an easy run").
_EITHER = re.compile(_KIND + r"\s+or\s+(?:" + "|".join(w for w, _ in _KINDS) + ")")
_EASY_PARKRUN = re.compile(
    r"\b(?:easy|jog\w*|gently|relaxed|with (?:the |my )?(?:kids?|friends?|dog))\b"
)
QUALITY_NAMED = ("tempo", "intervals", "hills")


def read_session_day(clause: Clause, asked: Instructions, sentence: str = "") -> bool:
    """The day for a session kind, kept in every week; what the whole sentence says of it
    counts ("parkrun on Saturdays, but only as an easy run")."""
    if _NOT.search(clause.text) or _NOT_WEEKLY.search(clause.text):
        return False
    match = next((m for form in _FORMS if (m := form.search(clause.text))), None)
    if match is None:
        return False
    kind = next(k for words, k in _KINDS if re.fullmatch(words, match.group("kind")))
    days = tv.weekdays_in(match.group("day"))
    why = _shown_back(f"{clause.text} {sentence}", kind, days)
    if why is not None:
        asked.refuse(clause.quote, why + "; the plan chooses the day")
        clause.text, clause.read = " " * len(clause.text), True
        return True
    day = days[0]
    taken = {d for k, d in asked.session_days.items() if k != kind}
    if day in taken:
        asked.refuse(clause.quote, f"{day_names([day])} already holds another session said")
        clause.take(match)
        return True
    asked.session_days[kind] = day
    asked.read(clause.quote, day_meaning(kind, day), f"day_{kind}")
    if kind == "strides":
        asked.strides = True
    # Leave the session words for the count readers ("1 tempo per week on Thursday").
    start, end = match.span("day") if kind in QUALITY_NAMED else match.span()
    clause.text = clause.text[:start] + " " * (end - start) + clause.text[end:]
    clause.read = True
    return True


def day_meaning(kind: str, day: int) -> str:
    """The header's reading of a session on its day."""
    word = "a parkrun (5 km hard)" if kind == "parkrun" else kind
    return f"{word} on {day_names([day])} every week"


def _shown_back(text: str, kind: str, days: list[int]) -> str | None:
    """Why a session said on a day is not kept on it, or None."""
    if len(days) > 1:
        return f"one day is kept for each kind of session, and {day_names(days)} are said"
    if _EITHER.search(text):
        return "two kinds of session are said for one day"
    if kind == "parkrun" and _EASY_PARKRUN.search(text):
        return "a parkrun run easy is an easy run, which the plan places itself"
    return None


def count_named_sessions(asked: Instructions) -> None:
    """A quality kind given a day and named nowhere else is one of the week's sessions, of
    that kind (the week's count stays the plan's own unless a count is said)."""
    for kind in QUALITY_NAMED:
        named = kind in asked.session_days and kind not in asked.avoided
        if named and kind not in asked.quality_counts:
            asked.quality_counts[kind] = 1  # type: ignore[index]
            asked.hills = asked.hills or kind == "hills"
