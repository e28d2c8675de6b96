"""The kind of session a line names (a run kind, a cross-training activity, or rest) and the
work pace it names with it, decided from the words (kind_words.py), paces and size."""

from __future__ import annotations

import re

from agents.planning.core.kinds import (
    RACE_PACES,
    ZONE_PACES_ALLOWED,
    Kind,
    NamedPace,
    WorkPace,
)
from agents.planning.core.paces import Paces
from agents.planning.core.plan import Race
from agents.planning.core.values import race_distance
from agents.planning.draft.kind_words import (
    KIND_WORDS,
    OTHER_SPORTS,
    REPETITION_KIND,
    SIZED_RUN_WORDS,
    TRAIL_WORDS,
    activity,
    run_kind,
    words_of,
)
from agents.planning.draft.pace_words import PACE_NAMES, pace_stages
from agents.planning.draft.render import KIND_LABELS
from agents.planning.draft.session_words import GOAL, Size, Words, find_sizes
from agents.planning.draft.unnamed_kind import (
    by_race_name,
    effort_without_pace,
    is_long,
    long_reps,
    long_reps_without_pace,
    names_a_race,
    own_pace_kind,
    paced_beside_easy,
    race_pace_kind,
    sized_kind,
    stored_pace,
)

# Activities that are not aerobic work: their one segment sits in z1.
LIGHT_ACTIVITIES = frozenset({"yoga", "pilates", "mobility", "walk", "strength"})

EASY = re.compile(r"\beasy\b")
# Kinds a named pace implies when no kind word says otherwise.
PACE_KIND: dict[NamedPace, Kind] = {
    "marathon": "marathon-pace",
    "threshold": "tempo",
    "interval": "intervals",
    "repetition": "repetition",
    "5k": "intervals",
    "10k": "intervals",
    "half-marathon": "tempo",
    "easy": "easy",
}


def decide_kind(
    words: Words, race: Race | None, length: Size | None = None, paces: Paces | None = None
) -> tuple[Kind | None, WorkPace | None, str | None]:
    """(kind, work pace, problem) from the kind words and the paces named; `length` is the
    day's size (a long run is one when nothing names the kind), `paces` the VDOT's."""
    detail = words.text[: words.totals_at]
    named = words_of(detail)
    cross, words.activity = activity(detail, named)
    if cross and not (words.activity == "strength" and (words.reps or words.own_pace)):
        _pace_not_applied(words, "cross-training")  # Hansons' 'strength' repeats are a run
        return "cross-training", None, None
    if other := sorted(OTHER_SPORTS & named):
        return None, None, f"'{other[0]}' names no session the plan has: write it as 'XT 45 min'"
    quality: list[WorkPace] = [p for p in words.paces if p != "easy"]
    kind = _kind_word(words, detail, named, bool(quality))
    stages = pace_stages(quality, words.paces, words.finish is not None, detail)
    if stages is not None:
        return None, None, stages
    if len(quality) > 1:
        words.notes.append(f"several paces named: {PACE_NAMES[quality[0]]} used")
    pace = quality[0] if quality else None
    if pace in (None, "race") and kind is None and _a_named_race(words):
        return "race", None, None  # 'Half marathon (goal pace 4:40/km)', 'HM @ 4:40/km'
    if pace is None:
        return _kind_without_pace(words, kind, named, race, length, paces)
    if pace == "race" and race is None:
        return None, None, "race pace named, but the draft names no race"
    work = words.finish is not None or bool(words.unitless) or words.reps is not None
    if kind == "long" and (work or len(find_sizes(detail)) > 1):
        return "long", pace, None  # work inside a long run, or its finish, at that pace
    if kind in (None, "easy") and words.finish is not None and is_long(length):
        words.remarks.append("a long run, by its length")
        return "long", pace, None
    if kind in (None, "easy"):
        return _kind_of_pace(words, pace, race, kind)
    if kind in ("long", "recovery", "run-walk", "race", "time-trial", "hills"):
        _pace_not_applied(words, kind)
        return kind, None, None
    return _kind_with_pace(words, kind, pace)


# A progression with no pace to end at: a long one (80 min or 16 km) ends at marathon pace, the
# long-run progression of Pfitzinger's plans; a shorter one is a steady run that ends at
# threshold, as the progression runs of most coaches do (it was read as ending at marathon
# pace, a milder run than was meant). The assumption is said on its line.
PROGRESSION_NOTE = (
    "a progression with no pace to end at: its last fifth at threshold "
    "(a long one's at marathon pace); write 'last 2 km @ MP' to say another"
)


def _kind_word(words: Words, detail: str, named: set[str], paced: bool) -> Kind | None:
    """The run kind the words name, unless it is a word the repetitions or the pace say more
    of; a run-walk split when nothing names one."""
    kind = run_kind(detail, named)
    efforts = words.reps is not None or words.on_off is not None
    if kind in (None, "easy", "recovery") and (efforts or "track" in named):
        kind = None  # "jog" between repeats, or a track: the repeats or the pace say the kind
    if kind == "repetition" and not REPETITION_KIND & named and (paced or long_reps(words)):
        kind = None  # "6 x 1k reps @ 10K": 'reps' are repeats, the pace or their size says
    if kind is None and words.run_walk is not None:
        kind = "run-walk"
    return kind


def _kind_without_pace(
    words: Words,
    kind: Kind | None,
    named: set[str],
    race: Race | None,
    length: Size | None,
    paces: Paces | None,
) -> tuple[Kind | None, WorkPace | None, str | None]:
    """The kind when no quality pace is named: the kind word's, or what the rest says."""
    finish = words.finish
    if finish and finish.default and finish.progression and kind in ("tempo", "marathon-pace"):
        words.finish = None  # 'progressive tempo 30 min': the tempo is the work
        words.notes.append(f"a progressive {KIND_LABELS[kind]}: all of it the work, run building")
    if words.finish is not None and kind in (None, "long", "easy"):
        # A finish with no pace named ('fast finish', 'last 2 miles fast'): marathon pace;
        # a progression shorter than a long run, its finish unsized, builds to threshold (see
        # PROGRESSION_NOTE); 'last 15 min steady' says its own effort.
        long = kind == "long" or is_long(length)
        building = words.finish.progression and words.finish.default  # no size, no effort
        if not long and words.own_pace is None and building:
            words.notes.append(PROGRESSION_NOTE)
            return "tempo", None, None
        at = "your pace" if words.own_pace is not None else "marathon pace"
        words.remarks.append(f"the finish at {at}")
        kind = "long" if long else "marathon-pace"
        return kind, "marathon" if kind == "long" else None, None
    if kind == "easy" and words.own_pace is not None and paces is not None:
        kind = paced_beside_easy(words, paces) or kind
    if kind == "easy" and _long_plain(words, named, length):
        what = "a trail run" if TRAIL_WORDS & named else "a run named by no effort"
        words.remarks.append(f"{what}: a long run, by its length")
        return "long", None, None
    if kind is not None:
        return kind, None, None
    if "easy" in words.paces:
        return "easy", None, None
    if words.own_pace is not None and paces is not None:
        kind, words.kind_by_pace = own_pace_kind(words, paces), True
        if kind == "easy" and is_long(length):  # 'Sun: 22 km @ 5:30-5:45'
            words.remarks[-1] = "no kind named: a long run, by its length and pace"
            kind = "long"
        return kind, None, None
    if words.reps and (too_long := long_reps_without_pace(words.reps)):
        return None, None, too_long
    if words.reps or words.on_off or "track" in named:
        words.notes.append("no kind or pace named: read as intervals at I pace")
        return "intervals", None, None
    if names_a_race(words, GOAL.search(words.text) is not None and bool(race_distance(words.text))):
        words.remarks.append("a race, by its name")
        return "race", None, None
    problem = effort_without_pace(named)
    return (None, None, problem) if problem else (sized_kind(words, length), None, None)


def _long_plain(words: Words, named: set[str], length: Size | None) -> bool:
    """A run named by no effort, on trails or not ('25 km trail', 'Sun: 25 km run', 'run
    2h'), as long as a long run: a long run, by the threshold a size alone has (is_long)."""
    run_words = KIND_WORDS["easy"] & named
    plain = bool(run_words) and run_words <= SIZED_RUN_WORDS
    return plain and "easy" not in words.paces and not words.strides and is_long(length)


def _a_named_race(words: Words) -> bool:
    """The words name a race by its distance's name and no work inside it: the race."""
    work = words.reps or words.on_off or words.finish or words.unitless or words.run_walk
    if work or not by_race_name(words.text):
        return False
    words.remarks.append("a race, by its name")
    return True


def _kind_of_pace(
    words: Words, pace: WorkPace, race: Race | None, word: Kind | None
) -> tuple[Kind, WorkPace | None, None]:
    kind = PACE_KIND.get(pace) or race_pace_kind(race)
    if word == "easy" and EASY.search(words.text):
        words.notes.append(f"'easy' with {PACE_NAMES[pace]}: read as {kind} at {PACE_NAMES[pace]}")
    return kind, stored_pace(kind, pace), None


def _kind_with_pace(words: Words, kind: Kind, pace: WorkPace) -> tuple[Kind, WorkPace | None, None]:
    """The kind word wins; a zone pace the kind cannot take is not applied, and said so."""
    if pace in RACE_PACES or pace in ZONE_PACES_ALLOWED.get(kind, frozenset()):
        return kind, stored_pace(kind, pace), None
    words.notes.append(f"{PACE_NAMES[pace]} not applied: this {kind} session keeps its own pace")
    return kind, None, None


def _pace_not_applied(words: Words, kind: str) -> None:
    quality = [p for p in words.paces if p != "easy"]
    if quality:
        words.notes.append(
            f"{PACE_NAMES[quality[0]]} not applied: this {kind} session keeps its own effort"
        )
