"""The sizes a planned workout may have: anything past them is an error, never a plan.

A model answering under a JSON schema writes valid JSON with any numbers in it (a small
model once answered a run of 8,000,000,000,000,000,000 m). These bounds are far past
anything a coach prescribes, so they refuse only nonsense: no run over 250 km or 48 h,
no more than 100 repeats of a block, no pace faster than 2:00 or slower than 15:00 per
km. Each breach is a sentence a model can act on when it is fed back in a repair.
"""

import re

MAX_DISTANCE_M = 250_000
MAX_DURATION_S = 48 * 3600
MAX_REPEATS = 100
FASTEST_S_PER_KM = 2 * 60
SLOWEST_S_PER_KM = 15 * 60
PACE_RANGE = re.compile(r"^(\d{1,2}):([0-5]\d)-(\d{1,2}):([0-5]\d)/km$")


def segment_breaches(
    duration_s: int, distance_m: int, repeat: int, pace: str | None, running: bool
) -> list[str]:
    """What one block (`repeat` times `duration_s` and `distance_m`) breaks, if anything."""
    breaches = []
    if not 1 <= repeat <= MAX_REPEATS:
        breaches.append(f"repeat {repeat} is not 1 to {MAX_REPEATS}")
    sizes = size_breaches(duration_s, distance_m, "a block")
    breaches += sizes
    if running and not sizes and distance_m > 0 and duration_s > 0:
        s_per_km = duration_s * 1000 / distance_m
        if not FASTEST_S_PER_KM <= s_per_km <= SLOWEST_S_PER_KM:
            breaches.append(
                f"{duration_s} s for {distance_m} m is a pace of {clock(s_per_km)}/km, "
                f"outside {clock(FASTEST_S_PER_KM)} to {clock(SLOWEST_S_PER_KM)} per km"
            )
    if pace is not None and not pace_in_bounds(pace):
        breaches.append(
            f"pace {pace} is outside {clock(FASTEST_S_PER_KM)} to {clock(SLOWEST_S_PER_KM)} per km"
        )
    return breaches


def size_breaches(duration_s: int, distance_m: int, what: str = "a run") -> list[str]:
    """What a total time and distance break: at most 48 h and 250 km."""
    breaches = []
    if distance_m > MAX_DISTANCE_M:
        breaches.append(f"{distance_m} m is over the {MAX_DISTANCE_M // 1000} km {what} may be")
    if duration_s > MAX_DURATION_S:
        breaches.append(f"{duration_s} s is over the {MAX_DURATION_S // 3600} h {what} may last")
    return breaches


def pace_in_bounds(pace: str) -> bool:
    """Whether a pace range written `m:ss-m:ss/km` lies within 2:00 to 15:00 per km."""
    found = PACE_RANGE.match(pace)
    if found is None:
        return False
    minutes_fast, seconds_fast, minutes_slow, seconds_slow = map(int, found.groups())
    ends = (minutes_fast * 60 + seconds_fast, minutes_slow * 60 + seconds_slow)
    return all(FASTEST_S_PER_KM <= end <= SLOWEST_S_PER_KM for end in ends)


def clock(seconds: float) -> str:
    """Seconds as m:ss (rounded; large values stay readable as minutes)."""
    whole = min(round(seconds), 10**9)
    return f"{whole // 60}:{whole % 60:02d}"
