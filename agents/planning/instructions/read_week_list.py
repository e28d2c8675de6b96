"""A week said as its runs: "one long run and two easy runs each week", "2 easy runs, 1 long
run and 1 tempo a week". The runs listed are the week's runs; with no session among them the
week is easy running only."""

from __future__ import annotations

import re

from agents.planning.core import values as tv
from agents.planning.core.values import NUMBER
from agents.planning.instructions.asked import Instructions
from agents.planning.instructions.clauses import Clause
from agents.planning.instructions.read_sessions import ALL_WEEKS, SESSION
from agents.planning.instructions.read_volume import CURRENT

_ONE = r"\b(1|one|a|an)\b"
# Only the count is taken: "a long run on Sunday" still says the long-run day.
_LONG = re.compile(_ONE + r"(?=\s+long(?:\s+runs?|\s+one)?\b)")
_EASY_WORDS = r"\s+(?:easy|short|recovery|steady)"
# "2 easy runs", or "2 easy" before the next of the list ("2 easy + 1 long")
_EASY = re.compile(
    NUMBER + _EASY_WORDS + r"(?:\s+(?:runs?|jogs?|days?|ones)\b|(?=\s*(?:\+|,|and\b|plus\b)))"
)
_SESSIONS = re.compile(r"(?:" + NUMBER + r"|\ban?\b)" + SESSION)


def read_week_list(clauses: list[Clause], asked: Instructions) -> None:
    """Runs a week from a list of the week's runs, when it names a long run and easy runs."""
    longs = [(c, m) for c in clauses if (m := _LONG.search(c.text))]
    easies = [(c, m) for c in clauses if (m := _EASY.search(c.text))]
    if len(longs) != 1 or len(easies) != 1:
        return
    sessions = sum(
        tv.number_value(m.group(1)) if m.group(1) else 1
        for c in clauses
        for m in _SESSIONS.finditer(c.text)
    )
    easy = tv.number_value(easies[0][1].group(1))
    runs = 1 + easy + sessions
    quote = ", ".join(c.quote for c in clauses)
    if not 2 <= runs <= 7:
        asked.refuse(quote, f"{runs} runs a week is not a week the planner writes")
        return
    if CURRENT.search(" ".join(c.text for c in clauses)):
        # "I do a long run and 2 easy runs a week": the week now, not a week asked for
        asked.current_runs = runs
        asked.read(quote, f"{runs} runs a week now: week 1 starts with {runs}", "current_runs")
    else:
        _asked_week(quote, runs, easy, sessions, asked)
    for clause, match in (*longs, *easies):
        clause.take(match)


def _asked_week(quote: str, runs: int, easy: int, sessions: int, asked: Instructions) -> None:
    asked.runs_per_week = runs
    meaning = f"{runs} runs a week: a long run, {easy} easy"
    if sessions == 0 and not asked.quality_counts:
        asked.no_speed_weeks = ALL_WEEKS
        meaning += " (no quality session in any week: the week listed is all easy)"
        asked.quotes["no_speed_weeks"] = quote
    else:
        meaning += f" and {sessions} quality"
    asked.read(quote, meaning, "runs_per_week")
