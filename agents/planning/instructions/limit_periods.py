"""The weeks a run limit holds: its own clause's ("in the first month", "until week 6",
"weeks 3-5", "for the next 2 weeks"), else a neighbouring clause that says only a period
("In the first month, nothing longer than 30 minutes"). Each is blanked once read."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.instructions.clauses import Clause

_PERIODS = (
    (
        re.compile(
            r"(?:(?:in|for|during|over|through(?:out)?)\s+)?(?:the\s+)?(?:first|opening)\s+"
            + tv.NUMBER.replace(r"\b(", r"\b(?P<n>", 1)
            + r"?\s*(?P<unit>weeks?|months?|fortnight)"
        ),
        "first",
    ),
    (re.compile(r"(?:until|till|til|before)\s+week\s+(?P<w>\d{1,2})"), "until"),
    (
        re.compile(r"(?:through|up to(?: and including)?|to|including)\s+week\s+(?P<w>\d{1,2})"),
        "to",
    ),
    (
        re.compile(
            r"(?:in\s+|for\s+|during\s+)?weeks?\s+(?P<a>\d{1,2})\s*(?:-|\u2013|to|through)\s*"
            r"(?P<b>\d{1,2})"
        ),
        "range",
    ),
    (
        re.compile(
            r"for\s+(?:the\s+)?(?:next\s+)?(?:a\s+(?P<one>month|fortnight|week)|"
            + tv.NUMBER.replace(r"\b(", r"\b(?P<n>", 1)
            + r"\s*(?P<unit>weeks?|months?))"
        ),
        "for",
    ),
)
_PERIOD_ONLY = re.compile(r"^[\s,:;-]*(?:and\s+|but\s+|then\s+)?$")


def period_of(clause: Clause) -> tuple[int, int | None] | None:
    for pattern, form in _PERIODS:
        match = pattern.search(clause.text)
        if match:
            clause.take(match)
            return _weeks(match, form)
    return None


def borrowed_period(clauses: list[Clause], index: int) -> tuple[int, int | None] | None:
    """A period in a neighbouring clause that says nothing else ("In the first month, ...")."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(clauses):
            clause = clauses[other]
            for pattern, form in _PERIODS:
                match = pattern.search(clause.text)
                rest = clause.text[: match.start()] + clause.text[match.end() :] if match else ""
                if match and _PERIOD_ONLY.match(rest):
                    clause.take(match)
                    return _weeks(match, form)
    return None


def _weeks(match: re.Match[str], form: str) -> tuple[int, int | None]:
    groups = match.groupdict()
    if form in ("until", "to"):
        week = int(groups["w"])
        return 1, max(1, week - 1 if form == "until" else week)
    if form == "range":
        return int(groups["a"]), int(groups["b"])
    unit = groups.get("one") or groups.get("unit") or "week"
    count = tv.number_value(groups["n"]) if groups.get("n") else 1
    per = 4 if unit.startswith("month") else 2 if unit == "fortnight" else 1
    return 1, count * per
