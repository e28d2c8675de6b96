"""Daniels-Gilbert VDOT and the training paces and zones derived from it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from schemas.requests import Level
from schemas.workout import Zone

MARATHON_M = 42195
DEFAULT_VDOT: dict[Level, float] = {"beginner": 35.0, "intermediate": 45.0, "advanced": 55.0}
# Half-width of the single-pace zones (M, T, I, R) in seconds per km.
_TARGET_SPREAD_S = 3


def oxygen_cost(velocity_m_min: float) -> float:
    """VO2 (ml/kg/min) of running at a velocity in metres per minute."""
    return -4.60 + 0.182258 * velocity_m_min + 0.000104 * velocity_m_min**2


def fraction_sustainable(minutes: float) -> float:
    """The fraction of VO2max a runner can hold for a race of this many minutes."""
    return (
        0.8 + 0.1894393 * math.exp(-0.012778 * minutes) + 0.2989558 * math.exp(-0.1932605 * minutes)
    )


def vdot_from_race(distance_m: float, time_s: float) -> float:
    """VDOT of a race result."""
    minutes = time_s / 60
    return oxygen_cost(distance_m / minutes) / fraction_sustainable(minutes)


def velocity_at(vo2: float) -> float:
    """The velocity in m/min whose oxygen cost is vo2."""
    return 29.54 + 5.000663 * vo2 - 0.007546 * vo2**2


def race_time_s(vdot: float, distance_m: float) -> float:
    """The predicted time for a distance at a VDOT (bisection: VDOT falls as time grows)."""
    low, high = distance_m / 600 * 60, distance_m / 50 * 60  # 36 km/h .. 3 km/h
    for _ in range(60):
        middle = (low + high) / 2
        if vdot_from_race(distance_m, middle) > vdot:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def seconds_per_km(velocity_m_min: float) -> float:
    return 60_000 / velocity_m_min


def format_clock(seconds: float) -> str:
    """m:ss of a pace or short time."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def format_duration(seconds: int) -> str:
    """h:mm:ss of a race time."""
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else format_clock(rest)


@dataclass(frozen=True)
class Paces:
    """Training paces in seconds per km for one VDOT."""

    vdot: float
    easy_fast: int
    easy_slow: int
    marathon: int
    threshold: int
    interval: int
    repetition: int

    def zone_range(self, zone: Zone) -> tuple[int, int]:
        """(fast, slow) seconds per km of a zone z1..z6."""
        match zone:
            case "z1":
                return self.easy_slow + 10, self.easy_slow + 40
            case "z2":
                return self.easy_fast, self.easy_slow
            case "z3":
                pace = self.marathon
            case "z4":
                pace = self.threshold
            case "z5":
                pace = self.interval
            case "z6":
                pace = self.repetition
        return pace - _TARGET_SPREAD_S, pace + _TARGET_SPREAD_S

    def zone_pace(self, zone: Zone) -> int:
        """The middle of a zone, in seconds per km."""
        fast, slow = self.zone_range(zone)
        return (fast + slow) // 2

    def pace_text(self, zone: Zone) -> str:
        fast, slow = self.zone_range(zone)
        return f"{format_clock(fast)}-{format_clock(slow)}/km"


def paces_for(vdot: float) -> Paces:
    """Daniels' paces: E at 65-74% of VDOT, T 88%, I 100%, R 105%, M the marathon prediction."""

    def at(share: float) -> int:
        return round(seconds_per_km(velocity_at(vdot * share)))

    return Paces(
        vdot=vdot,
        easy_fast=at(0.74),
        easy_slow=at(0.65),
        marathon=round(race_time_s(vdot, MARATHON_M) / (MARATHON_M / 1000)),
        threshold=at(0.88),
        interval=at(1.00),
        repetition=at(1.05),
    )
