"""Reading small values out of coaches' words: numbers, weekdays, times, race distances."""

from __future__ import annotations

import re

# Counts written as words ("final two miles", "four weeks").
COUNT_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
}
NUMBER_WORDS = {
    **COUNT_WORDS,
    "third": 3,
    "fourth": 4,
    "3rd": 3,
    "4th": 4,
    "2nd": 2,
    "second": 2,
    "5th": 5,
    "fifth": 5,
}
# Amounts written as words, the one table every reader uses: counts ("three times a week"),
# hours ("two hours", "an hour and a half") and minutes ("forty-five minutes").
AMOUNT_WORDS = {
    "a": 1,
    "an": 1,
    **COUNT_WORDS,
    "eleven": 11,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "forty five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
# How often, as a word: "twice weekly", "three times a week" is a count and "times".
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}


def words_of(table: dict[str, int], most: int | None = None) -> str:
    """The table's words as a regex alternation, longest first ("forty-five" before
    "forty"), those up to `most` when given."""
    words = [w for w, n in table.items() if most is None or n <= most]
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def amount_value(word: str) -> int:
    """An amount written in digits or as a word ("12", "twelve", "an")."""
    return int(word) if word.isdigit() else AMOUNT_WORDS[word]


_HOUR_WORD = words_of(AMOUNT_WORDS, most=10)
# A time in words: "two hours", "an hour and a half", "two and a half hours", "half an
# hour", "forty-five minutes". No groups: read it with `worded_minutes`.
_TENS_UNITS = r"(?:twenty|thirty|forty|fifty)[- ]" + words_of(COUNT_WORDS, most=9)
WORDED_TIME = (
    r"(?<![\w-])(?:" + _HOUR_WORD + r"\s+(?:and\s+a\s+half\s+hours?|hours?(?:\s+and\s+a\s+half)?)"
    r"|half\s+an\s+hour|(?:" + _TENS_UNITS + "|" + words_of(AMOUNT_WORDS) + r")\s+min(?:ute)?s?)\b"
)


def worded_minutes(text: str) -> int | None:
    """Minutes of a time in words (see WORDED_TIME), or None."""
    text = " ".join(text.split())
    if text.startswith("half an hour"):
        return 30
    found = re.match(r"(" + _HOUR_WORD + r")\s+(and a half\s+)?hours?(\s+and a half)?", text)
    if found:
        half = 30 if found.group(2) or found.group(3) else 0
        return AMOUNT_WORDS[found.group(1)] * 60 + half
    found = re.match(r"(twenty|thirty|forty|fifty)[- ](\w+)\s+min", text)
    if found and found.group(2) in COUNT_WORDS and COUNT_WORDS[found.group(2)] <= 9:
        return AMOUNT_WORDS[found.group(1)] + COUNT_WORDS[found.group(2)]
    found = re.match(r"(" + words_of(AMOUNT_WORDS) + r")\s+min", text)
    return AMOUNT_WORDS[found.group(1)] if found else None


# Longest words first, so "fourth" is not read as "four".
NUMBER = r"\b(\d+|(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b)"
WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)s?\b"
)
_WEEKDAY_INDEX = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
# "Tue, Thu and Sat", "mon/wed", "mon wed fri": weekdays side by side are a list.
WEEKDAY_LIST = WEEKDAY + r"(?:(?:\s*(?:,|/|&|\band\b|\bor\b)\s*|\s+)" + WEEKDAY + r")*"

RACE_NAMES = {
    5000: "5K",
    10000: "10K",
    21097: "half marathon",
    42195: "marathon",
    50000: "50K",
    80467: "50 miles",
    100000: "100K",
    160934: "100 miles",
}
MARATHON_M = 42195
RACE_DISTANCES = (
    (r"\b100\s?(?:mi|miles?|miler)\b", 160934, "100 miles"),
    (r"\b50\s?(?:mi|miles?|miler)\b", 80467, "50 miles"),
    (r"\b100\s?(?:k|km)\b", 100000, "100K"),
    (r"\b50\s?(?:k|km)\b", 50000, "50K"),
    (r"half[- ]?marathon|\bhalf\b|21(?:\.1)?\s?km?\b", 21097, "half marathon"),
    (r"\bmarathon|42(?:\.2)?\s?km?\b", 42195, "marathon"),
    (r"\b10\s?(?:km?|000 ?m)\b", 10000, "10K"),
    (r"\b5\s?(?:km?|000 ?m)\b", 5000, "5K"),
)
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b")
_HOURS = re.compile(r"\b(\d{1,2})\s*(?:h|hours?|hrs?)\s*(\d{1,2})?\s*(?:m|min|minutes)?\b")
_MINUTES = re.compile(r"\b(\d{2,3})\s*(?:min|mins|minutes)\b")


def number_value(word: str) -> int:
    """An integer written in digits or as a word."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "Mon-Thu", "Monday through Thursday", "tue thru fri": a run of days said by its two ends.
_DAY_RANGE = re.compile(
    rf"\b(?P<first>{WEEKDAY})\s*(?:-|\u2013|\u2014|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*"
    rf"(?P<last>{WEEKDAY})"
)

# "Mon to Thu", "from Monday to Thursday": a range unless a move or a choice is said.
_DAY_RANGE_TO = re.compile(rf"\b(?P<first>{WEEKDAY})\s+to\s+(?P<last>{WEEKDAY})")
_MOVED = re.compile(
    r"\b(?:mov\w*|switch\w*|shift\w*|swap\w*|chang\w*|instead|rather|push\w*|bring|brought"
    r"|resched\w*|replac\w*)\b"
)


def spell_day_ranges(text: str) -> str:
    """'mon-thu' -> 'mon tue wed thu': every reader of day lists reads a range as its days."""

    def days(match: re.Match[str]) -> str:
        first = _WEEKDAY_INDEX[match.group("first")[:3]]
        last = _WEEKDAY_INDEX[match.group("last")[:3]]
        if last <= first:
            return match.group(0)  # "sun-mon": not a range across the week's end
        return " ".join(_DAY_NAMES[first - 1 : last])

    text = _DAY_RANGE.sub(days, text)
    if _MOVED.search(text):
        return text  # "move the tempo from Tuesday to Thursday": two days, not a range
    return _DAY_RANGE_TO.sub(days, text)


def weekdays_in(text: str) -> list[int]:
    """ISO weekdays named in a piece of text, in order."""
    return [_WEEKDAY_INDEX[m.group(0)[:3]] for m in re.finditer(WEEKDAY, text)]


def race_distance(text: str) -> tuple[int, str] | None:
    """The race distance in metres and its name, if the text names one."""
    for pattern, metres, name in RACE_DISTANCES:
        if re.search(pattern, text):
            return metres, name
    return None


def is_ultra(distance_m: int) -> bool:
    """A race longer than the marathon."""
    return distance_m > MARATHON_M


def race_name(distance_m: int) -> str:
    """'half marathon', '50K'; a race of any other whole kilometres is '70K'."""
    if distance_m in RACE_NAMES:
        return RACE_NAMES[distance_m]
    return f"{distance_m // 1000}K" if distance_m % 1000 == 0 else f"{distance_m / 1000:g} km race"


def race_time_s(text: str, distance_m: int) -> int | None:
    """A race time in seconds; 'h:mm' is read as hours for a half marathon or longer."""
    clock = _CLOCK.search(text)
    if clock:
        first, second, third = clock.groups()
        if third is not None:
            return int(first) * 3600 + int(second) * 60 + int(third)
        if distance_m >= 21000 and int(first) < (7 if not is_ultra(distance_m) else 48):
            return int(first) * 3600 + int(second) * 60
        return int(first) * 60 + int(second)
    hours = _HOURS.search(text)
    if hours:
        return int(hours.group(1)) * 3600 + int(hours.group(2) or 0) * 60
    minutes = _MINUTES.search(text)
    return int(minutes.group(1)) * 60 if minutes else None
