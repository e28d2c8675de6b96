"""Clause readers for training principles: named methods, cutbacks, the 10% rule, taper."""

from __future__ import annotations

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


_CUTBACK = r"cut[- ]?back|step[- ]?back|recovery week|down week|deload|easier week|lighter week"


def read_cutback(clause: Clause, asked: Instructions) -> bool:
    if not re.search(_CUTBACK, clause.text):
        return False
    match = re.search(r"every\s+" + NUMBER + r"(?:\s+weeks?)?", clause.text)
    if not match:
        return False
    every = tv.number_value(match.group(1))
    if every in (3, 4):
        asked.cutback_every = every
        asked.read(clause.quote, f"a cutback week every {every} weeks", "cutback_every")
    else:
        asked.refuse(clause.quote, "cutbacks come every 3-4 weeks in this planner")
    clause.take(match)
    return True


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
