"""What one week is built from, as values: its place in the plan, the plan's settings, the
paces, and what the weeks before it left behind."""

from __future__ import annotations

from dataclasses import dataclass

from agents.planning.build.periodise import WeekFrame
from agents.planning.build.setup import Setup
from agents.planning.core.paces import Paces


@dataclass(frozen=True)
class Progress:
    """What earlier weeks leave behind for the next: reference volume and long runs.

    A value: only the planner, after each week, makes the next one (`build.planner`).
    """

    reference_km: float | None = None
    previous_km: float | None = None
    best_km: float = 0.0  # the biggest full week so far: a later cycle builds on it
    long_runs_km: tuple[float, ...] = ()
    hard_weekdays: frozenset[int] = frozenset()  # of the week before


@dataclass(frozen=True)
class WeekContext:
    """One week's frame, the plan's setup, its paces and the progress so far; building the
    week changes none of them."""

    frame: WeekFrame
    setup: Setup
    paces: Paces
    progress: Progress = Progress()
