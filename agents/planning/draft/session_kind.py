"""What kind of session a line's words name: a run kind, a cross-training activity, or rest."""

from __future__ import annotations

import itertools
import re

from agents.planning.core.kinds import Kind

# Kinds in priority order: specific kinds before the generic words every run line has.
# Each kind is named by single words or by two-word phrases ("time trial", "run-walk").
KIND_ORDER: tuple[Kind, ...] = (
    "time-trial",
    "race",
    "run-walk",
    "long",
    "hills",
    "fartlek",
    "repetition",
    "intervals",
    "tempo",
    "marathon-pace",
    "recovery",
    "easy",
)
KIND_WORDS: dict[Kind, set[str]] = {
    "time-trial": {"tt", "parkrun", "time trial", "timetrial", "race effort"},
    "race": {"race"},
    "run-walk": {"run walk", "walk run", "galloway"},
    "long": {"long"},
    "hills": {"hill", "hills", "uphill"},
    "fartlek": {"fartlek"},
    "repetition": {"rep", "reps", "repetition", "repetitions"},
    "intervals": {"interval", "intervals", "vo2", "vo2max", "speed work", "speedwork"},
    "tempo": {"tempo", "cruise"},
    "marathon-pace": {"marathon pace"},
    "recovery": {"recovery"},
    "easy": {
        "easy",
        "jog",
        "jogging",
        "run",
        "runs",
        "running",
        "aerobic",
        "steady",
        "shake out",
        "shakeout",
        "trail",
        "trails",
        "stride",
        "strides",
        "z2",
    },
}
RUN_WORDS = frozenset({"run", "runs", "running", "jog", "jogging"})
# Cross-training activities in priority order: (the name the plan keeps, how coaches write it).
ACTIVITIES = (
    ("aqua jogging", {"aqua jog", "aqua jogging", "aquajogging", "pool running", "water running"}),
    ("bike", {"bike", "biking", "cycle", "cycling", "spin", "spinning", "ride", "turbo"}),
    ("swim", {"swim", "swimming"}),
    ("strength", {"strength", "gym", "weights", "lifting", "core", "circuit", "circuits"}),
    ("yoga", {"yoga"}),
    ("pilates", {"pilates"}),
    ("mobility", {"mobility", "stretch", "stretching"}),
    ("elliptical", {"elliptical", "cross trainer", "crosstrainer"}),
    ("rowing", {"row", "rowing"}),
    ("hike", {"hike", "hiking"}),
    ("walk", {"walk", "walking"}),
    ("ski", {"ski", "skiing"}),
)
CROSS_TRAINING_WORDS = frozenset({"cross training", "cross train", "crosstraining", "x train"})
WORD = re.compile(r"[a-z][a-z0-9]*")
# Activities that are not aerobic work: their one segment sits in z1.
LIGHT_ACTIVITIES = frozenset({"yoga", "pilates", "mobility", "walk", "strength"})
REST_WORDS = frozenset(
    {
        "",
        "rest",
        "off",
        "day off",
        "rest day",
        "none",
        "free",
        "nothing",
        "full rest",
        "complete rest",
    }
)
# A choice or a condition: the line does not say one session, so it is not guessed.
HEDGE = re.compile(r"\bor\b|\bif\b|\bmaybe\b|\bdepending\b|\bperhaps\b|\bpossibly\b|\?|\bsee how\b")
OPTIONAL = re.compile(r"\boptional(?:ly)?\b")
NON_WORD = re.compile(r"[^\w ]+")


def is_rest(text: str) -> bool:
    """A rest day: 'rest', 'off', '-', or nothing at all."""
    return " ".join(NON_WORD.sub(" ", text).split()) in REST_WORDS


def words_of(text: str) -> set[str]:
    """The words of a text and its two-word phrases ('time-trial' gives 'time trial')."""
    words = WORD.findall(text)
    return {*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))}


def run_kind(text: str, words: set[str] | None = None) -> Kind | None:
    """The run kind the words name, the most specific first, if any."""
    words = words_of(text) if words is None else words
    return next((kind for kind in KIND_ORDER if KIND_WORDS[kind] & words), None)


def activity(text: str, words: set[str] | None = None) -> tuple[bool, str | None]:
    """(the line is cross-training, which activity): an activity named and no run kind."""
    words = words_of(text) if words is None else words
    named = next((name for name, forms in ACTIVITIES if forms & words), None)
    general = bool(CROSS_TRAINING_WORDS & words)
    if named is None and not general:
        return False, None
    if named == "aqua jogging":
        return True, named  # "jogging" here is not a run
    kind = run_kind(text, words - CROSS_TRAINING_WORDS - {"training", "train"})
    if named == "walk" and kind == "run-walk":
        return False, None
    if kind not in (None, "easy", "recovery") or (RUN_WORDS & words and not general):
        return False, None
    return True, named
