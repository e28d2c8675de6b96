"""Which runs a run limit holds for: the days it names ("on weekdays", "midweek", "on work
days", "Tuesday and Thursday runs", "apart from Sundays"), the runs besides the long run
("short runs", "other runs", "except the long run"), the easy runs alone ("easy runs", "easy
days") or the recovery runs. One home for these words: the run limits and the daily time
budgets both read them. The words may sit in a clause of their own ("short runs during the
week, under 40 min"): the limit borrows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.planning.core import values as tv
from agents.planning.instructions.clauses import Clause

# Monday to Friday: the week's days, the days of work. The plain words name days only;
# "during the week" may also be the whole week's ("no more than 30 miles during the week").
PLAIN_WEEKDAY_WORDS = (
    r"\bweek ?days?\b|\bmid-?week\b|\bwork ?days?\b|\bworking days?\b|\bschool days?\b"
)
WEEKDAY_WORDS = (
    PLAIN_WEEKDAY_WORDS + r"|\bduring the (?:work ?)?week\b|\bwork week\b"
    r"|\b(?:before|after) work\b|\bin the week\b"
)
_WEEKDAYS = re.compile(WEEKDAY_WORDS)
_WEEKEND = re.compile(r"\bweekends?\b")
# Words that leave something out: "except", "apart from", "not counting".
_EXCEPT = (
    r"(?:except|apart from|other than|besides|excluding|not counting|aside from|outside of|but)"
)
# Every run but the long run.
_SHORT = re.compile(
    r"\b(?:short(?:er)?|other|remaining|non-?long|regular|normal|everyday|daily|usual)\s+"
    r"(?:runs?|days?|sessions?|outings?)\b"
    r"|(?P<but_long>\b" + _EXCEPT + r"\s+(?:for\s+)?(?:the\s+|my\s+|a\s+)?(?:\w+\s+)?"
    r"long(?:\s+runs?|\s+one)?\b)"
    r"|\b(?:the\s+)?rest of (?:my|the) (?:runs|week)\b|\beverything else\b"
)
# Easy runs alone (recovery runs alone): quality sessions and the long run are not held to it.
_EASY = re.compile(r"\beasy\s+(?:runs?|days?|running|miles|outings?)\b")
_RECOVERY = re.compile(r"\brecovery\s+(?:runs?|days?|jogs?|outings?)\b")
# "apart from Sundays", "except Saturday": every day but those.
_BUT_DAYS = re.compile(
    r"\b" + _EXCEPT + r"\s+(?:on\s+)?"
    r"(?:the\s+)?(?P<days>" + tv.WEEKDAY_LIST + r"|weekends?)(?!\s+long)"
)
# A clause that says only which runs ("short runs during the week", "on weekdays"); never
# one that says more ("easy running only", "weekdays only": other readers' wishes).
_SCOPE_ONLY = re.compile(
    r"^[\s,:;-]*(?:(?:and|but|for|on|my|the|all|keep|with|during|in|please|easy|short|nice"
    r"|really|very|are|be|should|runs?|to|i|can\s+only|can|go|running|is|tight|busy|hectic|limited"
    r"|packed|have|get|at|early|mornings?|evenings?|lunch(?:time)?|\d{1,2}(?::\d{2})?\s*[ap]m)"
    r"\b[\s,:;-]*)*$"
)


@dataclass(frozen=True)
class Scope:
    """The days a limit holds on (none: every day) and which runs: "" every run, "short"
    every run but the long run, "easy" the easy and recovery runs, "recovery" those alone."""

    days: tuple[int, ...] = ()
    held: str = ""

    @property
    def every_run(self) -> bool:
        return not self.days and not self.held


def scope_of(text: str) -> Scope:
    """The runs a clause's words name."""
    held = (
        "recovery"
        if _RECOVERY.search(text)
        else "easy"
        if _EASY.search(text)
        else "short"
        if _SHORT.search(text)
        else ""
    )
    text = _without(text, _but_long(text))  # "except the Sunday long run": no day spared
    but = _BUT_DAYS.search(text)
    text = _without(text, but)
    days: list[int]
    if _WEEKDAYS.search(text):
        days = [1, 2, 3, 4, 5]
    elif _WEEKEND.search(text):
        days = [6, 7]
    else:
        days = tv.weekdays_in(text)
    if but is not None:  # "apart from Sundays": every day (of those said) but those
        said = but.group("days")
        spared = {6, 7} if said.startswith("weekend") else set(tv.weekdays_in(said))
        days = [d for d in (days or range(1, 8)) if d not in spared]
    return Scope(tuple(sorted(set(days))), held)


def _without(text: str, found: re.Match[str] | None) -> str:
    if found is None:
        return text
    start, end = found.span()
    return text[:start] + " " * (end - start) + text[end:]


def _but_long(text: str) -> re.Match[str] | None:
    """The "except the (Sunday) long run" of a text, if it says one."""
    return next((m for m in _SHORT.finditer(text) if m.group("but_long")), None)


def without_exceptions(text: str) -> str:
    """The text with an "except the (Sunday) long run" and an "other than Sunday" blanked,
    so a limit's pattern and its days read past them."""
    text = _without(text, _but_long(text))
    return _without(text, _BUT_DAYS.search(text))


def without_day_words(text: str) -> str:
    """The text with its words for weekdays blanked ("runs before work are capped at 40 min"),
    so a limit's pattern reads past them; the scope is read from the text as written."""
    return _WEEKDAYS.sub(lambda m: " " * len(m.group(0)), text)


def borrowed_scope(clauses: list[Clause], index: int) -> tuple[Scope, str]:
    """The scope a neighbouring clause of only such words gives ("short runs during the week,
    under 40 min"; "besides the long run, keep everything under 50 min"), which it then uses;
    and the limit's quote with those words in the order written."""
    quote = clauses[index].quote
    for other in (index - 1, index + 1):
        if not 0 <= other < len(clauses) or clauses[other].read:
            continue
        clause = clauses[other]
        rest = without_exceptions(clause.text)
        for pattern in (_WEEKDAYS, _WEEKEND, _SHORT, _EASY, _RECOVERY):
            rest = pattern.sub(" ", rest)
        rest = re.sub(tv.WEEKDAY, " ", rest)
        scope = scope_of(clause.text)
        if not scope.every_run and _SCOPE_ONLY.match(rest):
            clause.text, clause.read = " " * len(clause.text), True
            both = (clause.quote, quote) if other < index else (quote, clause.quote)
            return scope, ", ".join(both)
    return Scope(), quote
