"""Where the paces come from: a recent result, else the goal time, else the level default."""

from __future__ import annotations

import dataclasses

from agents.planning.build.said import Said
from agents.planning.core.paces import DEFAULT_VDOT, vdot_from_race
from agents.planning.core.params import Level
from agents.planning.core.values import is_ultra, race_name
from agents.planning.instructions.asked import Instructions, RaceGoal, clock

VDOT_RANGE = (20.0, 85.0)  # from a beginner jogger to the world record holders


def plan_vdot(asked: Instructions, level: Level, said: Said) -> tuple[float, RaceGoal | None, Said]:
    """Paces from the last plausible result, else a plausible goal, else the level default;
    with the goal race as kept (an implausible goal time is dropped)."""
    vdot, said = _vdot_from_results(asked, said)
    race = asked.race
    if vdot is None and race and race.goal_s and is_ultra(race.distance_m):
        said = said.reading(
            "Read: an ultra's goal time sets no training paces (terrain, climbing and "
            "walking decide it); a recent road result would"
        )
    elif vdot is None and race and race.goal_s:
        vdot, race, said = _vdot_from_goal(race, asked.race_quote, said)
    if vdot is not None:
        return vdot, race, said
    said = said.reading(
        f"Read: paces from the level default, VDOT {DEFAULT_VDOT[level]} "
        "(no usable race result given)"
    )
    return DEFAULT_VDOT[level], race, said


def _vdot_from_results(asked: Instructions, said: Said) -> tuple[float | None, Said]:
    chosen: float | None = None
    for result in reversed(asked.results):
        name = f"{race_name(result.distance_m)} in {clock(result.time_s)}"
        vdot = round(vdot_from_race(result.distance_m, result.time_s), 1)
        if not VDOT_RANGE[0] <= vdot <= VDOT_RANGE[1]:
            said = said.refuse(result.quote, f"{_implausible(name, vdot)}; paces not taken from it")
        elif chosen is not None:
            said = said.refuse(result.quote, "a later race result sets the paces")
        else:
            chosen = vdot
            said = said.read(result.quote, f"recent result {name}: paces from it, VDOT {vdot}")
    return chosen, said


def _vdot_from_goal(race: RaceGoal, quote: str, said: Said) -> tuple[float | None, RaceGoal, Said]:
    assert race.goal_s is not None
    goal = round(vdot_from_race(race.distance_m, race.goal_s), 1)
    if not VDOT_RANGE[0] <= goal <= VDOT_RANGE[1]:
        name = f"{race.name} in {clock(race.goal_s)}"
        said = said.refuse(quote, f"goal time: {_implausible(name, goal)}; goal dropped")
        return None, dataclasses.replace(race, goal_s=None), said
    vdot = round(goal - 1.0, 1)
    said = said.reading(
        f"Read: paces from the goal time, eased by 1 VDOT to {vdot} "
        "(a recent race result would set them better)"
    )
    return vdot, race, said


def _implausible(name: str, vdot: float) -> str:
    low, high = VDOT_RANGE
    return f"a {name} means VDOT {vdot:.0f}, outside the plausible {low:.0f}-{high:.0f}"
