"""The values a session's words name: sizes, repetitions, strides, paces, goals (recoveries
are read in recovery_words).

Every pattern here runs in linear time on any input: digit runs are matched with bounded
quantifiers behind a lookbehind that refuses to start inside a number, and whitespace is
collapsed before matching, so no two unbounded quantifiers ever compete for a character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.planning.core.kinds import NamedPace

UNIT = (
    r"(?P<u>kilomet(?:er|re)s?|kms?|k|miles?|mi|met(?:er|re)s?|m|minutes?|mins?|'"
    r"|seconds?|secs?|s|\")"
)
# A number starts here, and not inside a number or a word (the digit test first is cheap).
NUMBER_START = r"(?=\d)(?<![\w.:])"
NUMBER = r"\d{1,5}(?:\.\d{1,3})?"
_RANGE = r" ?(?:-|\u2013|to) ?"  # "40-45 min", "6-8 x 800 m": the lower end is read
SIZE = re.compile(
    NUMBER_START + r"(?:(?P<h>\d{1,2}(?:\.\d{1,2})?) ?(?:hours?|hrs?|h)"
    r"(?: ?(?P<hm>\d{1,2})(?: ?(?:minutes?|mins?|m|'))?)?"
    r"|(?P<ch>\d{1,2}):(?P<cm>\d{2})(?::(?P<cs>\d{2}))?"
    r"|(?:(?P<lo>" + NUMBER + r")" + _RANGE + r")?(?P<n>" + NUMBER + r") ?" + UNIT + r")(?!\w|:\d)"
)
REPS = re.compile(
    NUMBER_START + r"(?:(?P<lo>\d{1,3})" + _RANGE + r")?(?P<count>\d{1,3}) ?"
    r"(?:x|\*|times|reps? of|sets? of) ?\(? ?"
    r"(?:(?P<cm>\d{1,2}):(?P<cs>\d{2})(?![\d:])|(?P<n>" + NUMBER + r") ?" + UNIT + r"?(?![\w.])"
    r"|(?:a |one )?(?P<one>mile|km|k)\b)"  # "4x mile": one unit each
)
STRIDES = re.compile(
    r"(?:"
    + NUMBER_START
    + r"(?P<n>\d{1,2}) ?(?:x ?)?(?:(?P<size>\d{1,3}) ?(?P<su>m|seconds?|secs?|s|\") ?)?)?"
    r"(?:hill )?(?:strides?|pick-?ups?|accelerations?|surges?|strides? ?/ ?drills)\b"
)
# Sizes of a warm-up or cool-down: "5 km warm up", "cool down 10 min", "2 km cd", "15' WU".
EASY_PART = re.compile(
    r"(?<![\w/])(?:(?P<warm>warm[- ]?up|wu|w/u)|(?P<cool>cool[- ]?down|cd|c/d))(?![\w/])"
)
GOAL = re.compile(
    r"\b(?:goal|target|aim(?:ing)? for|in|sub)\b ?:? ?(?P<t>\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d ?h ?\d{2}|\d{1,3} ?(?:minutes|mins|min)|\d{2,3}(?![\d.]))(?![\w:])"
)
_CLOCK_PACE = r"\d{1,2}:\d{2}(?: ?[-\u2013\u2014] ?\d{1,2}:\d{2})?"
PACE_TEXT = re.compile(
    r"(?<![\d:])" + _CLOCK_PACE + r" ?(?:/ ?(?:km|mi(?:le)?)|min/km|per (?:km|mile))"
    r"|(?:@|\bat) ?" + _CLOCK_PACE + r"(?![\d:])(?: ?pace)?"
)
APPROX = re.compile(r"\u2248 ?" + NUMBER + r" ?(?:km|min)\b|\( ?~ ?" + NUMBER + r" ?(?:km|min) ?\)")
# The plausible size of one session: up to a 100-mile race (about 161 km) and its hours.
MAX_MINUTES = 48 * 60
MAX_METRES = 170_000
DEFAULT_EASY_MIN = 30  # an easy run or cross-training session the coach gave no time
MILE_M = 1609.344
# A clock size 'h:mm' is hours and minutes below this many hours ('2:00' is two hours), and
# minutes and seconds from it on ('45:00' is 45 minutes).
CLOCK_HOURS_BELOW = 6
# A decimal comma ('8,5 km'), not a thousands one ('10,000m').
DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)(?!000(?!\d))")
THOUSANDS = re.compile(r"(?<=\d),(?=000(?!\d))")
# Parts of a mile ("1/4 mile jog", "6 x half mile"), as decimals.
FRACTIONS = {"1/4": "0.25", "1/2": "0.5", "3/4": "0.75", "half": "0.5", "quarter": "0.25"}
MILE_FRACTION = re.compile(
    r"(?<![\w./])(1/4|1/2|3/4|half|quarter)(?:[- ]| of a )?(?=mi(?:les?)?\b)"
)
# The times sign and primes as typed on phones: a closing quote after a number is seconds
# ('90" jog', '90\u201d jog' was 90 minutes).
_PRIMES = (
    ("\u00d7", "x"),
    ("\u2019", "'"),
    ("\u2032", "'"),
    ("\u2033", '"'),
    ("\u201d", '"'),
)
# A pace with a point for its colon ('@ 4.20/km', '7.30 min/mi'): the clock it is.
DOTTED_PACE = re.compile(r"(?<![\d.:])(\d{1,2})\.(\d{2}) ?(?=/ ?(?:km|k|mi)\b|min ?/ ?(?:km|mi))")


@dataclass(frozen=True)
class Size:
    """A time or a distance written in the text, and where."""

    seconds: int = 0
    metres: int = 0
    start: int = 0
    end: int = 0
    ranged: bool = False  # written as a range; the lower end is taken
    miles: bool = False  # written in miles (a unitless part of the day is in miles too)

    @property
    def is_time(self) -> bool:
        return self.seconds > 0


@dataclass(frozen=True)
class Sizes:
    """A session's sizes: its single effort, the whole day's, its warm-up and cool-down, and
    those no reading used."""

    effort: Size | None
    whole: list[Size]
    extra: list[Size]
    goal: str | None
    leftover: list[str]
    easy_parts: list[Size]
    warmup: Size | None = None
    cooldown: Size | None = None


@dataclass(frozen=True)
class Reps:
    """'6 x 800 m': how many, and each one's distance or time (0 when not said)."""

    count: int
    metres: int
    seconds: int
    unitless: bool
    ranged: bool = False


def normalise(body: str) -> str:
    """Lower case, one space between words, decimal commas as points, x for the times sign,
    parts of a mile as decimals."""
    text = body.lower()
    if not text.isascii():
        for sign, plain in _PRIMES:
            text = text.replace(sign, plain)
    if "," in text:
        text = THOUSANDS.sub("", DECIMAL_COMMA.sub(".", text))
    if "/" in text and "." in text:
        text = DOTTED_PACE.sub(r"\1:\2", text)
    if "mi" in text:
        text = MILE_FRACTION.sub(lambda m: FRACTIONS[m.group(1)] + " ", text)
    if "1/2 m" in text:
        text = text.replace("1/2 marathon", "half marathon")
    return " ".join(text.split())


def blank(text: str, start: int, end: int) -> str:
    """The text with a consumed part replaced by spaces (positions stay valid)."""
    return text[:start] + " " * (end - start) + text[end:]


def unit_amount(number: str, unit: str | None) -> tuple[int, int]:
    """(seconds, metres) of a number and its unit; a unit that is not a size gives (0, 0)."""
    value = float(number)
    if unit is None:
        return 0, 0
    if unit.startswith(("k", "kilo")):
        return 0, round(value * 1000)
    if unit.startswith("mi") and not unit.startswith("min"):
        return 0, round(value * MILE_M)
    if unit.startswith("m") and not unit.startswith("min"):
        return 0, round(value)
    if unit.startswith("min") or unit == "'":
        return round(value * 60), 0
    return round(value), 0


def find_sizes(text: str) -> list[Size]:
    """Every time and distance in the text, in order."""
    sizes = []
    for match in SIZE.finditer(text):
        if match.group("h"):
            seconds = round(float(match.group("h")) * 3600) + int(match.group("hm") or 0) * 60
            sizes.append(Size(seconds=seconds, start=match.start(), end=match.end()))
        elif match.group("ch"):
            first, second = int(match.group("ch")), int(match.group("cm"))
            if match.group("cs") is None and first >= CLOCK_HOURS_BELOW:
                seconds = first * 60 + second  # '45:00': minutes and seconds
            else:
                seconds = first * 3600 + second * 60 + int(match.group("cs") or 0)
            sizes.append(Size(seconds=seconds, start=match.start(), end=match.end()))
        else:
            number = match.group("lo") or match.group("n")
            unit = match.group("u")
            seconds, metres = unit_amount(number, unit)
            ranged = match.group("lo") is not None
            miles = unit.startswith("mi") and not unit.startswith("min")
            sizes.append(Size(seconds, metres, match.start(), match.end(), ranged, miles))
    return sizes


def find_reps(text: str) -> tuple[Reps, re.Match[str]] | None:
    match = REPS.search(text)
    if match is None:
        return None
    count = int(match.group("lo") or match.group("count"))
    ranged = match.group("lo") is not None
    if match.group("cm"):  # "8 x 1:30": minutes and seconds
        seconds = int(match.group("cm")) * 60 + int(match.group("cs"))
        return Reps(count, 0, seconds, False, ranged), match
    if match.group("one"):
        return Reps(count, unit_amount("1", match.group("one"))[1], 0, False, ranged), match
    seconds, metres = unit_amount(match.group("n"), match.group("u"))
    if match.group("u") == "s" and _track_plural(match.group("n")):
        return Reps(count, round(float(match.group("n"))), 0, False, ranged), match  # "800s"
    unitless = match.group("u") is None
    if unitless and float(match.group("n")) >= 100:
        metres = round(float(match.group("n")))  # "8 x 400": metres on a track
    return Reps(count, metres, seconds, unitless, ranged), match


def _track_plural(number: str) -> bool:
    """'6 x 800s', '100s': track distances in the plural, not seconds."""
    return number.isdigit() and int(number) >= 100 and int(number) % 100 == 0


@dataclass(frozen=True)
class Finish:
    """The run's last part at pace: its size (seconds or metres; both 0 when the size is
    in the day's unit and not known yet, `number` holding it)."""

    seconds: int
    metres: int
    number: float
    default: bool = False  # 'fast finish' with no size
    progression: bool = False  # 'progression', 'progressive': how the run builds to it


@dataclass(frozen=True)
class OwnPace:
    """A pace the coach wrote: (fast, slow) seconds per km, and how it was written."""

    fast: int
    slow: int
    written: str
    # Written with its unit ('/km', '/mi', 'pace'); else it may be each repetition's time.
    explicit: bool = True
    clock: tuple[int, int] = (0, 0)  # the clock times as written, in seconds


@dataclass
class Words:
    """A session's text split into the values it names; `text` keeps what is left."""

    text: str
    totals_at: int
    source: str
    paces: list[NamedPace]
    absolute_pace: bool
    pace_spans: list[tuple[int, int]] = field(default_factory=list)
    easy_spans: list[tuple[int, int]] = field(default_factory=list)  # 'E', 'easy pace' named
    reps: Reps | None = None
    recovery: tuple[int, int] | None = None
    strides: int = 0
    stride_size: tuple[int, int] = (0, 0)  # (seconds, metres) of one stride, if written
    activity: str | None = None
    notes: list[str] = field(default_factory=list)
    # What the coach should see beside the reading ("your pace kept"), not an assumption.
    remarks: list[str] = field(default_factory=list)
    finish: Finish | None = None
    run_walk: tuple[int, int] | None = None  # (run, walk) seconds of a run-walk split
    on_off: tuple[int, int] | None = None  # (on, off) seconds of efforts with no count
    own_pace: OwnPace | None = None
    own_pace_at: tuple[int, int] | None = None  # where it was written: the work is beside it
    kind_by_pace: bool = False  # no kind named: the coach's own pace said it
    unitless: list[float] = field(default_factory=list)  # 'w/ 4 @ tempo': the day's unit
    # Unitless easy running beside the work ('10 easy + 4 @ MP'): (number, before the work).
    easy_numbers: list[tuple[float, bool]] = field(default_factory=list)
    reps_at: int = 0  # where the repetitions were written (easy running before is a warm-up)
