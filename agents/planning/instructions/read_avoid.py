"""Sessions the coach does not want: "no tempo runs", "avoid hills", "I hate fartleks".

A kind said not to be wanted is never planned: another kind of session takes its place in
every week (the session count stays), so "no tempo" is not read as "no quality at all".
"""

from __future__ import annotations

import re

from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause

# The kinds by the words coaches use; "intervals" also covers short fast repetitions.
_KINDS = (
    (r"tempo(?:s|\s+runs?|\s+work|\s+sessions?)?|threshold(?:\s+\w+)?", ("tempo",)),
    (r"fartleks?(?:\s+(?:runs?|sessions?))?", ("fartlek",)),
    (
        r"hills?(?:\s+(?:repeats?|work|sprints?|sessions?|workouts?|training|reps))?|hilly\s+"
        r"(?:runs?|routes?)|uphills?",
        ("hills",),
    ),
    (r"(?:marathon|mp)[- ]pace(?:\s+(?:runs?|work))?", ("marathon-pace",)),
    (r"intervals?(?:\s+\w+)?|track(?:\s+\w+)?|vo2\s*max(?:\s+\w+)?", ("intervals", "repetition")),
    (r"strides?|pick[- ]?ups", ("strides",)),
)
_NOT_WANTED = (
    r"(?:\bno\b|\bavoid(?:ing)?\b|\bskip\b|\bwithout\b|\bnot?\s+(?:a\s+fan\s+of|into)"
    r"|\b(?:i|we|she|he)\s+(?:really\s+)?(?:hate|dislike|can'?t\s+stand|don'?t\s+(?:like|want|do)"
    r"|do\s+not\s+(?:like|want|do))\b|\bnever\b)\s+(?:any\s+|the\s+|doing\s+|more\s+)?"
)
_LABELS = {"hills": "hill", "intervals": "interval or track"}
# Whole clause only: "no tempo runs on Mondays" is a day wish, not a kind never planned.
_AFTER = r"(?:\s+(?:please|for now|at all|thanks|in the plan|in this plan|anymore))*\s*[.!]?$"


def read_avoided(clause: Clause, asked: Instructions) -> bool:
    """A kind of session not wanted, in a clause that says nothing else."""
    for words, kinds in _KINDS:
        wanted_not = r"^\s*(?:please\s+)?" + _NOT_WANTED + r"(?:" + words + r")" + _AFTER
        match = re.search(wanted_not, clause.text)
        if match is None:
            continue
        asked.avoided.update(kinds)
        if "hills" in kinds:
            asked.hills = False
        if "strides" in kinds:
            asked.strides = False
        asked.read(clause.quote, _meaning(kinds[0]), f"avoided_{kinds[0]}")
        clause.take(match)
        return True
    return False


def _meaning(kind: str) -> str:
    if kind == "strides":
        return "no strides after easy runs in any week"
    label = _LABELS.get(kind, kind)
    return f"no {label} sessions in any week (another kind of session takes their place)"
