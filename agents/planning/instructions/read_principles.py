"""Clause readers for training principles: named methods, cutbacks, the 10% rule, taper."""

from __future__ import annotations

import itertools
import re

from agents.planning.core import values as tv
from agents.planning.core.values import NUMBER
from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.read_sessions import read_flags

_METHODS: tuple[tuple[str, str, str], ...] = (
    (r"80\s*/\s*20|polari[sz]\w*", "polarised", "polarised 80/20: intervals, hills, little tempo"),
    (r"pyramid\w*", "pyramidal", "pyramidal: mostly easy, then tempo, a little interval work"),
    (
        r"lydiard|base[- ]first|base before (?:speed|intensity)",
        "lydiard",
        "Lydiard base-first: a longer base, no intervals in it",
    ),
    (r"daniels|\b2q\b", "daniels", "Daniels 2Q: two quality days a week outside the base"),
    (r"hansons?", "hanson", "Hansons: six runs a week, long run kept moderate (at most 26 km)"),
)


def read_methods(clause: Clause, asked: Instructions) -> bool:
    return read_flags(clause, asked, _METHODS)


_CUTBACK = (
    r"cut[- ]?back|step[- ]?back|recovery weeks?|down weeks?|deload|easier weeks?|lighter weeks?"
    r"|easy weeks?|rest weeks?|recovery blocks?"
)
# "no cutback weeks", "skip the down weeks": the plan keeps them, and says why.
_NO_CUTBACK = re.compile(
    r"\b(?:no|without|skip(?:ping)?(?:\s+the)?|don'?t\s+(?:want|need)(?:\s+any)?|never)\s+"
    r"(?:" + _CUTBACK + r")"
)
# "3 up 1 down", "3:1", "2 weeks up, 1 week down", "3 weeks on / 1 week off", "3 weeks build,
# 1 week recovery": loading weeks then one lighter week.
_RHYTHM = re.compile(
    r"\b(?P<n>[1-6]|one|two|three|four|five)\s*(?:weeks?\s*)?(?:up|on|hard|build(?:ing)?|loading"
    r"|load)?\s*(?:,|/|:|-|and|then|\+)?\s*(?:1|one)\s*(?:weeks?\s*)?(?:down|off|easy|recovery"
    r"|cut[- ]?back|back|deload|rest|lighter|easier)\b"
    r"|\b(?P<r>[2-5])\s*:\s*1\b(?!\s*(?:min|km|mi|x|\d))"
)
# A rhythm of weeks, not a run-walk ('3:1 run walk') or a race time ('half in 3:1').
_OF_WEEKS = re.compile(r"week|\bup\b|\bdown\b|cycle|block|load|build|cut[- ]?back|deload|mesocycle")
_NOT_WEEKS = re.compile(
    r"\b(?:min|mins|minutes?|sec|secs|seconds?|walk\w*|marathon|half|race|pace)\b"
)
CUTBACK_MOST = 4  # a lighter week in every four (the validator's rule)


def read_cutback(clause: Clause, asked: Instructions) -> bool:
    refused = _NO_CUTBACK.search(clause.text)
    if refused:
        asked.refuse(
            clause.quote,
            "the plan keeps a lighter week at least every 4 weeks: training adapts in recovery",
        )
        clause.take(refused)
        return True
    rhythm = _RHYTHM.search(clause.text)
    if rhythm and _OF_WEEKS.search(clause.text) and not _NOT_WEEKS.search(clause.text):
        loading = rhythm.group("n") or rhythm.group("r")
        return _every(clause, asked, rhythm, tv.number_value(loading) + 1)
    if not re.search(_CUTBACK, clause.text):
        return False
    match = re.search(r"every\s+" + NUMBER + r"(?:\s+weeks?)?", clause.text)
    if not match:
        return False
    return _every(clause, asked, match, tv.number_value(match.group(1)))


def _every(clause: Clause, asked: Instructions, match: re.Match[str], every: int) -> bool:
    if 2 <= every <= CUTBACK_MOST:
        asked.cutback_every = every
        asked.read(clause.quote, f"a cutback week every {every} weeks", "cutback_every")
    else:
        asked.refuse(
            clause.quote, "a lighter week comes every 2-4 weeks: training adapts in recovery"
        )
    clause.take(match)
    return True


def read_cutback_rhythm(clauses: list[Clause], asked: Instructions) -> None:
    """A rhythm written over a comma ("3 weeks on, 1 week off") read across the two clauses."""
    for first, second in itertools.pairwise(clauses):
        joined = f"{first.text}, {second.text}"
        if first.read or second.read or _RHYTHM.search(first.text) or not _RHYTHM.search(joined):
            continue
        if not _OF_WEEKS.search(joined) or _NOT_WEEKS.search(joined):
            continue
        whole = Clause(f"{first.quote}, {second.quote}", joined)
        if read_cutback(whole, asked):
            for clause in (first, second):
                clause.text, clause.read = " " * len(clause.text), True


def read_ten_percent(clause: Clause, asked: Instructions) -> bool:
    match = re.search(r"\b10\s*%|\bten per ?cent", clause.text)
    if not match:
        return False
    asked.ten_percent_rule = True
    asked.read(
        clause.quote,
        "10% rule: weekly volume grows by at most 10% (the planner grows it by at most 8%)",
        "ten_percent_rule",
    )
    clause.take(match)
    return True


# Principle clauses that describe what the planner does anyway: read, so the coach sees them.
_ALREADY_DONE = (
    (
        r"\btaper\w*",
        "taper 1-3 weeks before a race, volume cut 40-60%, some intensity kept (as planned)",
    ),
    (
        r"mostly easy|conversational|\b8\d\s*%",
        "mostly easy: about 80% of running time easy, hard time under 20-25% (as planned)",
    ),
    (
        r"paces?\b.*\b(?:race )?results?|results?\b.*\bpaces?",
        "paces from a recent race result when one is given (as planned)",
    ),
)


def read_already_done(clause: Clause, asked: Instructions) -> bool:
    refused = re.search(r"\b(?:no|without|skip\w*|don'?t)\s+(?:a\s+|the\s+)?taper", clause.text)
    if refused:
        asked.refuse(clause.quote, "a plan ending in a race keeps its taper (Bosquet et al. 2007)")
        clause.take(refused)
        return True
    for pattern, meaning in _ALREADY_DONE:
        match = re.search(pattern, clause.text)
        if match:
            asked.read(clause.quote, meaning)
            clause.take(match)
            return True
    return False
