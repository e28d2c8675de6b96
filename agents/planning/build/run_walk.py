"""Run-walk weeks for athletes who cannot yet run continuously (NHS Couch to 5K, Galloway)."""

from __future__ import annotations

from agents.planning.core.paces import Paces
from agents.planning.core.plan import Day
from agents.planning.core.segments import WALK_S_PER_KM, Shape, metres_in, natural_distance_m

# (running s, walking s, cycles of a 20-minute session): one step a week, as Couch to 5K
# goes from 60 s running / 90 s walking in week 1 to 10-minute runs before running
# continuously in its last third.
LADDER: tuple[tuple[int, int, int], ...] = (
    (60, 90, 8),
    (90, 120, 6),
    (180, 90, 5),
    (300, 120, 3),
    (480, 120, 2),
    (600, 90, 2),
)
RUN_WALK_RUNS = 3  # on alternate days, as Couch to 5K and bone-injury return protocols
WARMUP_MIN = (5, 15)  # the brisk walk before the cycles: NHS 5 minutes, longer to fill a week
MAX_CYCLES = 12
# The first weeks of continuous running: at most this long, five minutes more each week.
FIRST_CONTINUOUS_MIN = 30


def first_step(limit_s: int) -> int:
    """The ladder step to start from: running pieces of at most a third of what they can run."""
    fitting = [index for index, (run_s, _, _) in enumerate(LADDER) if run_s * 3 <= limit_s]
    return fitting[-1] if fitting else 0


def run_walk_day(
    weekday: int, run_s: int, walk_s: int, cycles: int, warmup_min: int, paces: Paces
) -> Day:
    """A run-walk day: a brisk-walk warm-up, then cycles of running and walking."""
    shape = Shape("run-walk", reps=cycles, rep_seconds=run_s, recovery_seconds=walk_s)
    minutes = -(-(cycles * (run_s + walk_s) + warmup_min * 60) // 60)
    return Day(
        weekday=weekday,
        kind="run-walk",
        duration_min=minutes,
        distance_m=natural_distance_m(shape, minutes, paces),
        reps=cycles,
        rep_seconds=run_s,
        recovery_seconds=walk_s,
    )


def start_day_m(step: int, paces: Paces) -> int:
    """The distance of a first run-walk day: the step's 20 minutes after a 5-minute walk."""
    run_s, walk_s, cycles = LADDER[step]
    return run_walk_day(1, run_s, walk_s, cycles, WARMUP_MIN[0], paces).distance_m


def _pieces(step: int) -> list[int]:
    """Running pieces of a step, longest first: shorter ones (down to the step before)
    let a week land on its volume when whole cycles of the longest do not."""
    run_s = LADDER[step][0]
    shortest = LADDER[step - 1][0] if step else run_s
    unit = 60 if run_s >= 180 else 30
    return list(range(run_s, shortest - 1, -unit))


def _metres(run_s: int, walk_s: int, cycles: int, warmup_min: int, paces: Paces) -> int:
    """The distance of a run-walk day, as run_walk_day computes it, without building one."""
    core_s = cycles * (run_s + walk_s)
    minutes = -(-(core_s + warmup_min * 60) // 60)
    run_m = metres_in(run_s, paces.zone_pace("z2")) + metres_in(walk_s, WALK_S_PER_KM)
    return cycles * run_m + metres_in(minutes * 60 - core_s, WALK_S_PER_KM)


def run_walk_days(
    weekdays: list[int],
    step: int,
    bounds_m: tuple[float, float],
    paces: Paces,
    longest_min: int | None = None,
) -> list[Day]:
    """Run-walk days whose week lies within bounds with as much running as fits; else the
    days nearest the bounds; none longer than `longest_min` when a limit holds."""
    low, high = bounds_m[0] / len(weekdays), bounds_m[1] / len(weekdays)
    walk_s = LADDER[step][1]
    best: tuple[tuple[bool, float, int, int], int, int, int] | None = None
    for run_s in _pieces(step):
        for cycles in range(1, MAX_CYCLES + 1):
            for warmup in range(WARMUP_MIN[0], WARMUP_MIN[1] + 1):
                minutes = -(-(cycles * (run_s + walk_s) + warmup * 60) // 60)
                too_long = longest_min is not None and minutes > longest_min
                metres = _metres(run_s, walk_s, cycles, warmup, paces)
                miss = max(low - metres, metres - high, 0)
                # Within the limit, inside the bounds: most running, then the least walking.
                score = (too_long, miss, -cycles * run_s, warmup)
                if best is None or score < best[0]:
                    best = (score, run_s, cycles, warmup)
    assert best is not None
    _, run_s, cycles, warmup = best
    return [run_walk_day(day, run_s, walk_s, cycles, warmup, paces) for day in weekdays]
