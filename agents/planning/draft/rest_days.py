"""A rest day with an aside that is no session ('Rest day. Foam roll.', 'OFF (travel)',
'rest, travel to race', 'post-marathon: rest'): the day rests and the aside is said not kept.
The race or run a rest day's aside names is not a session of the day (it was the race)."""

from __future__ import annotations

import re

from agents.planning.draft.kind_words import activity, run_kind

REST_WITH = re.compile(
    r"^(?:rest(?: day)?|off(?: day)?|day off|complete rest|full rest|total rest)\b"
    r"(?: ?[.,:;!(/&+\u2013\u2014-]+ ?| and )(?P<aside>.{1,60})$"
)
# The aside written before the rest ('post-marathon: rest', 'travel day - rest').
REST_AFTER = re.compile(
    r"^(?P<aside>(?:post[- ]?(?:race|marathon|half|hm|10k|5k)|travel(?: day)?|race recovery)"
    r"[^.:;,\u2013\u2014-]{0,30}) ?[.:;,\u2013\u2014-]+ ?(?:rest|off)(?: day)?[.!]?$"
)
# What a rest day's aside says that names a race or a run without being one.
NO_SESSION = re.compile(
    r"^(?:travel|travelling|drive|flight|fly)\b|^post[- ]?\w+$|\b(?:tomorrow|next|weekend)\b"
)
DIGIT = re.compile(r"\d")
# A recovery day that says no running and no size ('active recovery', 'recovery day (rest)',
# 'rest / active recovery'): only these words, one of them a recovery word.
RECOVERY_REST_WORDS = frozenset(
    {"active", "recovery", "rec", "day", "rest", "off", "full", "complete", "total"}
)
RECOVERY_WORD = frozenset({"recovery", "rec"})
RECOVERY_REST = (
    "a recovery day with no run or size named: a rest day (write 'recovery run 30 min' for a "
    "run, 'mobility 20 min' for cross-training)"
)

WORD = re.compile(r"[a-z]+|\S")


def rest_aside(text: str) -> str | None:
    """What a rest day says beside it that is no session: the words, if the line is such a
    rest day."""
    after = REST_AFTER.match(text)
    if after is not None:
        return after.group("aside").strip(" .()!")
    match = REST_WITH.match(text)
    if match is None:
        return None
    aside = match.group("aside").strip(" .()!")
    if NO_SESSION.search(aside) and not DIGIT.search(aside):
        return aside  # 'rest, travel to race' was the race
    crossed, named = activity(aside)
    session = crossed and named != "mobility"  # 'Off (stretch)' is a rest day, not a session
    if not aside or DIGIT.search(aside) or session or run_kind(aside) is not None:
        return None
    return aside


def recovery_rest(text: str) -> bool:
    """The day says recovery with no run and no size ('active recovery', 'recovery day
    (rest)'): a rest day, never a recovery run (running is not said; a run needs 'run' or
    'jog', or a size: 'active recovery jog 20 min', 'recovery 30 min')."""
    words = {w for w in WORD.findall(text) if w.isalpha()}
    return bool(RECOVERY_WORD & words) and words <= RECOVERY_REST_WORDS and not DIGIT.search(text)


# Recovery words before an aside ('recovery day, foam roll', 'active recovery - stretching'):
# read as rest with that aside (the first was a recovery run of 30 minutes).
RECOVERY_LEAD = re.compile(
    r"^(?:active |full )?(?:recovery|rec)(?: day)?(?= ?[.,:;!(/&+\u2013\u2014-]| and )"
)


def recovery_aside(text: str) -> str | None:
    """What a recovery day with no run says beside it that is no session, if it is one."""
    if RECOVERY_LEAD.match(text) is None:
        return None
    return rest_aside(RECOVERY_LEAD.sub("rest", text, count=1))
