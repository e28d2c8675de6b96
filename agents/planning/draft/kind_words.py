"""The words that name a kind of session: run kinds, cross-training activities and rest, in
the order the more specific wins. Kept apart from session_kind.py, which decides a line's
kind from these words and its paces and size."""

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
    "long": {"long", "lr", "mlr", "lsd", "long run"},
    "hills": {"hill", "hills", "uphill"},
    "fartlek": {"fartlek"},
    "repetition": {"rep", "reps", "repetition", "repetitions", "sprint", "sprints"},
    "intervals": {"interval", "intervals", "vo2", "vo2max", "speed work", "speedwork"},
    "tempo": {"tempo", "cruise"},
    "marathon-pace": {"marathon pace"},
    "recovery": {"recovery", "rec", "recovery run", "rec run"},
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
        "ga",
        "general aerobic",
        "base",
    },
}
# A trail run's words name its ground, not its effort ('25 km trail', 'trail run 2h'): its
# size says whether it is a long run, as for a size alone.
TRAIL_WORDS = frozenset({"trail", "trails"})
SIZED_RUN_WORDS = frozenset({"run", "runs", "running", *TRAIL_WORDS, "trail run", "trail runs"})
# The words that name Daniels' repetitions as a kind; 'reps' alone may be any repeats.
REPETITION_KIND = frozenset({"repetition", "repetitions"})
RUN_WORDS = frozenset({"run", "runs", "running", "jog", "jogging"})
# Cross-training activities in priority order: (the name the plan keeps, how coaches write it).
ACTIVITIES = (
    ("aqua jogging", {"aqua jog", "aqua jogging", "aquajogging", "pool running", "water running"}),
    (
        "bike",
        {
            "bike",
            "biking",
            "cycle",
            "cycling",
            "spin",
            "spinning",
            "ride",
            "turbo",
            "zwift",
            "peloton",
        },
    ),
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
# Other sports and gym classes the plan has no session for: beside a size they were read as
# an easy run ('tennis 1h', 'HIIT 30 min'), now shown back.
OTHER_SPORTS = frozenset(
    {
        "pool",
        "stairmaster",
        "plyo",
        "plyos",
        "plyometrics",
        "hiit",
        "crossfit",
        "tennis",
        "squash",
        "padel",
        "football",
        "soccer",
        "basketball",
        "climbing",
        "bouldering",
        "boxing",
        "dance",
    }
)
CROSS_TRAINING_WORDS = frozenset(
    {"cross training", "cross train", "crosstraining", "x train", "x training", "xtrain", "xt"}
)
WORD = re.compile(r"[a-z][a-z0-9]*")
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
        "total rest",
        # 'full day off', 'day of rest', 'active rest': rest said at more length.
        "full day off",
        "days off",
        "day of rest",
        "full day of rest",
        "active rest",
        "rest day complete",
        "no training",
    }
)
# A choice or a condition: the line does not say one session, so it is not guessed.
HEDGE = re.compile(r"\bor\b|\bif\b|\bmaybe\b|\bdepending\b|\bperhaps\b|\bpossibly\b|\?|\bsee how\b")
# 'no running' says what the day is not: beside 'rest' or alone, a rest day ('rest - no
# running' was an easy run of 30 minutes).
NO_RUNNING = re.compile(r"\bno (?:running|runs?|jogging)\b")
OPTIONAL = re.compile(r"\boptional(?:ly)?\b|\(opt\.?\)")
NON_WORD = re.compile(r"[^\w ]+")


def is_rest(text: str) -> bool:
    """A rest day: 'rest', 'off', 'off day', 'no running', '-', or nothing at all."""
    words = " ".join(NON_WORD.sub(" ", NO_RUNNING.sub(" ", text)).split())
    words = words.removeprefix("a ")  # 'a day of rest'
    # 'off day', 'complete rest day': the day word adds nothing to a rest word.
    return words in REST_WORDS or (words.endswith(" day") and words[:-4] in REST_WORDS)


def words_of(text: str) -> set[str]:
    """The words of a text and its two-word phrases ('time-trial' gives 'time trial')."""
    words = WORD.findall(text)
    return {*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))}


def run_kind(text: str, words: set[str] | None = None) -> Kind | None:
    """The run kind the words name, the most specific first, if any ('cruise intervals'
    are Daniels' threshold repeats: tempo)."""
    words = words_of(text) if words is None else words
    if "cruise" in words:
        return "tempo"
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
