"""Runs a week: the count asked (or done now, or the level's), within the level's range and
the free days; week 1 starts at what the athlete does now and one run is added every
`ADD_EVERY` weeks until the count asked (`week_runs.runs_in` counts a week's)."""

from __future__ import annotations

from agents.planning.build.said import Said
from agents.planning.core.params import Level
from agents.planning.instructions.asked import Instructions

# Runs a week by level: (default, fewest, most).
RUNS = {"beginner": (3, 2, 5), "intermediate": (5, 3, 6), "advanced": (6, 3, 7)}
TYPICAL_RUN_KM = {"beginner": 5.0, "intermediate": 8.0, "advanced": 10.0}
ADD_EVERY = 2  # weeks between one more run a week, from what the athlete does now


def plan_runs(
    asked: Instructions, level: Level, rest_days: set[int], said: Said
) -> tuple[int, int, Said]:
    """(runs a week, week 1's runs) within the level's range and the free days."""
    default, _, most = RUNS[level]
    if asked.current_km and not (asked.runs_per_week or asked.current_runs):
        # As many runs as the volume said for now fills at a typical length for the level:
        # fewer for a small volume, more (up to the level's most) for a big one.
        basis = min(asked.current_km, asked.peak_km or asked.current_km)
        filled = round(basis / TYPICAL_RUN_KM[level])
        default = min(filled, most) if filled >= default + 2 else min(default, max(3, filled))
    runs = asked.runs_per_week or asked.current_runs or max(RUNS[level][1], default)
    if asked.hanson and not (asked.runs_per_week or asked.current_runs) and level != "beginner":
        runs = 6
    if asked.runs_max is not None and runs > asked.runs_max:
        runs = asked.runs_max
    runs, said = _within(runs, level, rest_days, said)
    start = runs
    if asked.current_runs and asked.runs_per_week and asked.current_runs < runs:
        start, said = _within(asked.current_runs, level, rest_days, said)
        said = said.note(
            f"Note: from {start} runs a week now to {runs}: one more run every {ADD_EVERY} weeks "
            f"(the {runs} asked from week {start_week_of(start, runs)})"
        )
    return runs, start, said


def start_week_of(start: int, runs: int) -> int:
    """The first week with the full count of runs."""
    return 1 + (runs - start) * ADD_EVERY


def _within(runs: int, level: Level, rest_days: set[int], said: Said) -> tuple[int, Said]:
    _, low, high = RUNS[level]
    if not low <= runs <= high:
        most = "beginners need at least 2 rest days"
        most = most if level == "beginner" else f"at most {high} for the level"
        why = most if runs > high else "too few for the level"
        said = said.refuse(f"{runs} runs a week", f"{why}; using {min(max(runs, low), high)}")
        runs = min(max(runs, low), high)
    available = 7 - len(rest_days)
    if runs > available:
        said = said.refuse(
            f"{runs} runs a week", f"only {available} days are free; using {available}"
        )
        runs = available
    return runs, said
