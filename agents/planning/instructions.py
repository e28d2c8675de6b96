"""Reading the coach's free-text instructions and the training principle into settings."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from agents.planning import text_values as tv
from agents.planning.text_values import NUMBER, WEEKDAY, WEEKDAY_LIST

_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class RaceGoal:
    """The race a plan builds to."""

    distance_m: int
    name: str
    goal_s: int | None = None
    date: datetime.date | None = None
    weekday: int | None = None


@dataclass
class Instructions:
    """What the prompt and principle asked for; None means 'not said'."""

    runs_per_week: int | None = None
    rest_days: set[int] = field(default_factory=set)
    long_run_day: int | None = None
    quality_per_week: int | None = None
    quality_kinds: list[str] = field(default_factory=list)
    race: RaceGoal | None = None
    recent_result: tuple[int, int] | None = None
    hills: bool = False
    trail: bool = False
    strides: bool = False
    no_speed_weeks: int = 0
    polarised: bool = False
    pyramidal: bool = False
    lydiard: bool = False
    daniels: bool = False
    hanson: bool = False
    cutback_every: int | None = None
    ten_percent_rule: bool = False
    peak_km: float | None = None
    doubles: bool = False
    readings: list[str] = field(default_factory=list)
    not_applied: list[str] = field(default_factory=list)

    def read(self, quote: str, meaning: str) -> None:
        self.readings.append(f'Read: "{shorten(quote)}" -> {meaning}')

    def refuse(self, quote: str, reason: str) -> None:
        self.not_applied.append(f'Not applied: "{shorten(quote)}" - {reason}')


def shorten(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split()).replace('"', "'")
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def day_names(days: list[int] | set[int]) -> str:
    return ", ".join(_NAMES[d - 1] for d in sorted(days))


def _read_runs(sentence: str, found: Instructions) -> bool:
    pattern = NUMBER + r"\s*(?:runs?|running days|days|times)\s*(?:a|per|each|every|/|in a)\s*week"
    match = re.search(pattern, sentence) or re.search(r"\brun\s+" + NUMBER + r"\s*days", sentence)
    if not match:
        return False
    found.runs_per_week = tv.number_value(match.group(1))
    found.read(match.group(0), f"{found.runs_per_week} runs a week")
    return True


_QUALITY_WORDS = r"(?:quality|hard|key|speed|track|intervals?|tempo|threshold|workout|sos)"


def _read_quality(sentence: str, found: Instructions) -> bool:
    pattern = NUMBER + r"\s+((?:" + _QUALITY_WORDS + r"\s+)*" + _QUALITY_WORDS + r")\b"
    pattern += r"\s*(?:sessions?|workouts?|runs?|days?|efforts?)?"
    matches = list(re.finditer(pattern, sentence))
    if not matches or "week" not in sentence:
        return False
    total = found.quality_per_week or 0
    for match in matches:
        count, words = tv.number_value(match.group(1)), match.group(2)
        kind = "intervals" if re.search(r"track|interval|speed", words) else None
        kind = "tempo" if re.search(r"tempo|threshold", words) else kind
        total += count
        found.quality_kinds.extend([kind] * count if kind else [])
        found.read(match.group(0), f"{count} x {kind or 'quality session'} a week")
    found.quality_per_week = total
    return True


def _read_rest_days(sentence: str, found: Instructions) -> bool:
    before = r"(?:rest|off|no running|never|not|can'?t|cannot|avoid|unavailable|busy|no runs?)"
    match = re.search(before + r"\b[^.]{0,20}?\b(" + WEEKDAY_LIST + ")", sentence)
    match = match or re.search("(" + WEEKDAY_LIST + r")\s+(?:off|free|(?:are|is)\s+rest)", sentence)
    if not match or "long" in match.group(0):
        return False
    days = set(tv.weekdays_in(match.group(1)))
    found.rest_days |= days
    found.read(match.group(0), f"no running on {day_names(days)}")
    return True


def _read_long_run_day(sentence: str, found: Instructions) -> bool:
    match = re.search(
        r"long runs?\s*(?:day)?\s*(?:is|are|on|:|=)?\s*(?:on\s+)?(" + WEEKDAY + ")", sentence
    )
    match = match or re.search("(" + WEEKDAY + r")\s+(?:for\s+(?:the|my)\s+)?long runs?", sentence)
    if not match:
        return False
    found.long_run_day = tv.weekdays_in(match.group(1))[0]
    found.read(match.group(0), f"long run on {day_names([found.long_run_day])}")
    return True


_RECENT = r"\b(ran|did|recent(?:ly)?|pb|pr|personal best|best|last|current)\b"
_GOAL = r"\b(goal|target|aim|want|training for|preparing|prepare|sub|under|race|build(?:ing)? to)\b"


def _read_race(sentence: str, found: Instructions) -> bool:
    distance = tv.race_distance(sentence)
    if distance is None:
        return False
    metres, name = distance
    time_s = tv.race_time_s(sentence, metres)
    is_goal = re.search(r"\b(goal|target|aim)\b", sentence)
    if re.search(_RECENT, sentence) and time_s and not is_goal:
        found.recent_result = (metres, time_s)
        found.read(sentence, f"recent result {name} in {tv_clock(time_s)}: paces from it")
        return True
    if not re.search(_GOAL, sentence) and time_s is None:
        return False
    date_match = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", sentence)
    race_date = _date_or_none(date_match.group(1)) if date_match else None
    weekday_match = re.search(r"\bon\s+(?:a\s+)?(" + WEEKDAY + ")", sentence)
    weekday = tv.weekdays_in(weekday_match.group(1))[0] if weekday_match else None
    found.race = RaceGoal(metres, name, time_s, race_date, weekday)
    goal = f", goal {tv_clock(time_s)}" if time_s else ""
    found.read(sentence, f"race: {name}{goal} at the end of the plan")
    return True


def tv_clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _date_or_none(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def _read_terrain(sentence: str, found: Instructions) -> bool:
    matched = False
    if re.search(r"\bhills?\b|\bhilly\b|uphill", sentence):
        found.hills, matched = True, True
        found.read(sentence, "hill repeats in base and build")
    if re.search(r"\btrails?\b|off[- ]road", sentence):
        found.trail, matched = True, True
        found.read(sentence, "easy and long runs on trails")
    if re.search(r"\bstrides\b", sentence):
        found.strides, matched = True, True
        found.read(sentence, "strides after some easy runs")
    return matched


def _read_no_speed(sentence: str, found: Instructions) -> bool:
    pattern = r"no\s+(?:speed|quality|hard|interval|intensity|fast|track)\w*(?:\s+\w+)?\s+"
    pattern += r"(?:for|in|during|until|over)?\s*(?:the\s+)?first\s+" + NUMBER + r"\s+weeks?"
    match = re.search(pattern, sentence)
    if not match:
        return False
    found.no_speed_weeks = tv.number_value(match.group(1))
    found.read(
        match.group(0),
        f"easy running only (no quality, no strides) in weeks 1-{found.no_speed_weeks}",
    )
    return True


_PRINCIPLES: tuple[tuple[str, str, str], ...] = (
    (r"80\s*/\s*20|polari[sz]ed", "polarised", "polarised 80/20: intervals, hills, little tempo"),
    (r"pyramid", "pyramidal", "pyramidal: mostly easy, then tempo, a little interval work"),
    (r"lydiard|base[- ]first", "lydiard", "Lydiard base-first: a longer base, no intervals in it"),
    (r"daniels|\b2q\b", "daniels", "Daniels 2Q: two quality days a week outside the base"),
    (r"hanson", "hanson", "Hansons: more runs a week, long run kept moderate"),
)


def _read_principle(sentence: str, found: Instructions) -> bool:
    matched = False
    for pattern, name, meaning in _PRINCIPLES:
        if re.search(pattern, sentence):
            setattr(found, name, True)
            found.read(sentence, meaning)
            matched = True
    return matched


def _read_cutback(sentence: str, found: Instructions) -> bool:
    if not re.search(
        r"cut[- ]?back|step[- ]?back|recovery week|down week|deload|easier week", sentence
    ):
        return False
    match = re.search(r"every\s+" + NUMBER + r"(?:\s+weeks?)?", sentence)
    if not match:
        return False
    every = tv.number_value(match.group(1))
    if every in (3, 4):
        found.cutback_every = every
        found.read(match.group(0), f"a cutback week every {every} weeks")
    else:
        found.refuse(sentence, "cutbacks come every 3-4 weeks in this planner (TRAINING.md)")
    return True


def _read_volume_rules(sentence: str, found: Instructions) -> bool:
    matched = False
    if re.search(r"10\s*%|ten per ?cent", sentence):
        found.ten_percent_rule, matched = True, True
        found.read(
            sentence, "10% rule: weekly volume grows by at most 10% (the planner's ceiling anyway)"
        )
    volume = re.search(r"(\d+)\s*(km|kilomet\w+|miles|mi)\s*(?:a|per|/|each)\s*week", sentence)
    if volume:
        km = float(volume.group(1)) * (1.609 if volume.group(2).startswith("mi") else 1)
        found.peak_km, matched = km, True
        found.read(volume.group(0), f"weekly volume capped at {km:.0f} km")
    if re.search(r"double|twice a day|two runs a day|two-a-days?", sentence):
        found.doubles, matched = True, True
        found.refuse(sentence, "the built-in planner writes one run a day")
    return matched


READERS: tuple[Callable[[str, Instructions], bool], ...] = (
    _read_no_speed,
    _read_quality,
    _read_runs,
    _read_long_run_day,
    _read_rest_days,
    _read_race,
    _read_terrain,
    _read_principle,
    _read_cutback,
    _read_volume_rules,
)


def split_sentences(text: str) -> list[str]:
    """Sentences of free text; a dot inside a number (21.1) does not end one."""
    parts = re.split(r"(?<!\d)[.!?](?!\d)|[;\n]|(?<=\d)\.(?!\d)", text)
    return [part.strip() for part in parts if part and part.strip()]


def read_instructions(prompt: str | None, principle: str | None) -> Instructions:
    """Apply every reader to every sentence; sentences nothing understood are reported."""
    found = Instructions()
    _read_text(prompt or "", found, source="prompt")
    _read_text(principle or "", found, source="principle")
    return found


def _read_text(text: str, found: Instructions, source: str) -> None:
    unread: list[str] = []
    for sentence in split_sentences(text):
        lowered = sentence.lower()
        results = [reader(lowered, found) for reader in READERS]
        if not any(results):
            unread.append(sentence)
    if source == "prompt":
        for sentence in unread:
            found.refuse(sentence, "not understood by the built-in planner")
    elif unread:
        shown = "; ".join(shorten(s, 40) for s in unread[:3])
        more = f" and {len(unread) - 3} more" if len(unread) > 3 else ""
        found.not_applied.append(
            f"Principle: {len(unread)} sentence(s) taken as general guidance, no rule: "
            f'"{shown}"{more}'
        )
