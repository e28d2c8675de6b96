"""Time limits of a plan: time budgets, run limits for a period, long runs by time on feet,
ultra long runs."""

from __future__ import annotations

from dataclasses import dataclass, field

from agents.planning.build.race_needs import ULTRA_LONG_MIN, long_max_min, ultra_class
from agents.planning.build.said import Said
from agents.planning.core.paces import Paces
from agents.planning.core.params import Level
from agents.planning.core.values import is_ultra
from agents.planning.instructions.asked import Instructions, RaceGoal, RunLimit, day_names


@dataclass(frozen=True)
class Limits:
    """Minutes the athlete has and the long runs' time caps."""

    week_max_min: int | None = None
    day_max_min: dict[int, int] = field(default_factory=dict)
    long_max_min: int = 150
    long_by_time: bool = False
    back_to_back_day: int | None = None  # the day before the long run, in build and peak
    vert_m: int | None = None  # the goal race's climbing
    run_limits: tuple[RunLimit, ...] = ()  # "nothing longer than 30 minutes in the first month"

    def run_limits_in(self, week: int) -> list[RunLimit]:
        """The run limits that hold in a week."""
        return [
            limit
            for limit in self.run_limits
            if limit.first_week <= week and (limit.last_week is None or week <= limit.last_week)
        ]


def make_limits(
    asked: Instructions,
    level: Level,
    race: RaceGoal | None,
    long_day: int,
    rest_days: set[int],
    said: Said,
) -> tuple[Limits, Said]:
    ultra = race is not None and is_ultra(race.distance_m)
    long_max = long_max_min(race.distance_m if race else None)
    if ultra:
        assert race is not None
        long_max = ULTRA_LONG_MIN[level][ultra_class(race.distance_m)][1]
        said = said.read(
            asked.race_quote,
            f"ultra: long runs by time on feet, up to {long_max // 60} h {long_max % 60:02d} "
            "(Koop), back-to-back weekend long runs in build and peak, a 2-3 week taper; "
            "race time estimated at the slow end of easy pace"
            + (" over ITRA km-effort (km + climbing / 100 m)" if asked.vert_m else "")
            + ": put your own goal on the race line",
        )
    day_cap = asked.day_max_min.get(long_day)
    if day_cap is not None and day_cap < long_max:
        long_max = day_cap
    for limit in asked.run_limits:  # "max 90 minutes long run", all plan long
        held = limit.holds_for(long_day, "long")
        if limit.seconds is not None and limit.last_week is None and held:
            long_max = min(long_max, limit.seconds // 60)
    back_to_back_day, said = _back_to_back_day(asked, ultra, long_day, rest_days, said)
    limits = Limits(
        week_max_min=asked.week_max_min,
        day_max_min=dict(asked.day_max_min),
        long_max_min=long_max,
        long_by_time=ultra or asked.time_on_feet or day_cap is not None,
        back_to_back_day=back_to_back_day,
        vert_m=asked.vert_m,
        run_limits=tuple(asked.run_limits),
    )
    return limits, said


def _back_to_back_day(
    asked: Instructions, ultra: bool, long_day: int, rest_days: set[int], said: Said
) -> tuple[int | None, Said]:
    if not (ultra or asked.back_to_back):
        return None, said
    before = (long_day - 2) % 7 + 1
    if before in rest_days:
        said = said.note(
            f"Not applied: back-to-back long runs - {day_names([before])}, the day before the "
            "long run, is a rest day"
        )
        return None, said
    return before, said


def effort_km(distance_m: int, vert_m: int | None) -> float:
    """ITRA's km-effort: kilometres plus one per 100 m of climbing."""
    return distance_m / 1000 + (vert_m or 0) / 100


def budget_peak_km(limits: Limits, peak_km: float, paces: Paces, said: Said) -> tuple[float, Said]:
    """The peak volume the weekly time budget allows at easy pace, and say so when it binds."""
    if limits.week_max_min is None:
        return peak_km, said
    allowed = limits.week_max_min * 60 / paces.zone_pace("z2")
    if allowed < peak_km:
        said = said.reading(
            f"Read: the weekly time budget holds volume to about {allowed:.0f} km at easy pace "
            f"(the plan would otherwise peak near {peak_km:.0f} km)"
        )
        return max(8.0, allowed), said
    return peak_km, said
