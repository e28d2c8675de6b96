"""What a plan promises the coach: each instruction it says it read, as data the validator
checks every week against (never by reading the header's English again)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PromiseKind = Literal[
    "runs",  # exactly `value` runs a week (a race counts as one)
    "runs-max",  # at most `value` runs a week
    "rest-days",  # no run on `days`
    "long-day",  # every long run on one of `days`
    "easy-only",  # no quality session and no strides
    "quality",  # exactly `value` quality sessions a week, of `kinds` where named
    "quality-max",  # at most `value` quality sessions a week
    "hard-easy",  # never two hard days in a row (back-to-back long runs when asked)
    "week-km-max",  # training volume at most `value` metres
    "run-max",  # no run (a long run when `long_only`; on `days` and of `held` runs when
    # given) over `seconds` or `metres`
    "week-min-max",  # training time at most `value` minutes
    "day-min-max",  # no run on `days` longer than `value` minutes
    "session-day",  # the session of kinds[0] (tempo, strides, parkrun...) on `days` each week
    "start-km",  # the first full week within 15% of `value` metres
    "ramp-max",  # volume at most `value` per cent above the last full week
    "cutback-every",  # a lighter week in every `value` weeks before the taper
    "run-walk",  # every run is run-walk, on days apart
    "no-running",  # walking and low-impact work only
    "strides",  # strides after at least one easy run
    "back-to-back",  # two long runs on neighbouring days in build and peak loading weeks
    "strength",  # a strength session
    "race",  # a race of `metres` in the week
    "trail",  # easy and long runs on trails
    "no-intervals",  # no interval or repetition session (Lydiard's base)
    "no-tempo",  # no tempo session (polarised training, outside the taper)
]
START_TOLERANCE = 0.15  # week 1 against a stated current volume


@dataclass(frozen=True)
class Override:
    """Weeks where a rule of the plan wins over an instruction, and why (said in the header)."""

    weeks: tuple[int, ...]
    why: str


@dataclass(frozen=True)
class Promise:
    """One instruction the plan keeps in weeks first_week..last_week (None: to the end),
    in `phases` only when given, except the weeks of its overrides."""

    kind: PromiseKind
    quote: str
    value: int = 0
    days: frozenset[int] = frozenset()
    kinds: tuple[str, ...] = ()  # sub types a quality count names ("tempo", "intervals")
    seconds: int | None = None
    metres: int | None = None
    step_seconds: int = 0  # run-max: the limit grows this much each week
    long_only: bool = False
    held: str = ""  # run-max: "short" all runs but the long run, "easy"/"recovery" those only
    first_week: int = 1
    last_week: int | None = None
    phases: frozenset[str] = frozenset()
    loading_only: bool = False  # not in cutback, taper or race weeks
    overrides: tuple[Override, ...] = field(default=())

    def applies(self, week: int, weeks: int) -> bool:
        """Whether the promise holds in this week of a plan of `weeks` weeks."""
        last = weeks if self.last_week is None else min(self.last_week, weeks)
        overridden = any(week in o.weeks for o in self.overrides)
        return self.first_week <= week <= last and not overridden

    def overridden(self, kind: PromiseKind, weeks: tuple[int, ...], why: str) -> Promise:
        """The promise with weeks where a rule wins, if it is of this kind and they are its."""
        if kind != self.kind or not weeks:
            return self
        return Promise(**{**self.__dict__, "overrides": (*self.overrides, Override(weeks, why))})


def week_span(weeks: tuple[int, ...] | list[int]) -> str:
    """'weeks 1-6', 'week 4', 'weeks 4, 8, 12', 'weeks 1-3, 7'."""
    ordered = sorted(set(weeks))
    runs: list[list[int]] = []
    for week in ordered:
        if runs and week == runs[-1][-1] + 1:
            runs[-1].append(week)
        else:
            runs.append([week])
    text = ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)
    return ("week " if len(ordered) == 1 else "weeks ") + text
