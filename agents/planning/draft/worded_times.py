"""Times written in words in a day line ('two hours easy', 'forty-five minutes steady', 'an
hour and a quarter', '2 and a half hours') as minutes, read with the core's table of worded
times (WORDED_TIME, worded_minutes): one home for the words. What the core's table does not
hold yet is read here from its own words: a quarter or three quarters after the hours,
minutes after the hours ('an hour forty-five'), and a fraction after digits ('2 and a
half hours' was 2 hours and 'a half' dropped, a 12-minute run) or as a sign ('2½ hours').

Every pattern is bounded, as in session_words.
"""

from __future__ import annotations

import re

from agents.planning.core.values import (
    AMOUNT_WORDS,
    COUNT_WORDS,
    WORDED_TIME,
    worded_minutes,
    words_of,
)

# Parts of an hour after the hours ('an hour and a quarter', '1 hour and three quarters').
FRACTIONS = {"a half": 30, "a quarter": 15, "one quarter": 15, "three quarters": 45}
_FRACTION = r"(?:a half|a quarter|one quarter|three quarters)"
_TENS = r"(?:twenty|thirty|forty|fifty)"
_TENS_UNITS = r"(?P<tens2>" + _TENS + r")[- ](?P<unit2>" + words_of(COUNT_WORDS, most=9) + ")"
# Minutes after the hours: 'an hour forty-five', 'two hours fifteen (minutes)'.
_MINUTES = words_of({w: n for w, n in AMOUNT_WORDS.items() if 10 <= n < 60})
WORDED = re.compile(
    r"(?<![\w-])(?:(?P<time>" + WORDED_TIME + ")"
    r"(?: and (?P<part>"
    + _FRACTION
    + r")| (?:and )?(?:"
    + _TENS_UNITS
    + "|(?P<more>"
    + _MINUTES
    + r"))(?: min(?:ute)?s?)?\b(?! ?(?:x|\*|by|times)\b))?)"
)
DIGIT_HOURS = re.compile(
    r"(?<![\w.:])(?P<n>\d{1,2})(?: and (?P<f1>" + _FRACTION + r") (?:hours?|hrs?)"
    r"| ?(?:hours?|hrs?) and (?P<f2>" + _FRACTION + r"))\b"
)
# 'a half hour', 'half hour', 'half-hour': the core's 'half an hour'; 'two and a half hrs': hours.
A_HALF_HOUR = re.compile(r"\b(?:a )?half[- ]hour\b")
WORD_HRS = re.compile(r"\b(?P<w>" + words_of(AMOUNT_WORDS, most=10) + r"|half) hrs?\b")
# A fraction sign after a whole number ('2½ hours', '1 ¾ hours'): its decimal (it was a
# 6-minute run, or shown back).
UNICODE_FRACTION = re.compile("(?<![\\w.])(?P<n>\\d{1,2})? ?(?P<f>[\u00bd\u00bc\u00be])")
HALF_SIGN_MARATHON = re.compile("\u00bd ?marathon")  # '½ marathon' is the half marathon
DECIMALS = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}


def rewrite_worded_times(text: str) -> str:
    """The text with its times in words as minutes ('two hours easy' as '120 min easy')."""
    if not text.isascii():
        text = UNICODE_FRACTION.sub(_decimal, HALF_SIGN_MARATHON.sub("half marathon", text))
    text = A_HALF_HOUR.sub("half an hour", WORD_HRS.sub(lambda m: f"{m.group('w')} hours", text))
    text = DIGIT_HOURS.sub(_digit_hours, text)
    return WORDED.sub(_worded, text)


def _worded(match: re.Match[str]) -> str:
    minutes = worded_minutes(match.group("time"))
    if minutes is None:
        return match.group(0)
    if match.group("tens2"):
        minutes += AMOUNT_WORDS[match.group("tens2")] + AMOUNT_WORDS[match.group("unit2")]
    elif match.group("more"):
        minutes += AMOUNT_WORDS[match.group("more")] if minutes % 60 == 0 else 0
    return f"{minutes + FRACTIONS.get(match.group('part') or '', 0)} min"


def _digit_hours(match: re.Match[str]) -> str:
    part = match.group("f1") or match.group("f2")
    return f"{int(match.group('n')) * 60 + FRACTIONS[part]} min"


def _decimal(match: re.Match[str]) -> str:
    return f"{int(match.group('n') or 0) + DECIMALS[match.group('f')]:g}"
