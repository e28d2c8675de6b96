"""What the coach's words asked for: the settings the readers fill and the header lines."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from typing import Literal

from agents.planning.core.kinds import Kind, WorkPace

_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# The quality sessions a coach asks for by name, or "quality" for sessions of any kind.
AskedQuality = Literal["tempo", "intervals", "hills", "quality"]


@dataclass(frozen=True)
class RaceGoal:
    """The race a plan builds to."""

    distance_m: int
    name: str
    goal_s: int | None = None
    date: datetime.date | None = None
    weekday: int | None = None
    week: int | None = None
    at_end: bool = False
    tune_up: bool = False  # said to be a tune-up (a race on the way to the goal race)

    @property
    def placed(self) -> bool:
        """Given a week or a date that is not said to be the end of the plan."""
        return (self.week is not None or self.date is not None) and not self.at_end


@dataclass(frozen=True)
class RaceResult:
    """A recent race result, which sets the paces if it is plausible."""

    distance_m: int
    time_s: int
    quote: str


@dataclass(frozen=True)
class RunLimit:
    """The longest a run (or the long run) may be, in a period of the plan or all of it."""

    quote: str
    seconds: int | None = None  # the most seconds a run may last
    metres: int | None = None  # the most metres a run may cover
    long_only: bool = False
    first_week: int = 1
    last_week: int | None = None  # None: to the end of the plan
    words: str = ""  # the limit as the header says it ("under 60 min", "at most 10 km")
    days: frozenset[int] = frozenset()  # the days it holds on ("on weekdays"); none: every day
    held: str = ""  # "short": all runs but the long run; "easy"/"recovery": those runs; "": all

    @property
    def every_run(self) -> bool:
        """Held by every run (and the long run), not some days' or some kinds'."""
        return not self.long_only and not self.days and not self.held

    def holds_for(self, weekday: int, kind: str) -> bool:
        """Whether a run of this kind on this weekday is held to the limit."""
        if self.days and weekday not in self.days:
            return False
        if self.long_only:
            return kind == "long"
        if self.held == "short":
            return kind != "long"
        if self.held == "easy":
            return kind in ("easy", "recovery")
        if self.held == "recovery":
            return kind == "recovery"
        return True


@dataclass(frozen=True)
class SessionTarget:
    """A session to build toward ("3 x 20 min at threshold", "a 40 min tempo"): its kind,
    repetitions, each one's time or distance, and the pace said for it (None: the kind's)."""

    quote: str
    kind: Kind  # tempo, intervals, repetition or hills
    reps: int
    rep_seconds: int = 0
    rep_distance_m: int = 0
    work_pace: WorkPace | None = None  # "10k", "5k", "half-marathon"

    words: str = ""  # the session as the coach said it: "3 x 20 min at threshold"


@dataclass
class Instructions:
    """What the prompt and principle asked for; None means 'not said'."""

    runs_per_week: int | None = None
    rest_days: set[int] = field(default_factory=set)
    long_run_day: int | None = None
    quality_per_week: int | None = None
    quality_max: int | None = None
    quality_counts: dict[AskedQuality, int] = field(default_factory=dict)
    quality_source: str | None = None
    hard_easy: bool = False
    race: RaceGoal | None = None
    race_quote: str = ""
    results: list[RaceResult] = field(default_factory=list)
    hills: bool = False
    trail: bool = False
    strides: bool = False
    no_speed_weeks: int = 0
    avoided: set[str] = field(default_factory=set)  # kinds of session never to plan
    # A session kind's weekday, kept in every week ("tempo on Thursdays"): tempo, intervals,
    # hills, strides or parkrun.
    session_days: dict[str, int] = field(default_factory=dict)
    cross_days: dict[int, str] = field(default_factory=dict)  # weekday: bike, swim, strength...
    cross_sessions: list[str] = field(default_factory=list)  # a week's, on days without runs
    polarised: bool = False
    pyramidal: bool = False
    lydiard: bool = False
    daniels: bool = False
    hanson: bool = False
    cutback_every: int | None = None
    ten_percent_rule: bool = False
    # Weekly volume: a limit ("max 50 km a week") or peak ("peak at 60 km"), the current
    # volume ("I run 40 km a week"), and before an injury ("I ran 50 km before").
    peak_km: float | None = None
    peak_is_limit: bool = True
    current_km: float | None = None
    current_runs: int | None = None
    current_week_min: int | None = None  # the time run a week now ("about 5 hours a week")
    current_long_km: float | None = None
    current_long_min: int | None = None  # the long run now by time ("my long run is 1h30")
    # The long run to build toward ("get my long run to 20 miles", "peak long run 3 hours").
    long_target_km: float | None = None
    long_target_min: int | None = None
    session_target: SessionTarget | None = None  # "get me to 3 x 20 min at threshold"
    pre_injury_km: float | None = None
    volume_unit_km: float | None = None  # km per unit of the last volume said ("max 50" after it)
    runs_max: int | None = None
    gentle: bool = False
    run_limits: list[RunLimit] = field(default_factory=list)
    postpartum: bool = False
    postpartum_weeks: int | None = None  # weeks since the birth, when said
    doubles: bool = False
    # Races on the way to the goal race, each with the words it was read from.
    tune_ups: list[tuple[RaceGoal, str]] = field(default_factory=list)
    # The athlete: what they can run now, age, a comeback from injury.
    cannot_run_continuously: bool = False
    continuous_limit_s: int | None = None  # the longest continuous run they can do
    couch_to_5k: bool = False
    run_walk_asked: bool = False
    run_walk_quote: str = ""
    age: int | None = None
    masters: bool = False
    comeback: str | None = None  # "bone" (a bone stress injury) or "injury"
    # Time budgets in minutes: the week, and days of the week (1 = Monday).
    week_max_min: int | None = None
    day_max_min: dict[int, int] = field(default_factory=dict)
    # Ultra and long-run wishes.
    back_to_back: bool = False
    time_on_feet: bool = False
    vert_m: int | None = None
    source: str = "prompt"
    readings: list[str] = field(default_factory=list)
    not_applied: list[str] = field(default_factory=list)
    # The clause each setting was read from, by setting: what the plan's promises quote.
    quotes: dict[str, str] = field(default_factory=dict)

    @property
    def named_kinds(self) -> set[str]:
        """Kinds asked for this athlete by name: by count, or as a session goal; they win
        over a principle's general rule (polarised training's no tempo)."""
        goal = {self.session_target.kind} if self.session_target else set()
        return set(self.quality_kinds) | goal

    @property
    def quality_kinds(self) -> list[Kind]:
        """The kinds asked for by name, one entry per session: ['tempo', 'intervals']."""
        return [k for k, n in self.quality_counts.items() if k != "quality" for _ in range(n)]

    def read(self, quote: str, meaning: str, setting: str | None = None) -> None:
        """A reading for the header; `setting` names what it set, for the plan's promises."""
        self.readings.append(reading(quote, meaning))
        if setting is not None:
            self.quotes[setting] = quote

    def refuse(self, quote: str, reason: str) -> None:
        self.not_applied.append(refusal(quote, reason))

    def add_race(self, race: RaceGoal, quote: str) -> None:
        """The goal race, the one at the end (else the later); a race placed on a week or
        date, or called a tune-up, is a race on the way to it."""
        old = self.race
        if old is not None and same_race(old, race):
            race = _merged(old, race)
            self.readings.remove(reading(self.race_quote, race_meaning(old)))
            quote = f"{self.race_quote}; {quote}"
        elif old is not None:
            kept, dropped = (race, old) if _goal_rank(race) >= _goal_rank(old) else (old, race)
            dropped_quote = self.race_quote if dropped is old else quote
            if dropped.placed or dropped.tune_up:
                self.tune_ups.append((dropped, dropped_quote))
            else:
                self.refuse(dropped_quote, f"one goal race per plan: the {kept.name} is the goal")
            if dropped is race:
                return
            self.readings.remove(reading(self.race_quote, race_meaning(old)))
        self.race, self.race_quote = race, quote
        self.read(quote, race_meaning(race))

    def add_result(self, result: RaceResult) -> None:
        self.results.append(result)


def same_race(old: RaceGoal, new: RaceGoal) -> bool:
    """Two mentions of one race: same distance, and nothing that sets them apart."""
    apart = (
        old.tune_up != new.tune_up
        or (old.placed and new.placed and not _same_place(old, new))
        or (old.at_end and new.placed)
        or (new.at_end and old.placed)
    )
    return old.distance_m == new.distance_m and not apart


def _same_place(old: RaceGoal, new: RaceGoal) -> bool:
    return (old.week is not None and old.week == new.week) or (
        old.date is not None and old.date == new.date
    )


def _goal_rank(race: RaceGoal) -> tuple[bool, bool, bool, datetime.date, int]:
    """Which of two races is the goal: not a tune-up, at the end, unplaced, then the later."""
    return (
        not race.tune_up,
        race.at_end,
        not race.placed,
        race.date or datetime.date.min,
        race.week or 0,
    )


def _merged(old: RaceGoal, new: RaceGoal) -> RaceGoal:
    """The same race named twice: what the second mention adds fills the gaps."""
    changes = {
        name: getattr(new, name)
        for name in ("goal_s", "date", "weekday", "week")
        if getattr(old, name) is None and getattr(new, name) is not None
    }
    return dataclasses.replace(old, at_end=old.at_end or new.at_end, **changes)


def race_meaning(race: RaceGoal) -> str:
    goal = f", goal {clock(race.goal_s)}" if race.goal_s else ""
    when = f" on {race.date}" if race.date else f" in week {race.week}" if race.week else ""
    if race.placed:  # a race in a week said is raced that week, not at the end
        return f"race: {race.name}{goal}{when}, race day in that week"
    return (
        f"race: {race.name}{goal}{when}, at the end of the plan (taper, race day in the last week)"
    )


def reading(quote: str, meaning: str) -> str:
    return f'Read: "{shorten(quote)}" -> {meaning}'


def refusal(quote: str, reason: str) -> str:
    return f'Not applied: "{shorten(quote)}" - {reason}'


def shorten(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split()).replace('"', "'")
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def day_names(days: list[int] | set[int]) -> str:
    return ", ".join(_NAMES[d - 1] for d in sorted(days))


def clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
