"""The runs of one week: run-walk on alternate days, else the count building from week 1's."""

from __future__ import annotations

from agents.planning.build.run_walk import RUN_WALK_RUNS
from agents.planning.build.runs import ADD_EVERY
from agents.planning.build.setup import Setup


def runs_in(week: int, setup: Setup) -> int:
    """The runs of a week: three run-walk days (at most), else one more run every
    `ADD_EVERY` weeks from what the athlete does now, up to the count asked."""
    athlete = setup.athlete
    if athlete is not None and week <= athlete.run_walk_weeks:
        return min(setup.runs, RUN_WALK_RUNS)
    return min(setup.runs, setup.start_runs + (week - 1) // ADD_EVERY)
