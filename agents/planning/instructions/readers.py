"""Reading the coach's free-text instructions and the training principle into settings.

Text is cut into sentences and each sentence into clauses ("Half marathon at the end,
recent 10K in 45:00" is two thoughts). Run limits, weekly volumes, races and results are
read per sentence (a period or a unit may sit in another clause; a time binds to the distance
nearest it); every other reader works on one clause and blanks out what it used, so the same
words are never read twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.planning.instructions.asked import (
    Instructions,
    RaceGoal,
    RaceResult,
    clock,
    day_names,
    reading,
    shorten,
)
from agents.planning.instructions.clauses import Clause, split_clauses, split_sentences
from agents.planning.instructions.read_athlete import (
    read_ability,
    read_age,
    read_comeback,
    read_injury_history,
)
from agents.planning.instructions.read_avoid import avoided_meaning, read_avoided
from agents.planning.instructions.read_budgets import read_budget, read_ultra_training
from agents.planning.instructions.read_cross import read_cross
from agents.planning.instructions.read_limits import read_run_limits
from agents.planning.instructions.read_long_now import read_long_now
from agents.planning.instructions.read_long_target import read_long_targets
from agents.planning.instructions.read_pregnancy import read_postpartum, read_pregnancy
from agents.planning.instructions.read_principles import (
    read_already_done,
    read_cutback,
    read_cutback_rhythm,
    read_methods,
    read_ten_percent,
)
from agents.planning.instructions.read_races import read_races
from agents.planning.instructions.read_schedule import (
    read_doubles,
    read_long_run_day,
    read_rest_days,
    read_runs,
)
from agents.planning.instructions.read_session_days import (
    count_named_sessions,
    read_session_day,
)
from agents.planning.instructions.read_session_target import read_session_targets
from agents.planning.instructions.read_sessions import (
    read_hard_easy,
    read_no_speed,
    read_quality,
    read_terrain,
)
from agents.planning.instructions.read_volume import read_volumes
from agents.planning.instructions.read_volume_change import read_gentle
from agents.planning.instructions.read_week_list import read_week_list

__all__ = [
    "Instructions",
    "RaceGoal",
    "RaceResult",
    "clock",
    "day_names",
    "read_instructions",
    "shorten",
    "split_sentences",
]

# Order matters: a reader blanks what it used, so the more specific reads first
# ("never two hard days in a row" is hard/easy, not a count of two).
READERS: tuple[Callable[[Clause, Instructions], bool], ...] = (
    read_hard_easy,
    read_no_speed,
    read_avoided,
    read_cross,
    read_ability,
    read_postpartum,
    read_pregnancy,
    read_injury_history,
    read_comeback,
    read_age,
    read_gentle,
    read_budget,
    read_ultra_training,
    read_cutback,
    read_ten_percent,
    read_long_now,
    read_long_run_day,
    read_rest_days,
    read_runs,
    read_doubles,
    read_terrain,
    read_methods,
    read_already_done,
)


def read_instructions(prompt: str | None, principle: str | None) -> Instructions:
    """Apply every reader to every clause; what nothing understood is reported."""
    asked = Instructions()
    _read_text(prompt or "", asked, source="prompt")
    _read_text(principle or "", asked, source="principle")
    count_named_sessions(asked)
    _counted_beats_avoided(asked)
    _no_strides_beats_strides(asked)
    return asked


def _no_strides_beats_strides(asked: Instructions) -> None:
    """'strides twice a week' and 'no strides' both said: none, the safer, applies."""
    if "strides" not in asked.avoided or "strides" not in asked.quotes:
        return
    quote = asked.quotes.pop("strides")
    asked.strides = False
    asked.readings = [line for line in asked.readings if not line.startswith(f'Read: "{quote}"')]
    asked.refuse(quote, "no strides is said too, and the safer wish applies")


def _counted_beats_avoided(asked: Instructions) -> None:
    """'no tempo runs' and '1 tempo a week' both said: the count, the more precise, applies."""
    for kind in sorted(asked.avoided & set(asked.quality_counts)):
        asked.avoided.discard(kind)
        quote = asked.quotes.pop(f"avoided_{kind}", kind)
        read = reading(quote, avoided_meaning(kind))
        asked.readings = [line for line in asked.readings if line != read]
        asked.refuse(quote, f"a count of {kind} sessions is asked too, and it applies")


def _read_text(text: str, asked: Instructions, source: str) -> None:
    asked.source = source
    unread: list[str] = []
    for sentence in split_sentences(text):
        clauses = split_clauses(sentence)
        # Limits and volumes first: their times and distances are never race goals.
        read_long_targets(clauses, asked)
        read_session_targets(clauses, asked)
        read_run_limits(clauses, asked)
        read_volumes(clauses, asked)
        read_races(clauses, asked)
        read_week_list(clauses, asked)
        read_cutback_rhythm(clauses, asked)
        for clause in clauses:
            before = len(asked.readings)
            _read_clause(clause, asked, sentence.lower())
            _day_left(clause, asked.readings[before:], asked)
        unread.extend(_unread_runs(clauses))
    _report_unread(unread, asked, source)


def _read_clause(clause: Clause, asked: Instructions, sentence: str) -> None:
    # Quality counts run after hard/easy, the speed-free weeks and the kinds not wanted.
    for reader in READERS[:3]:
        reader(clause, asked)
    read_session_day(clause, asked, sentence)
    read_quality(clause, asked, sentence)
    for reader in READERS[3:]:
        reader(clause, asked)


# A reading that placed its day names it ('strength on Mon every week', 'long run on Sun').
_DAY_READ = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
_DAY_LEFT = re.compile(
    r"\b(?:on|every|each)\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)\w*"
)


def _day_left(clause: Clause, read: list[str], asked: Instructions) -> None:
    """A day said with a session read without it ('hills on Wednesdays', '1 tempo per week on
    Thursday') is shown back: the session is planned, on a day of the plan's own."""
    found = _DAY_LEFT.search(clause.text)
    if found is None or not read or any(_DAY_READ.search(line) for line in read):
        return
    asked.refuse(
        found.group(0).strip(),
        f'the day said with "{clause.quote}" is not applied: the session is planned '
        "on a day the plan's hard-easy pattern chooses",
    )


def _unread_runs(clauses: list[Clause]) -> list[str]:
    """Neighbouring clauses nothing understood, joined back as the coach wrote them."""
    runs: list[list[str]] = []
    previous_read = True
    for clause in clauses:
        if not clause.read:
            if previous_read:
                runs.append([])
            runs[-1].append(clause.quote)
        previous_read = clause.read
    return [", ".join(run) for run in runs]


def _report_unread(unread: list[str], asked: Instructions, source: str) -> None:
    if source == "prompt":
        for text in unread:
            asked.refuse(text, "not understood by the built-in planner")
    elif unread:
        shown = "; ".join(shorten(s, 40) for s in unread[:3])
        more = f" and {len(unread) - 3} more" if len(unread) > 3 else ""
        asked.not_applied.append(
            f"Principle: {len(unread)} sentence(s) taken as general guidance, no rule: "
            f'"{shown}"{more}'
        )
