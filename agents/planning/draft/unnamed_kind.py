"""The kind of a session whose words name none, from what they do say: a race's name, the
coach's own pace, a finish, or only a size ('Sun: 18 miles' is a long run, 'Sat: 45'' an
easy one). Each such reading is said beside the day it gives (a remark in its `read` note).
"""

from __future__ import annotations

import re

from agents.planning.core.kinds import OWN_PACE, Kind, WorkPace
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Race
from agents.planning.core.values import race_distance
from agents.planning.draft.render import KIND_LABELS
from agents.planning.draft.session_words import Reps, Size, Words, find_sizes

# A race named by its distance's name ('Half marathon - aiming for sub 1:40'); '10k' and
# '5k' alone are sizes, raced only when the words say race or give a goal.
RACE_NAMES = re.compile(r"\b(?:half[- ]?marathon|marathon|hm|ultra(?:marathon)?)\b")
# Repetitions at R pace are short (Daniels: up to about 600 m or two minutes); longer ones
# at that pace are intervals run fast.
SHORT_REP_M = 600
SHORT_REP_S = 120
LONG_FROM_S = 80 * 60
RACE_SLACK = 0.01  # '21.1 km' is the half marathon
LONG_FROM_M = 16_000


def is_long(size: Size | None) -> bool:
    """A run this size is a long run when nothing names its kind."""
    return size is not None and (size.seconds >= LONG_FROM_S or size.metres >= LONG_FROM_M)


def names_a_race(words: Words, goal: bool) -> bool:
    """The words name a race: by its distance's name, or a distance with a goal time."""
    return by_race_name(words.text) or goal


def by_race_name(text: str) -> bool:
    """The text names a race by its distance's name and gives no other distance ('16 mi
    marathon sim' is a run, not the marathon)."""
    if not RACE_NAMES.search(text):
        return False
    named = race_distance(text)
    distances = [size.metres for size in find_sizes(text) if not size.is_time]
    return named is None or all(abs(m - named[0]) <= named[0] * RACE_SLACK for m in distances)


def long_reps(words: Words) -> bool:
    """Repetitions longer than Daniels' R repetitions (about 600 m or two minutes)."""
    reps = words.reps
    return reps is not None and (reps.metres > SHORT_REP_M or reps.seconds > SHORT_REP_S)


def own_pace_kind(words: Words, paces: Paces) -> Kind:
    """The kind the coach's own pace makes, by the zone whose range it is nearest: easy,
    marathon pace, tempo; repetitions at interval pace or faster are intervals."""
    assert words.own_pace is not None
    middle = (words.own_pace.fast + words.own_pace.slow) / 2
    zones = {"z2": "easy", "z3": "marathon-pace", "z4": "tempo", "z5": "intervals", "z6": "z6"}
    nearest = min(zones, key=lambda z: _off_range(paces, z, middle))
    kind: Kind
    if nearest == "z2":
        kind = "easy"
    elif nearest == "z3":
        kind = "marathon-pace"
    elif words.reps and nearest in ("z5", "z6"):
        short = words.reps.metres <= SHORT_REP_M and words.reps.seconds <= SHORT_REP_S
        kind = "repetition" if nearest == "z6" and short else "intervals"
    else:
        kind = "tempo"
    words.remarks.append(f"no kind named: {KIND_LABELS[kind]}, by that pace")
    return kind


def _off_range(paces: Paces, zone: str, pace: float) -> tuple[float, float]:
    """How far a pace is from a zone's range (0 inside it: E's range is wide, and 9:00/mi
    just faster than it is an easy run, not marathon pace), then from its middle."""
    fast, slow = paces.zone_range(zone)  # type: ignore[arg-type]
    return max(fast - pace, 0, pace - slow), abs(paces.zone_pace(zone) - pace)  # type: ignore[arg-type]


def sized_kind(words: Words, length: Size | None) -> Kind | None:
    """A run named only by its size: a long run from 80 minutes or 16 km, else easy."""
    if length is None:
        return None
    kind: Kind = "long" if is_long(length) else "easy"
    words.remarks.append(
        "no kind named: a long run, by its length" if kind == "long" else "no kind named: easy"
    )
    return kind


def paced_beside_easy(words: Words, paces: Paces) -> Kind | None:
    """'4 mi @ 7:00, 1 mi easy': a part at the coach's quality pace beside easy running is
    the work (its kind the pace's), the easy running its warm-up or cool-down."""
    if len(find_sizes(words.text[: words.totals_at])) < 2:
        return None
    remarks = list(words.remarks)
    kind = own_pace_kind(words, paces)
    if kind == "easy":
        words.remarks[:] = remarks
        return None
    words.kind_by_pace = True
    return kind


# Words that say a run is hard without saying how hard ('20' hard', '6 km fast').
EFFORT_WORDS = frozenset({"hard", "harder", "fast", "faster", "quick", "hardish"})


def effort_without_pace(named: set[str]) -> str | None:
    """Why one effort called hard or fast with no kind or pace ('Thu: 20' hard') is not read:
    threshold, 10K or 5K effort are all 'hard', and an easy run would be a misreading."""
    said = sorted(EFFORT_WORDS & named)
    if not said:
        return None
    return f"'{said[0]}' says no pace for one effort: write tempo, threshold, a race pace or a pace"


def race_pace_kind(race: Race | None) -> Kind:
    """The kind of a session at the goal race's pace: by the race's distance."""
    metres = race.distance_m if race else 0
    return "intervals" if metres <= 10_000 else "tempo" if metres < 30_000 else "marathon-pace"


def stored_pace(kind: Kind, pace: WorkPace) -> WorkPace | None:
    """The pace a day keeps: none when it is the kind's own (it says nothing new)."""
    return None if OWN_PACE.get(kind) == pace else pace


# Repetitions longer than these are no I-pace work (Daniels: I-pace bouts of 3 to 5 minutes).
I_REP_MAX_S = 360
I_REP_MAX_M = 2000
LONG_REP_M = 5000


def long_reps_without_pace(reps: Reps) -> str | None:
    """Why repetitions too long for I pace, with no kind or pace named ('2 x 30 min', '3 x 10
    min easy'), are not read: they could be tempo, marathon pace or two easy runs."""
    if reps.seconds <= I_REP_MAX_S and not I_REP_MAX_M < reps.metres <= LONG_REP_M:
        return None  # longer ones are more work than a session holds: said so elsewhere
    return "repetitions this long with no kind or pace named: write tempo, a pace or two runs"
