"""Cutting coaches' free text into sentences and clauses, each read on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.planning.core.values import WEEKDAY, spell_day_ranges

# Where a clause may end: commas, "and", "but", "&" and "then" between two thoughts.
_JOINS = re.compile(r",(?!\d)|\s+(?:and|but|&|then|as well as)\s+")
# "and" inside these pairs joins one idea, not two: "hard and easy", "Mon and Fri".
_PAIRS = (
    (r"hard|easy", r"hard|easy"),
    (r"run|walk", r"run|walk"),
    (r"back|strength", r"forth|conditioning"),
    (WEEKDAY, r"(?:on\s+)?" + WEEKDAY + r"|(?:at\s+|on\s+)?(?:the\s+)?weekends?\s*(?:[.,;!]|$)"),
    (r"between\s+\d+(?:[.,]\d+)?", r"\d"),  # "between 40 and 45 km a week"
    (r"hours?", r"a half"),  # "an hour and a half"
    (r"an?|one|two|three|four|five|six", r"a half"),  # "two and a half hours"
    # "everything but the long run", "all runs but the Sunday long run": one scope
    (r"everything|anything|runs?|all|sessions?", r"(?:the\s+|my\s+)?(?:\w+\s+)?long\b"),
)


@dataclass
class Clause:
    """One clause: its words as written (for quoting) and lowercased (for reading).

    Readers blank out what they used (`take`), so one phrase is never read twice.
    """

    quote: str
    text: str
    read: bool = False
    sentence: str = ""  # the whole sentence, lowercased: what the other clauses say

    def take(self, match: re.Match[str]) -> None:
        start, end = match.span()
        self.text = self.text[:start] + " " * (end - start) + self.text[end:]
        self.read = True


def split_sentences(text: str) -> list[str]:
    """Sentences of free text; a dot inside a number (21.1) does not end one."""
    parts = re.split(r"(?<!\d)[.!?](?!\d)|[;\n]|(?<=\d)\.(?!\d)", text)
    return [part.strip() for part in parts if part and part.strip()]


def split_clauses(sentence: str) -> list[Clause]:
    """The clauses of a sentence, cut where a comma or a joining word starts a new thought."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):  # a rare letter whose lower case is longer
        sentence = lowered
    cuts: list[tuple[int, int]] = []
    for join in _JOINS.finditer(lowered):
        if not _inside_parentheses(lowered, join.start()) and not _one_idea(lowered, join):
            cuts.append(join.span())
    clauses, start = [], 0
    for cut_start, cut_end in [*cuts, (len(sentence), len(sentence))]:
        quote = sentence[start:cut_start].strip(" ,-\u2013\u2014:")
        if quote:
            text = spell_day_ranges(quote.lower().replace("\u2019", "'"))
            clauses.append(Clause(quote, text, sentence=lowered))
        start = cut_end
    return clauses


def _inside_parentheses(text: str, index: int) -> bool:
    return text.count("(", 0, index) > text.count(")", 0, index)


def _one_idea(text: str, join: re.Match[str]) -> bool:
    before = text[: join.start()]
    after = text[join.end() :]
    for left, right in _PAIRS:
        if re.search(r"\b(?:" + left + r")$", before) and re.match(r"\s*(?:" + right + r")", after):
            return True
    return False
