"""The work of a read session: its repetitions, its single effort, its finish at pace, a
run-walk's cycles, and the usual work of a quality kind named without any."""

from __future__ import annotations

from dataclasses import replace

from agents.planning.core.kinds import Kind, WorkPace
from agents.planning.core.segments import Shape
from agents.planning.draft.session_shorthand import (
    FASTEST_S_PER_KM,
    SLOWEST_S_PER_KM,
    in_day_unit,
)
from agents.planning.draft.session_words import Size, Sizes, Words

# The work of a quality day the coach named without saying how (e.g. "Thu: intervals").
DEFAULT_SHAPES: dict[Kind, Shape] = {
    "tempo": Shape("tempo", 1, 0, 1200, 0),
    "intervals": Shape("intervals", 5, 800, 0, 120),
    "repetition": Shape("repetition", 8, 200, 0, 90),
    "hills": Shape("hills", 8, 0, 60, 90),
    "fartlek": Shape("fartlek", 8, 0, 60, 60),
    "marathon-pace": Shape("marathon-pace", 1, 8000, 0, 0),
}
RUN_WALK_DEFAULT = (60, 90)  # NHS Couch to 5K, week 1: 60 s running, 90 s walking
LONG_RECOVERY_M = 1000  # between blocks at pace inside a long run: a kilometre easy
FINISH_SHARE = 0.2  # a 'fast finish' with no size: the last fifth of the run
# More work than any session holds ('3 sets of 4 x 10,000m' would be 120 km): not guessed.
MAX_WORK_M = 50_000
MAX_WORK_S = 4 * 3600
ON_OFF_CYCLES = 10  # efforts on and off with neither a count nor a total
# Kinds whose work a race pace names only with an amount ("5 x 1 km at 10K pace").
RACE_PACE_KINDS = frozenset({"tempo", "marathon-pace", "intervals", "repetition"})


def work_shape(
    kind: Kind,
    work_pace: WorkPace | None,
    words: Words,
    sizes: Sizes,
    minutes: int | None,
    notes: list[str],
) -> Shape | str:
    """The session's work as a Shape (its totals come after), or why it cannot be read."""
    strides = words.strides if kind == "easy" else 0
    if words.strides and kind != "easy":
        notes.append(f"strides are kept on easy runs only: not added to this {kind} session")
    own = _own_pace(words)
    if isinstance(own, str):
        return own
    if kind == "run-walk":
        return run_walk_shape(words, minutes, notes)
    if kind == "hills" and (words.finish is not None or own is not None):
        notes.append("hill repeats keep their own effort: a pace or a finish is not used")
        words.finish, own = None, None  # the draft writes neither on hill repeats
        words.remarks[:] = [r for r in words.remarks if not r.startswith("your pace")]
    if words.finish is not None and (kind in DEFAULT_SHAPES or kind == "long"):
        return _finish_shape(kind, work_pace, words, sizes, notes, own)
    if kind == "long" and (words.reps or sizes.effort is not None):
        pace = work_pace if work_pace or own else "marathon"
        return _worked(kind, pace, words, sizes.effort, notes, own)
    if kind not in DEFAULT_SHAPES:
        return _steady_shape(kind, words, strides, own, notes)
    if words.reps or sizes.effort is not None:
        return _worked(kind, work_pace, words, sizes.effort, notes, own)
    if words.on_off is not None:
        return _on_off(kind, work_pace, words.on_off, minutes, notes, own)
    if kind in RACE_PACE_KINDS and work_pace in ("5k", "10k", "half-marathon", "race"):
        return "a pace is named without an amount of work (e.g. '5 x 1 km at 10K pace')"
    default = DEFAULT_SHAPES[kind]
    notes.append(f"no work given: {work_text(default)} assumed")
    return replace(default, work_pace=work_pace, own_pace=own)


def _steady_shape(
    kind: Kind, words: Words, strides: int, own: tuple[int, int] | None, notes: list[str]
) -> Shape:
    """A run with no work of its own (easy, long, recovery...), its strides kept."""
    if words.reps:
        notes.append(f"repetitions are not part of this {kind} session: not used")
    return Shape(
        kind,
        strides=strides,
        own_pace=own,
        stride_seconds=words.stride_size[0] if strides else 0,
        stride_distance_m=words.stride_size[1] if strides else 0,
    )


def _own_pace(words: Words) -> tuple[int, int] | str | None:
    pace = words.own_pace
    if pace is None:
        return None
    if not FASTEST_S_PER_KM <= pace.fast <= pace.slow <= SLOWEST_S_PER_KM:
        return f"the pace {pace.written} is outside 2:00 to 15:00 per km"
    return pace.fast, pace.slow


def _worked(
    kind: Kind,
    work_pace: WorkPace | None,
    words: Words,
    effort: Size | None,
    notes: list[str],
    own: tuple[int, int] | None,
) -> Shape | str:
    if words.reps:
        return reps_shape(kind, work_pace, words, notes, own)
    assert effort is not None
    return Shape(kind, 1, effort.metres, effort.seconds, 0, work_pace=work_pace, own_pace=own)


def _on_off(
    kind: Kind,
    work_pace: WorkPace | None,
    on_off: tuple[int, int],
    minutes: int | None,
    notes: list[str],
    own: tuple[int, int] | None,
) -> Shape:
    """Efforts on and off with no count: as many as the day's time holds."""
    on, off = on_off
    if minutes is None:
        cycles = ON_OFF_CYCLES
        notes.append(f"no count or total given: {cycles} efforts assumed")
    else:
        cycles = max(1, (minutes * 60 + off) // (on + off))
    return Shape(kind, cycles, 0, on, off, work_pace=work_pace, own_pace=own)


def _finish_shape(
    kind: Kind,
    work_pace: WorkPace | None,
    words: Words,
    sizes: Sizes,
    notes: list[str],
    own: tuple[int, int] | None,
) -> Shape | str:
    """The run's last part at pace: its size as written, in the day's unit when it has none,
    or the last fifth of the day for a 'fast finish'."""
    finish = words.finish
    assert finish is not None
    seconds, metres = finish.seconds, finish.metres
    if finish.default or not (seconds or metres):
        found = in_day_unit(finish.number, sizes.whole) if not finish.default else None
        if found is None and sizes.whole:
            first = sizes.whole[0]
            seconds = round(first.seconds * FINISH_SHARE / 60) * 60
            metres = round(first.metres * FINISH_SHARE / 100) * 100
            amount = f"{seconds // 60} min" if seconds else f"{metres / 1000:g} km"
            notes.append(f"a finish with no size: the last {amount} assumed")
        elif found is None:
            return "a finish at pace needs the day's size (e.g. 'long run 20 km, last 3 km @ MP')"
        else:
            seconds, metres = found
    pace = work_pace if work_pace or own or kind != "long" else "marathon"
    return Shape(kind, 1, metres, 0 if metres else seconds, 0, work_pace=pace, own_pace=own)


def reps_shape(
    kind: Kind,
    work_pace: WorkPace | None,
    words: Words,
    notes: list[str],
    own: tuple[int, int] | None = None,
) -> Shape | str:
    reps = words.reps
    assert reps is not None
    if reps.unitless and not reps.metres:
        return "the repetition size has no unit (write '6 x 1 km' or '6 x 3 min')"
    if not 1 <= reps.count <= 60 or reps.metres > 21_097 or reps.seconds > 3600:
        return "the repetitions are out of range"
    if reps.count * reps.metres > MAX_WORK_M or reps.count * reps.seconds > MAX_WORK_S:
        return f"{reps.count} repetitions of that size are more work than a session holds"
    recovery_s, recovery_m = words.recovery or (0, 0)
    if reps.count > 1 and words.recovery is None:
        if kind == "long":
            recovery_m = LONG_RECOVERY_M
            notes.append(f"no recovery given: {recovery_m} m easy assumed")
        else:
            recovery_s = DEFAULT_SHAPES[kind].recovery_seconds or 60
            notes.append(f"no recovery given: {recovery_s} s jog assumed")
    if recovery_s > 1800 or recovery_m > 3000:
        return "the recovery is out of range"
    if reps.count == 1:
        recovery_s = recovery_m = 0
    return Shape(
        kind,
        reps.count,
        reps.metres,
        0 if reps.metres else reps.seconds,
        recovery_s,
        recovery_distance_m=recovery_m,
        work_pace=work_pace,
        own_pace=own,
    )


def run_walk_shape(words: Words, minutes: int | None, notes: list[str]) -> Shape | str:
    """Cycles of running and walking: as written ('8 x (1 min run, 90 s walk)'), a split
    over the day's time ('30 min, 4 min run / 1 min walk'), or the usual split."""
    reps = words.reps
    if words.run_walk is not None:
        run_s, walk_s = words.run_walk
        if reps is not None:
            return Shape("run-walk", reps.count, 0, run_s, walk_s)
        if minutes is None:
            return "a run-walk without a time or a number of cycles"
        cycles = max(1, minutes * 60 // (run_s + walk_s))
        return Shape("run-walk", cycles, 0, run_s, walk_s)
    if reps is not None and reps.seconds:
        walk_s = (words.recovery or (0, 0))[0]
        if not walk_s:
            walk_s = RUN_WALK_DEFAULT[1]
            notes.append(f"no walk time given: {walk_s} s walking assumed")
        return Shape("run-walk", reps.count, 0, reps.seconds, walk_s)
    if minutes is None:
        return "a run-walk without a time"
    run_s, walk_s = RUN_WALK_DEFAULT
    cycles = max(1, minutes * 60 // (run_s + walk_s))
    notes.append(f"no run/walk split given: {cycles} x (1 min run, 90 s walk) assumed")
    return Shape("run-walk", cycles, 0, run_s, walk_s)


def work_text(shape: Shape) -> str:
    size = f"{shape.rep_distance_m} m" if shape.rep_distance_m else f"{shape.rep_seconds} s"
    if shape.reps <= 1:
        return size
    return f"{shape.reps} x {size} with {shape.recovery_seconds} s recovery"
