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
    r"|do\s+not\s+(?:like|want|do))\b|\bnever\b|\b(?:i'?d|i would|we'?d)\s+rather\s+not(?:\s+do)?"
    r"|\b(?:can|could)\s+(?:we|you)\s+(?:avoid|skip|drop)|\bdrop\b"
    r"|\b(?:don'?t|do not|please don'?t)\s+(?:include|schedule|add|give me|plan))"
    r"\s+(?:any\s+|the\s+|doing\s+|more\s+)?"
)
_LABELS = {"hills": "hill", "intervals": "interval or track"}
# Whole clause only: "no tempo runs on Mondays" is a day wish, not a kind never planned.
_AFTER = r"(?:\s+(?:please|for now|at all|thanks|in the plan|in this plan|anymore))*\s*[.!]?$"


def read_avoided(clause: Clause, asked: Instructions) -> bool:
    """Kinds of session not wanted ("no tempo", "no hills or tempo"), in a clause that says
    nothing else."""
    start = re.match(r"^\s*(?:please\s+)?" + _NOT_WANTED, clause.text)
    end = re.search(_AFTER, clause.text)
    if start is None or end is None:
        return False
    parts = re.split(
        r"\s*(?:,|/|\bor\b|\bnor\b|\band\b)\s*", clause.text[start.end() : end.start()]
    )
    found = [_kinds_of(part.strip()) for part in parts if part.strip()]
    if not found or any(kinds is None for kinds in found):
        return False  # a word that is no kind of session: not this reader's
    for kinds in found:
        assert kinds is not None
        asked.avoided.update(kinds)
        asked.hills = asked.hills and "hills" not in kinds
        asked.strides = asked.strides and "strides" not in kinds
        asked.read(clause.quote, avoided_meaning(kinds[0]), f"avoided_{kinds[0]}")
    whole = re.match(r".*", clause.text, re.DOTALL)
    assert whole is not None  # '.*' matches any text
    clause.take(whole)  # the whole clause: no other reader sees "hills" in it again
    return True


def _kinds_of(words: str) -> tuple[str, ...] | None:
    return next((kinds for pattern, kinds in _KINDS if re.fullmatch(pattern, words)), None)


def avoided_meaning(kind: str) -> str:
    if kind == "strides":
        return "no strides after easy runs in any week"
    label = _LABELS.get(kind, kind)
    return f"no {label} sessions in any week (another kind of session takes their place)"
