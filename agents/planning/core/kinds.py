"""The planner's words, declared once: kinds of session, phases, named paces, and the tables
keyed by them (every other table of the planner, draft and validator derives from these).

The contract's own words (zones, segment types, sub types, note kinds, levels and workout
preferences) are declared in `schemas`, which the api shares.
"""

from __future__ import annotations

from typing import Literal, get_args

from schemas.workout import SubType, Zone

Kind = Literal[
    "easy",
    "recovery",
    "long",
    "tempo",
    "intervals",
    "repetition",
    "hills",
    "fartlek",
    "marathon-pace",
    "race",
    # A hard effort over a set distance inside training (a parkrun raced, a 5K time
    # trial): paced from the VDOT's race prediction, not the plan's goal race.
    "time-trial",
    # Alternating running and walking, for athletes who cannot yet run continuously:
    # reps cycles of rep_seconds running and recovery_seconds walking.
    "run-walk",
    # Bike, swim, strength...: kept in the plan, never counted as running volume
    # (distance_m is 0); `activity` says which.
    "cross-training",
]
QualityKind = Literal["tempo", "intervals", "repetition", "hills", "fartlek", "marathon-pace"]
PlanPhase = Literal["base", "build", "peak", "taper"]
PLAN_PHASES: tuple[PlanPhase, ...] = get_args(PlanPhase)
# A pace the coach named for the work of a session ("6 x 800 m at 10K pace"). Zone paces
# (Daniels' marathon, threshold, interval, repetition) are stored only when they differ
# from the kind's own; race paces come from the VDOT's prediction ("race": the goal race's).
WorkPace = Literal[
    "marathon", "threshold", "interval", "repetition", "5k", "10k", "half-marathon", "race"
]
RacePace = Literal["5k", "10k", "half-marathon", "race"]
# Every pace a draft may name: the work paces and easy pace.
NamedPace = Literal[
    "marathon",
    "threshold",
    "interval",
    "repetition",
    "5k",
    "10k",
    "half-marathon",
    "race",
    "easy",
]

QUALITY_KINDS: frozenset[Kind] = frozenset(get_args(QualityKind))
# Hard days for the planner's spacing: a time trial too (the validator's hard days are its
# sub types below, which leave the time trial out: a parkrun beside a long run warns no one).
HARD_KINDS: frozenset[Kind] = QUALITY_KINDS | {"long", "race", "time-trial"}
# Kinds whose size a coach thinks of in kilometres; the rest in minutes.
DISTANCE_FIRST_KINDS: frozenset[Kind] = frozenset({"long", "marathon-pace", "race", "time-trial"})
RACE_PACES: frozenset[NamedPace] = frozenset(get_args(RacePace))

# The sub type of each kind's workout.
SUB_TYPES: dict[Kind, SubType] = {
    "easy": "easy-run",
    "recovery": "recovery-run",
    "long": "long-run",
    "tempo": "tempo",
    "intervals": "intervals",
    "repetition": "repetitions",
    "hills": "hill-repeats",
    "fartlek": "fartlek",
    "marathon-pace": "marathon-pace",
    "race": "race",
    "run-walk": "run-walk",
    "time-trial": "time-trial",
    "cross-training": "cross-training",
}
QUALITY_SUB_TYPES: frozenset[str] = frozenset(SUB_TYPES[kind] for kind in QUALITY_KINDS)
HARD_SUB_TYPES: frozenset[str] = QUALITY_SUB_TYPES | {SUB_TYPES["long"], SUB_TYPES["race"]}

# Daniels' paces: the letter a draft writes, the pace's name, its zone.
ZONE_PACES: tuple[tuple[str, WorkPace, Zone], ...] = (
    ("M", "marathon", "z3"),
    ("T", "threshold", "z4"),
    ("I", "interval", "z5"),
    ("R", "repetition", "z6"),
)
DANIELS_PACES: tuple[tuple[str, NamedPace, Zone], ...] = (("E", "easy", "z2"), *ZONE_PACES)
ZONE_OF_LETTER: dict[str, Zone] = {letter: zone for letter, _, zone in DANIELS_PACES}
LETTER_OF_ZONE: dict[Zone, str] = {zone: letter for letter, _, zone in DANIELS_PACES}
ZONE_OF_PACE: dict[WorkPace, Zone] = {name: zone for _, name, zone in ZONE_PACES}

# The zone of the repetitions (or continuous main part) of each quality kind.
WORK_ZONE: dict[Kind, Zone] = {
    "tempo": "z4",
    "intervals": "z5",
    "repetition": "z6",
    "hills": "z5",
    "fartlek": "z4",
    "marathon-pace": "z3",
}
# The zones a kind's main or interval segments may use (the validator's zone rule); strides
# make z6 fine in easy runs. A time trial and cross-training may use any zone.
ALLOWED_ZONES: dict[Kind, tuple[Zone, ...]] = {
    "easy": ("z1", "z2", "z6"),
    "recovery": ("z1", "z2"),
    "long": ("z2", "z3"),
    "tempo": ("z3", "z4"),
    "intervals": ("z4", "z5"),
    "repetition": ("z5", "z6"),
    "hills": ("z4", "z5", "z6"),
    "fartlek": ("z3", "z4", "z5"),
    "marathon-pace": ("z3",),
    "race": ("z3", "z4", "z5", "z6"),
    "run-walk": ("z1", "z2"),
}
# Kinds run at a pace the coach may name (hills run by effort): a named pace is labelled with
# the nearest of the kind's allowed zones, so a kind never carries a zone foreign to it.
PACED_KINDS: dict[Kind, tuple[Zone, ...]] = {
    kind: ALLOWED_ZONES[kind] for kind in WORK_ZONE if kind != "hills"
}
# The zone paces each paced kind may take without becoming another kind.
ZONE_PACES_ALLOWED: dict[Kind, frozenset[NamedPace]] = {
    kind: frozenset(pace for pace, zone in ZONE_OF_PACE.items() if zone in zones)
    for kind, zones in PACED_KINDS.items()
}
# The zone whose pace a kind's draft line and description name (a recovery run's z1 has no
# Daniels letter: the draft shows no pace for it).
PACE_ZONE: dict[Kind, Zone] = {
    **{kind: WORK_ZONE[kind] for kind in PACED_KINDS},
    "easy": "z2",
    "long": "z2",
    "recovery": "z1",
    "run-walk": "z2",
}
# The pace each paced kind is run at: a named pace equal to it says nothing new.
OWN_PACE: dict[Kind, NamedPace] = {
    "marathon-pace": "marathon",
    "tempo": "threshold",
    "intervals": "interval",
    "repetition": "repetition",
    "fartlek": "threshold",
}
