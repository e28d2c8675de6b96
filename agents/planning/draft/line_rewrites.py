"""Coach phrasings rewritten, before a session is read, into the forms the reader reads."""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.planning.core.values import COUNT_WORDS, words_of
from agents.planning.draft.aside_rewrites import rewrite_asides
from agents.planning.draft.part_rewrites import rewrite_parts
from agents.planning.draft.phrase_rewrites import rewrite_phrases, rewrite_rests
from agents.planning.draft.sequence_rewrites import rewrite_german_parts, rewrite_times
from agents.planning.draft.stride_rewrites import rewrite_middle_strides
from agents.planning.draft.worded_times import rewrite_worded_times

# Each rewrite works on a normalised session text (lower case, single spaces) and gives the
# text the rest of the reader takes, and a note when the rewrite assumed something. Every
# pattern is bounded, as in session_words.
_SIZE = r"\d{1,3}(?:\.\d{1,2})? ?(?:kms?|k|miles?|mi|minutes?|mins?|'|m)(?![\w'])"
_WU = r"(?:wu|w/u|warm[- ]?ups?)"
_CD = r"(?:cd|c/d|cool[- ]?downs?)"
_BOTH = _WU + r" ?(?:and|&|/|\+) ?" + _CD
# "WU and CD 2 km", "WU/CD 15 min each", "2 km WU and CD": one size for both parts.
SHARED_AFTER = re.compile(r"\b" + _BOTH + r"(?: of)? (?P<size>" + _SIZE + r")(?: each)?")
SHARED_BEFORE = re.compile(
    r"(?<![\w.:])(?P<size>" + _SIZE + r")(?: each)? (?:easy )?" + _BOTH + r"(?: each)?\b"
)
# A size written as one word with its unit: "2-hour long run", "10-mile run", "1.5-hr".
COMPOUND_SIZE = re.compile(
    r"(?<![\w.:-])(?P<n>\d{1,3}(?:\.\d{1,2})?)-(?P<u>hours?|hrs?|minutes?|mins?|miles?|km)\b"
)
# "an hour", "easy hour": a time with no digit; the times in words ("two hours", "forty-five
# minutes") are the core's (worded_time below).
ONE_HOUR = re.compile(r"(?<![\d.])(?<![\d.] )(?<![\d.]-)(?:\b(?:an?|one) )?\bhour\b")
# A range of hours ("2-2.5 hrs"): its lower end, as other sizes.
HOURS_RANGE = re.compile(
    r"(?<![\w.:])(?P<lo>\d{1,2}(?:\.\d{1,2})?) ?(?:-|\u2013|to) ?\d{1,2}(?:\.\d{1,2})? ?"
    r"(?P<u>hours?|hrs?|h)\b"
)
# Strides written after their count or size: "strides x 6", "strides 6 x 100", a range of
# them, "6-8 strides".
STRIDES_TIMES = re.compile(r"\bstrides ?[x*] ?(?P<n>\d{1,2})(?![\w.])")
STRIDES_FIRST = re.compile(
    r"\bstrides:? (?P<n>\d{1,2}) ?[x*] ?(?P<size>\d{1,3} ?(?:m|s|secs?|seconds?|\")?)(?![\w.])"
)
# "6 x 100 strides": a stride's size with no unit is metres from 50 up, else seconds.
STRIDES_BARE_SIZE = re.compile(
    r"(?<![\w.:])(?P<n>\d{1,2}) ?[x*] ?(?P<size>\d{1,3}) (?=strides|pick-?ups|accelerations)"
)
STRIDES_RANGE = re.compile(
    r"(?<![\w.:])(?P<lo>\d{1,2}) ?(?:-|\u2013|to) ?\d{1,2} ?"
    r"(?=(?:[x*] ?\d{1,3} ?(?:m|s|secs?|seconds?|\")? ?)?(?:strides|pick-?ups|accelerations)\b)"
)
# A pace in brackets after a named one: "tempo 8 km @ T (4:10)" is run at 4:10.
_CLOCK = r"\d{1,2}:\d{2}(?: ?- ?\d{1,2}:\d{2})?"
# After a race's pace ("@ 5k (3:45)") a bracketed clock is the pace only when the recovery
# is written after it ("@ 5k (3:45) 90s"): alone, "@ 10K (2:00)", it is the recovery.
_RACE_REF = r"\d{1,2} ?k|hm|mile"
_SIZE_AFTER = r"(?=[^()]{0,40}(?:\d|\b(?:rest|jog|recovery|rec|walk|easy|off|float)\b))"
BRACKET_PACE = re.compile(
    r"(?P<ref>(?:@|\bat) ?(?:[tmir]|lt|mp|hmp|threshold|tempo|(?P<race>"
    + _RACE_REF
    + r"))(?: pace)?"
    r"|\b(?:mp|hmp|lt|threshold|tempo)(?: pace)?) ?\( ?(?P<c>" + _CLOCK + r")"
    r"(?P<u> ?(?:/ ?(?:km|mi|mile)|min/km|per (?:km|mile)))? ?\)(?(race)" + _SIZE_AFTER + ")"
)
# Heart-rate zones and efforts on a 10-point scale, as the planner's zones.
HR_ZONE = re.compile(r"\b(?:hr |heart rate )?zone ?(?P<z>[1-5])\b")
RPE = re.compile(r"\brpe:? ?(?P<n>\d{1,2})(?: ?(?:-|\u2013|to) ?\d{1,2})?(?: ?/ ?10)?(?![\w.])")
# A heart-rate cap ("HR < 145", "(HR under 150)"): not kept, the plan paces by zones.
HR_CAP = re.compile(
    r"\(? ?\b(?:hr|heart rate) ?(?:<=|<|under|below|max|cap|of) ?:? ?\d{2,3}(?: ?bpm)? ?\)?"
)
# Words that mention a race without being one: a pre-race shakeout, a post-race jog.
PRE_RACE = re.compile(r"\bpre[- ]?race\b")
POST_RACE = re.compile(r"\bpost[- ]?race\b")
# "8 hill reps of 60 seconds": hill repeats, the count first.
HILL_REPS_OF = re.compile(r"(?<![\w.:])(?P<n>\d{1,2}) hill (?:reps?|repeats?|sprints?) of ")
# "6 x 30s pickups in the last 20 mins": where the strides go, not a finish at pace.
STRIDES_WHERE = re.compile(
    r"\b(?P<w>strides|pick-?ups|accelerations|surges) (?:in|during|over) (?:the )?(?:last|final)"
    r" \d{1,3} ?(?:mins?|minutes|'|km|k|mi|miles?)?(?![\w.])"
)
# Words about how strides are run: "4 x 100m relaxed strides".
STRIDE_ADJECTIVE = re.compile(
    r"\b(?:relaxed|smooth|controlled|fast|quick|short|flat|fluid)\s+(?=strides|pick-?ups|accelerations)"
)
# "Yasso 800s": 800 m repetitions by another name.
YASSO = re.compile(r"\byasso(?:'?s)?(?: (?=800))?|\(yassos?\)")
# "5 x 1k descending 4:00 to 3:40": a pace range, not two clocks of hours.
DESCENDING = re.compile(
    r"\b(?:descending|cutdown|cut-down|progressing|progression)(?: from)? "
    r"(?P<a>\d{1,2}:\d{2}) ?(?:to|-|->|\u2192) ?(?P<b>\d{1,2}:\d{2})(?P<u> ?/ ?(?:km|mi|mile))?"
)
# A finish sized in words: "last mile hard", "final two miles @ MP", "last km fast".
LAST_IN_WORDS = re.compile(
    r"\b(?P<w>last|final|closing) (?:(?P<n>" + "|".join(COUNT_WORDS) + r") )?"
    r"(?P<u>miles?|kms?|kilomet(?:re|er)s?)\b"
)
# Goal marathon pace ("12 km @ GMP") is marathon pace; "a 20 miler" is a run of 20 miles.
GOAL_MARATHON_PACE = re.compile(r"\bgmp\b")
MILER = re.compile(r"(?<![\w.])(?P<n>\d{1,2}(?:\.\d)?)[- ]?miler\b")
# The recovery written "r": "(r=2')", "r90\"", "r = 200m jog" (never "R 8 x 200", R pace).
R_RECOVERY = re.compile(r"(?<![\w.'])r(?: ?= ?|(?=\d))")
# Minutes and seconds written with marks: "4'05\"/km", "@ 5'30", "3 x 4'30\"": a clock.
MARKED_CLOCK = re.compile(r"(?<![\w.':])(?P<m>\d{1,2})'(?P<s>[0-5]\d)(?:\"|'')?(?![\d'])")
# "long hill repeats 5 x 3 min": long hills, not a long run.
LONG_HILLS = re.compile(r"\blong (?=hills?\b)")
# A parkrun at a training pace ("parkrun @ MP", "parkrun tempo effort") is 5 km at that pace,
# not a time trial at race effort.
PARKRUN_AT_PACE = re.compile(
    r"\bparkrun\b(?= ?(?:@|\bat\b|\bas\b|-|,)? ?(?:mp|hmp|m|t|lt|tempo|threshold|marathon"
    r"|half marathon|hm)\b)"
)
# "six 800s @ 5k", "8 400s": a count of a track distance's plural, repetitions in metres (the
# first was one effort of 800 seconds).
TRACK_PLURAL_COUNT = re.compile(
    r"(?<![\w.:])(?P<n>\d{1,2}|" + words_of(COUNT_WORDS) + r") (?P<d>[1-9]\d{2,3})s\b"
)
# What a run practises for a race is no race ('long run 30k, practice race nutrition' was a
# 30 km race): the words are said not kept.
RACE_PRACTICE = re.compile(
    r"(?:,? ?(?:practi[cs]e|rehearse|test|try) )?\brace[- ](?:day )?(?:nutrition|fuel(?:l?ing)?|kit"
    r"|shoes|gear|outfit|gels?|breakfast|drinks?|hydration)\b"
)
# A tune-up is a race: "10K tune up", "5K tune-up race".
TUNE_UP = re.compile(r"\btune[- ]?up(?: race)?\b")
# Hill repetitions counted with no size ("12 x hill sprints", "hills x 8", "8 hills (60s)",
# "6-8 hill repeats"): that many of the kind's usual size, or of the size in brackets; the
# repetitions are read as written from there ("hills 8 x 60s"). Hill sprints are short.
_HILL_WORD = r"(?:(?:steep|short|long) )?(?P<w>hill (?:sprints?|reps?|repeats?)|hills)\b"
HILL_COUNT = re.compile(
    r"(?<![\w.:-])(?:(?P<lo>\d{1,2}) ?(?:-|\u2013|to) ?)?(?P<n>\d{1,2}) ?(?:[x*] ?)?"
    + _HILL_WORD
    + r"(?: ?\( ?(?P<size>\d{1,3} ?(?:s|secs?|seconds?|\"|min|mins|'))\ ?\))?"
    r"|\bhills ?[x*] ?(?P<n2>\d{1,2})(?![\w.:])"
)
# "walk back", "walk down" after repetitions: their recovery, not a walk.
WALK_BACK = re.compile(r"\bwalk (?P<w>back|down)\b")


def _rpe_zone(number: int) -> str | None:
    """The planner's zone of an effort on the 1-10 scale (Borg CR10 as coaches use it: 2-4
    easy, 5-6 steady to marathon, 7-8 threshold, 9 VO2max, 10 all out)."""
    if not 1 <= number <= 10:
        return None
    return "z2" if number <= 4 else "z3" if number <= 6 else "z4" if number <= 8 else "z5"


def _descending(match: re.Match[str]) -> str:
    low, high = sorted((match.group("a"), match.group("b")), key=lambda c: int(c.replace(":", "")))
    return f"@ {low}-{high}{match.group('u') or ''}"


def _stride_size(match: re.Match[str]) -> str:
    size = int(match.group("size"))
    return f"{match.group('n')} x {size} {'m' if size >= 50 else 's'} "


def _last_in_words(match: re.Match[str]) -> str:
    count = COUNT_WORDS[match.group("n")] if match.group("n") else 1
    return f"{match.group('w')} {count} {'mi' if match.group('u').startswith('mi') else 'km'}"


def _hill_count(match: re.Match[str]) -> str:
    count = match.group("lo") or match.group("n") or match.group("n2")
    sprints = "sprint" in (match.group("w") or "")
    return f"hills {count} x {match.group('size') or ('10s' if sprints else '60s')}"


def _hill_count_note(match: re.Match[str]) -> str:
    if match.group("size"):
        return ""
    sprints = "sprint" in (match.group("w") or "")
    return f"'{match.group(0)}' has no size: {'10' if sprints else '60'} s each assumed"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS[word]


def _shared(match: re.Match[str]) -> str:
    size = match.group("size")
    return f"wu {size}, cd {size}"


def _shared_before(match: re.Match[str]) -> str:
    size = match.group("size")
    return f"{size} wu, {size} cd"


Rewrite = tuple[re.Pattern[str], Callable[[re.Match[str]], str], Callable[[re.Match[str]], str]]


def _no_note(match: re.Match[str]) -> str:
    return ""


REWRITES: tuple[Rewrite, ...] = (
    (MARKED_CLOCK, lambda m: f"{m.group('m')}:{m.group('s')}", _no_note),
    (COMPOUND_SIZE, lambda m: f"{m.group('n')} {m.group('u')}", _no_note),
    (SHARED_AFTER, _shared, _no_note),
    (SHARED_BEFORE, _shared_before, _no_note),
    (ONE_HOUR, lambda m: "1 hour", _no_note),
    (
        HOURS_RANGE,
        lambda m: f"{m.group('lo')} {m.group('u')}",
        lambda m: f"'{m.group(0)}' is a range: the lower end used",
    ),
    (STRIDES_TIMES, lambda m: f"{m.group('n')} strides", _no_note),
    (STRIDES_FIRST, lambda m: f"{m.group('n')} x {m.group('size')} strides", _no_note),
    (STRIDES_BARE_SIZE, _stride_size, _no_note),
    (
        STRIDES_RANGE,
        lambda m: f"{m.group('lo')} ",
        lambda m: f"'{m.group(0).strip()}' strides is a range: the lower end used",
    ),
    # The bracket closes a part: what follows it ("(3:45) 90s") is another, as after a comma.
    (BRACKET_PACE, lambda m: f"{m.group('ref')} @ {m.group('c')}{m.group('u') or ''},", _no_note),
    (HR_ZONE, lambda m: f"z{m.group('z')}", _no_note),
    (
        HR_CAP,
        lambda m: " ",
        lambda m: (
            f"a heart-rate cap ('{m.group(0).strip(' ()')}') is not kept: the plan paces by zones"
        ),
    ),
    (PRE_RACE, lambda m: "shakeout", _no_note),
    (POST_RACE, lambda m: " ", _no_note),
    (HILL_REPS_OF, lambda m: f"hills {m.group('n')} x ", _no_note),
    (LONG_HILLS, lambda m: "", _no_note),
    (HILL_COUNT, _hill_count, _hill_count_note),
    (WALK_BACK, lambda m: f"jog {m.group('w')}", _no_note),
    (LAST_IN_WORDS, _last_in_words, _no_note),
    (GOAL_MARATHON_PACE, lambda m: "mp", _no_note),
    (MILER, lambda m: f"{m.group('n')} mi", _no_note),
    (TUNE_UP, lambda m: "race", _no_note),
    (TRACK_PLURAL_COUNT, lambda m: f"{_count(m.group('n'))} x {m.group('d')}m", _no_note),
    (
        RACE_PRACTICE,
        lambda m: " ",
        lambda m: f"'{m.group(0).strip(' ,')}' is not kept: the run is no race",
    ),
    (
        PARKRUN_AT_PACE,
        lambda m: "5 km",
        lambda m: "parkrun at a training pace: 5 km at that pace",
    ),
    (R_RECOVERY, lambda m: "rest ", _no_note),
    (STRIDES_WHERE, lambda m: m.group("w"), _no_note),
    (STRIDE_ADJECTIVE, lambda m: "", _no_note),
    (YASSO, lambda m: "", _no_note),
    (DESCENDING, _descending, lambda m: f"'{m.group(0)}': read as a pace range"),
)


def rewrite_shorthand(text: str) -> tuple[str, list[str]]:
    """The session text with these phrasings rewritten, and the notes of what was assumed."""
    text = rewrite_worded_times(rewrite_middle_strides(text))
    text, german = rewrite_german_parts(text)
    text, times = rewrite_times(text)
    german += times
    text, asides = rewrite_asides(text)
    german += asides
    text, notes = rewrite_phrases(text)
    notes[:0] = german
    for pattern, replacement, note in REWRITES:
        if pattern.search(text) is None:
            continue
        notes.extend(n for n in (note(m) for m in pattern.finditer(text)) if n)
        text = pattern.sub(replacement, text)
    text, rest_notes = rewrite_rests(text)
    notes.extend(rest_notes)
    text, rpe_notes = _rpe(text)
    text, part_notes = rewrite_parts(text)
    return " ".join(text.split()), [*notes, *rpe_notes, *part_notes]


def _rpe(text: str) -> tuple[str, list[str]]:
    """Efforts on a 10-point scale as the zone they name, with a note saying which."""
    notes: list[str] = []

    def zone(match: re.Match[str]) -> str:
        found = _rpe_zone(int(match.group("n")))
        if found is None:
            return match.group(0)
        notes.append(f"'{match.group(0)}' read as {RPE_NAMES[found]}")
        return found

    return RPE.sub(zone, text), notes


RPE_NAMES = {"z2": "easy", "z3": "marathon pace", "z4": "threshold pace", "z5": "I pace"}
