"""The long run to build toward: "I want my long run to get to 20 miles", "build the long run
up to 30 km", "peak long run 3 hours". A goal, not a cap: the long run grows toward it within
the safety rules (its share of the week, +10% a week), and the plan says when it falls short.
Read per sentence before the run limits, whose "long run ... to 30 km" would read it as a
ceiling."""

from __future__ import annotations

import re

from agents.planning.instructions.amounts import AMOUNT, metres_of, minutes_of
from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause

_LONG = r"(?:(?:my|the|a|our|her|his|their)\s+)?long(?:est)?\s+runs?"
_GROW = (
    r"(?:get(?:ting|s)?|build(?:ing|s)?|go(?:ing|es)?|reach(?:ing|es)?|hit(?:ting|s)?"
    r"|grow(?:ing|s)?|work(?:ing|s)?|progress(?:ing|es)?|climb(?:ing|s)?|increas(?:e|ing|es)"
    r"|extend(?:ing|s)?|ramp(?:ing|s)?|peak(?:ing|s)?|top(?:ping|s)?\s+out)"
)
_TARGETS = (
    # "I want my long run to get to 20 miles", "long run building up to 30 km", "get my long
    # run up to 2.5 hours", "the long run should peak at 32 km"
    re.compile(
        rf"{_LONG}\s+(?:(?:to|should|will|must|needs? to|can)\s+)?(?:\w+\s+)?{_GROW}\s+"
        rf"(?:(?:up|out)\s+)?(?:(?:to|at)\s+)?(?:(?:about|around|roughly|~)\s+)?{AMOUNT}"
    ),
    # "build the long run up to 30 km", "get my long run to 20 miles", "take my long run to 3h"
    re.compile(
        rf"\b(?:{_GROW}|take|bring|push)\s+{_LONG}\s+(?:(?:up|out)\s+)?(?:to|at)\s+"
        rf"(?:(?:about|around|roughly|~)\s+)?{AMOUNT}"
    ),
    # "peak long run 3 hours", "peak long run of 20 miles", "longest long run: 32 km"
    re.compile(rf"\bpeak\s+{_LONG}\s*(?:of|at|is|should be|=|:|-|around|about)?\s*{AMOUNT}"),
    # "my goal is a long run of 20 miles", "target long run: 30 km", "aiming for a long run of 3h"
    re.compile(
        r"\b(?:goal|target|aim(?:ing)?(?:\s+for)?|hoping\s+for)\s+(?:is\s+(?:to\s+\w+\s+)?)?"
        rf"(?:an?\s+|my\s+|the\s+)?long(?:est)?\s+run\s*(?:of|:|is|=|at|-)?\s*{AMOUNT}"
    ),
    # "build up to a 20 mile long run", "work up to a 3 hour long run", "reach a 30 km long run"
    re.compile(
        rf"\b(?:{_GROW}|aim(?:ing)?\s+for|goal\s+is|target\s+is)\s+(?:(?:up|out)\s+)?(?:to\s+)?"
        r"(?:an?|one|the)\s+"
        rf"(?P<amount2>\d{{1,3}}(?:[.,]\d+)?)[\s-]*(?P<unit2>km|k|kilomet\w*|miles?|mi|hours?|h|hr"
        rf"|minutes?|min)\s+long\s+run"
    ),
)


def read_long_targets(clauses: list[Clause], asked: Instructions) -> None:
    """Each clause's long-run goal, read and blanked so no limit reads its amount again."""
    for clause in clauses:
        for pattern in _TARGETS:
            match = pattern.search(clause.text)
            if match is None:
                continue
            amount = match.groupdict().get("amount") or (
                f"{match.group('amount2')} {match.group('unit2')}"
            )
            _set(amount, clause, asked)
            clause.take(match)
            break


def _set(amount: str, clause: Clause, asked: Instructions) -> None:
    metres = metres_of(amount)
    if metres is not None:
        asked.long_target_km = round(metres / 1000, 1)
        said = f"{asked.long_target_km:g} km"
    else:
        asked.long_target_min = minutes_of(amount)
        said = f"{asked.long_target_min} min"
    asked.read(
        clause.quote,
        f"the long run builds toward {said} (a target, not a cap): it grows at most 10% a week "
        "within its share of the week, and the plan says if it falls short",
        "long_target",
    )
