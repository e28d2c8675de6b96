"""How far a plan gets: when its longest run stays under what its race asks for at the
level (the race-needs table), the header says how far it gets, from where, and why."""

from __future__ import annotations

import itertools

from agents.planning.build.race_needs import ULTRA_LONG_MIN, long_run_km, ultra_class
from agents.planning.build.setup import Setup
from agents.planning.core.plan import Day, Week
from agents.planning.core.promises import week_span


def reach_note(weeks: list[list[Day]], setup: Setup) -> str | None:
    """A line for the header when the longest run falls short of the race's need."""
    race = setup.race
    if race is None or setup.weeks == 1:  # a one-week plan is the race week: nothing to reach
        return None
    training = [d for days in weeks for d in days if d.kind not in ("race", "cross-training")]
    longest_m = max((d.distance_m for d in training), default=0)
    longest_min = max((d.duration_min for d in training), default=0)
    peak_km = max((_training_m(days) for days in weeks), default=0)
    if setup.ultra:
        low, high = ULTRA_LONG_MIN[setup.level][ultra_class(race.distance_m)]
        if longest_min >= low:
            return None
        reached, aim = (
            f"{longest_min} min",
            f"{low // 60}h{low % 60:02d}-{high // 60}h{high % 60:02d}",
        )
    else:
        low_km, high_km = long_run_km(setup.level, race.distance_m)
        if longest_m >= low_km * 1000:
            return None
        reached, aim = f"{longest_m / 1000:.1f} km", f"{low_km}-{high_km} km"
    return (
        f"Note: the longest run reaches {reached} and the biggest week {peak_km / 1000:.0f} km; "
        f"a {race.name} plan for {setup.level} runners aims at a longest run of {aim}: "
        f"{_why(setup, peak_km / 1000)}; on race day, run by feel"
    )


def _hint(setup: Setup) -> str:
    if setup.ultra or any(p.kind == "start-km" for p in setup.promises):
        return ""
    return " (say what the athlete runs now, 'I run 45 km a week, long run 18 km', to start there)"


def _why(setup: Setup, peak_km: float) -> str:
    athlete = setup.athlete
    limits = setup.limits
    if limits.week_max_min or setup.long_day in limits.day_max_min:
        return "the time budget holds it there"
    if limits.long_max_min < 150 or any(lim.long_only for lim in limits.run_limits):
        return "the long-run limit asked holds it there"
    if athlete is not None and (athlete.comeback or athlete.postpartum):
        return "a return to running builds slowly"
    if athlete is not None and athlete.run_walk_weeks:
        return "run-walk weeks come first"
    if peak_km < setup.peak_km * 0.9 and setup.weeks >= 16:
        return (
            f"{setup.runs} runs a week of easy length hold the volume there (more runs get further)"
        )
    return (
        f"{setup.weeks} weeks from {setup.start_km:.0f} km a week are too few to get there at "
        f"up to 10% a week with lighter weeks{_hint(setup)}"
    )


def return_note(weeks: list[list[Day]], setup: Setup) -> str | None:
    """A line for the header when a comeback's volume stays under the volume said before the
    injury (or the baby): how far the plan gets, and that more weeks get further."""
    before = setup.asked.pre_injury_km
    if not before:
        return None
    peak_km = max((_training_m(days) for days in weeks), default=0) / 1000
    if peak_km >= before * 0.9:
        return None
    return (
        f"Note: the biggest week reaches {peak_km:.0f} km of the {before:.0f} km run before: "
        f"{setup.weeks} weeks at a return's gentle ramp (about {(setup.growth - 1):.0%} a week, "
        "with lighter weeks) go no further; a longer plan gets further"
    )


def _training_m(days: list[Day]) -> int:
    return sum(d.distance_m for d in days if d.kind not in ("race", "cross-training"))


def long_now_note(weeks: list[list[Day]], setup: Setup) -> str | None:
    """A line for the header when the first long run starts well under the long run said for
    now ('my long run is 14 km'): the long run stays within its share of the week."""
    said = setup.asked.current_long_km
    first = next((d for days in weeks for d in days if d.kind == "long"), None)
    if not said or first is None or first.distance_m >= said * 1000 * 0.85:
        return None
    hint = "" if setup.asked.current_km else " (say the weekly volume too, to start higher)"
    return (
        f"Note: the first long run is {first.distance_m / 1000:.1f} km, not the {said:.0f} km "
        f"said for now: a long run stays within its share of the week ({setup.start_km:.0f} km "
        f"in week 1) and grows at most 10% a week{hint}"
    )


def long_target_note(weeks: list[list[Day]], setup: Setup) -> str | None:
    """A line for the header when the long run falls short of the goal said for it ('get my
    long run to 20 miles'): how far it gets, and what holds it there."""
    asked = setup.asked
    target = asked.long_target_km
    longest = max((d.distance_m for days in weeks for d in days if d.kind == "long"), default=0)
    if not target or longest >= target * 1000 * 0.95:
        return None
    said = f"{asked.long_target_min} min" if asked.long_target_min else f"{target:g} km"
    minutes = max((d.duration_min for days in weeks for d in days if d.kind == "long"), default=0)
    hint = "" if asked.current_km else "; say the weekly volume now to start higher"
    return (
        f"Note: the long run builds toward the {said} said but reaches {longest / 1000:.1f} km "
        f"({minutes} min) in {setup.weeks} weeks: a long run stays within its share of the week "
        f"(the biggest week is {_peak_m(weeks) / 1000:.0f} km) and grows at most 10% a week; a "
        f"bigger weekly volume or more weeks get further{hint}"
    )


def peak_target_note(weeks: list[list[Day]], setup: Setup) -> str | None:
    """A line for the header when the biggest week falls short of the peak said as a goal
    ('aiming for 50 miles a week by the peak', 'peak at 70 km'): how far it gets, and why."""
    asked = setup.asked
    if not asked.peak_km or asked.peak_is_limit:
        return None
    peak_km = _peak_m(weeks) / 1000
    if peak_km >= asked.peak_km * 0.9:
        return None
    return (
        f"Note: the biggest week reaches {peak_km:.0f} km of the {asked.peak_km:.0f} km peak "
        f"said: {_why(setup, peak_km)}"
    )


def _peak_m(weeks: list[list[Day]]) -> int:
    return max((_training_m(days) for days in weeks), default=0)


SMALL_CUT = 0.9  # a cutback less than 10% below the week before is barely lighter


def small_cutback_note(weeks: list[Week]) -> str | None:
    """A line for the header when cutback weeks are barely lighter: the runs are already at
    their shortest (a comeback's 20-minute runs), so the cutback keeps the week nearly as it
    was rather than drop a run."""
    small = [
        w.number
        for before, w in itertools.pairwise(weeks)
        if w.cutback and before.volume_m and w.volume_m > before.volume_m * SMALL_CUT
    ]
    if not small:
        return None
    return (
        f"Note: the cutback in {week_span(small)} is less than 10% lighter: the runs are "
        "already at their shortest, and fewer runs would break the week's rhythm"
    )
