"""Clause readers for pregnancy and the return to running after a birth: pregnancy is shown
back whole (the coach agrees the plan with the midwife or doctor); postpartum is a graded
return (Goom, Donnelly & Brockwell 2019)."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.instructions.asked import Instructions, reading
from agents.planning.instructions.clauses import Clause

_PREGNANT = re.compile(
    r"\bpregnan\w*|\btrimester\b|\bexpecting (?:a baby|twins)\b|\bweeks? along\b"
)
_BEFORE_PREGNANCY = re.compile(r"\b(?:pre|before|after|since)[- ]?(?:my\s+)?pregnan")


def read_pregnancy(clause: Clause, asked: Instructions) -> bool:
    """Pregnant now: shown back whole (no number in it is an age or a volume); the plan is
    the usual one and the coach agrees it with the athlete's midwife or doctor."""
    match = _PREGNANT.search(clause.text)
    if match is None or _BEFORE_PREGNANCY.search(clause.text):
        return False
    asked.refuse(
        clause.quote,
        "pregnancy is not planned for by the built-in planner: the plan is the usual one; agree "
        "its intensity and volume with the athlete's midwife or doctor (ACOG 2020: moderate "
        "exercise, effort by feel)",
    )
    clause.text, clause.read = " " * len(clause.text), True
    return True


_POSTPARTUM = re.compile(
    r"\bpost[- ]?partum\b|\bpost[- ]?natal(?:ly)?\b|\bafter (?:having |giving birth|the birth"
    r"|birth|childbirth|(?:my |a |the |our )?(?:baby|pregnancy|c-?section|delivery))\w*"
    r"|\bgave birth\b|\bgiving birth\b|\bhad (?:a|my|our) (?:baby|son|daughter)\b"
    r"|\bnew (?:mum|mom|mother)\b|\bsince (?:the )?birth\b|\bbaby is\b"
)
_SINCE = re.compile(
    r"\b(?P<n>\d{1,2}|" + tv.words_of(tv.AMOUNT_WORDS, most=20) + r")\s*(?:-\s*)?"
    r"(?P<unit>weeks?|months?|wks?|mos?)\b"
)
POSTPARTUM_RUN_WEEKS = 12  # Goom, Donnelly & Brockwell 2019: no running before 12 weeks


def read_postpartum(clause: Clause, asked: Instructions) -> bool:
    """'six months postpartum', 'baby is 8 weeks old': a graded return (Goom et al. 2019)."""
    match = _POSTPARTUM.search(clause.text)
    if not match:
        return _postpartum_age(clause, asked)
    if asked.postpartum:  # said again ("postnatal, 5 months after giving birth"): one reading
        earlier = asked.quotes["postpartum"]
        asked.readings.remove(reading(earlier, postpartum_meaning(asked.postpartum_weeks)))
        clause.quote = f"{earlier}, {clause.quote}"
    asked.postpartum = True
    since = _SINCE.search(clause.text)
    if since:
        amount = since.group("n")
        count = tv.amount_value(amount)
        weeks = round(count * 4.35) if since.group("unit").startswith("mo") else count
        asked.postpartum_weeks = weeks
        clause.take(since)
    asked.read(clause.quote, postpartum_meaning(asked.postpartum_weeks), "postpartum")
    clause.take(match)
    return True


def _postpartum_age(clause: Clause, asked: Instructions) -> bool:
    """'postpartum, 9 months': the time since the birth in a clause of its own."""
    if not asked.postpartum or asked.postpartum_weeks is not None:
        return False
    since = _SINCE.search(clause.text)
    rest = r"(?:\s+(?:ago|old|in|now|on|since then|after))?\s*[.!]?\s*"
    if since is None or not re.fullmatch(
        r"\s*(?:about\s+|around\s+|nearly\s+)?" + re.escape(since.group(0)) + rest, clause.text
    ):
        return False
    earlier = asked.quotes["postpartum"]
    asked.readings.remove(reading(earlier, postpartum_meaning(None)))
    clause.quote = f"{earlier}, {clause.quote}"
    amount = since.group("n")
    count = tv.amount_value(amount)
    asked.postpartum_weeks = round(count * 4.35) if since.group("unit").startswith("mo") else count
    asked.read(clause.quote, postpartum_meaning(asked.postpartum_weeks), "postpartum")
    clause.take(since)
    return True


def postpartum_meaning(weeks: int | None) -> str:
    since = f"{weeks} weeks after the birth: " if weeks is not None else ""
    walking = ""
    if weeks is not None and weeks < POSTPARTUM_RUN_WEEKS:
        walking = (
            f"walking and low-impact work until week {POSTPARTUM_RUN_WEEKS - weeks + 1} "
            f"({POSTPARTUM_RUN_WEEKS} weeks after the birth), then "
        )
    return (
        f"postpartum return (Goom, Donnelly & Brockwell 2019): {since}{walking}walk-run first "
        "(unless running a weekly volume now), short easy runs before volume, strength work "
        "each week, no speed work until running is continuous"
    )
