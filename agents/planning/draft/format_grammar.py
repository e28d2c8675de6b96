"""The canonical draft format's grammar (draft_format.lark) and what its lines say, as forms.

The grammar is parsed LALR(1) with its transformer inline (no parse trees are built): a
line becomes a `DayForm`, a `WeekForm` or a header form, or None when it is not in the
format. A form holds exactly what the line writes; `canonical.py` works out the day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from agents.planning.core.kinds import Kind, NamedPace, PlanPhase

GRAMMAR_FILE = "draft_format.lark"
START = ("day_line", "week_line", "title_line", "paces_line", "race_line")
Start = Literal["day_line", "week_line", "title_line", "paces_line", "race_line"]

KINDS: dict[str, Kind] = {
    "easy run": "easy",
    "long run": "long",
    "recovery run": "recovery",
    "tempo": "tempo",
    "intervals": "intervals",
    "repetitions": "repetition",
    "fartlek": "fartlek",
    "marathon pace": "marathon-pace",
}
LETTERS: dict[str, NamedPace] = {
    "E": "easy",
    "M": "marathon",
    "T": "threshold",
    "I": "interval",
    "R": "repetition",
}
PACE_NAMES: dict[str, NamedPace] = {
    "5K pace": "5k",
    "10K pace": "10k",
    "HM pace": "half-marathon",
    "race pace": "race",
}

Amount = tuple[int, int]  # (seconds, metres)
Size = tuple[float, str]  # (number, "min" or "km")


@dataclass(frozen=True)
class PaceForm:
    """A pace as written: a zone's letter or a race pace's name (with its informational
    text), or the coach's own (fast, slow) seconds per km."""

    named: NamedPace | None
    own: tuple[int, int] | None = None


@dataclass
class DayForm:
    """A session line as written, before its sizes are worked out (None: a rest line)."""

    kind: Kind
    fields: dict[str, Any] = field(default_factory=dict)
    pace: PaceForm | None = None
    sizes: tuple[Size, ...] = ()
    fixed: bool = False  # the second size is written without ≈: the coach fixed both
    race_name: str | None = None


@dataclass(frozen=True)
class WeekForm:
    number: int
    phase: PlanPhase
    cutback: bool
    focus: str
    volume_m: int | None


class _Forms(Transformer[Token, Any]):
    """Each rule of the grammar to the values it writes."""

    def NUMBER(self, token: Token) -> float:
        return float(token)

    def PACE(self, token: Token) -> tuple[int, int]:
        ends = token.removesuffix("/km").split("-")
        seconds = [int(end[:-3]) * 60 + int(end[-2:]) for end in ends]
        return seconds[0], seconds[-1]

    def amount(self, items: list[Any]) -> Amount:
        number, unit = items
        if unit in ("min", "s"):
            return round(number * (60 if unit == "min" else 1)), 0
        return 0, round(number * (1000 if unit == "km" else 1))

    def size(self, items: list[Any]) -> Size:
        return items[0], str(items[1])

    def work(self, items: list[Any]) -> tuple[int, Amount]:
        return (1, items[0]) if len(items) == 1 else (round(items[0]), items[1])

    def zone_pace(self, items: list[Any]) -> PaceForm:
        return PaceForm(LETTERS[str(items[0])])

    def named_pace(self, items: list[Any]) -> PaceForm:
        return PaceForm(PACE_NAMES[str(items[0])])

    def own_pace(self, items: list[Any]) -> PaceForm:
        return PaceForm(None, items[0])

    def recovery(self, items: list[Any]) -> dict[str, Any]:
        seconds, metres = items[0]
        return {"recovery_seconds": seconds, "recovery_distance_m": metres}

    def strides(self, items: list[Any]) -> dict[str, Any]:
        count = {"strides": round(items[0])}
        if len(items) == 2:
            count |= {"stride_seconds": items[1][0], "stride_distance_m": items[1][1]}
        return count

    def parts(self, items: list[Any]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name, amount in zip(items[::2], items[1::2], strict=True):
            prefix = "warmup" if name == "warm-up" else "cooldown"
            found |= {f"{prefix}_seconds": amount[0], f"{prefix}_m": amount[1]}
        return found

    def inside(self, items: list[Any]) -> tuple[dict[str, Any], PaceForm]:
        (reps, (seconds, metres)), pace, *rest = items
        work = {"reps": reps, "rep_seconds": seconds, "rep_distance_m": metres}
        for fields in rest:  # its recovery, and the warm-up and cool-down of the run
            work |= fields
        return work, pace

    def last(self, items: list[Any]) -> tuple[dict[str, Any], PaceForm]:
        (seconds, metres), pace = items
        work = {"reps": 1, "rep_seconds": seconds, "rep_distance_m": metres, "finish": True}
        return work, pace

    def totals(self, items: list[Any]) -> tuple[tuple[Size, ...], bool]:
        if len(items) == 1:
            return (items[0],), False
        second, fixed = items[1]
        return (items[0], second), fixed

    def approx(self, items: list[Any]) -> tuple[Size, bool]:
        return items[0], False

    def fixed(self, items: list[Any]) -> tuple[Size, bool]:
        return items[0], True

    def race(self, items: list[Any]) -> DayForm:
        return DayForm("race", race_name=str(items[0]))

    def time_trial(self, _: list[Any]) -> DayForm:
        return DayForm("time-trial")

    def cross_training(self, items: list[Any]) -> DayForm:
        return DayForm("cross-training", {"activity": str(items[0]) if items else None})

    def steady(self, items: list[Any]) -> DayForm:
        form = DayForm(KINDS[str(items[0])])
        for item in items[1:]:
            _add(form, item)
        return form

    def run_walk(self, items: list[Any]) -> DayForm:
        reps, run, walk, pace = items
        fields = {"reps": round(reps), "rep_seconds": run[0], "recovery_seconds": walk[0]}
        if run[1] or walk[1]:
            fields["invalid"] = True  # run-walk cycles are timed
        return DayForm("run-walk", fields, pace)

    def hills(self, items: list[Any]) -> DayForm:
        reps, (seconds, metres), *rest = items
        form = DayForm("hills", {"reps": round(reps), "rep_seconds": seconds})
        form.fields["rep_distance_m"] = metres
        if rest and isinstance(rest[0], tuple):
            form.fields |= {"recovery_seconds": rest[0][0], "recovery_distance_m": rest[0][1]}
            rest = rest[1:]
        for item in rest:
            _add(form, item)
        return form

    def quality(self, items: list[Any]) -> DayForm:
        form = DayForm(KINDS[str(items[0])])
        rest = items[1:]
        if isinstance(rest[0], tuple) and isinstance(rest[0][1], PaceForm):  # ", last ..."
            _add(form, rest.pop(0))
        else:
            reps, (seconds, metres) = rest.pop(0)
            form.fields |= {"reps": reps, "rep_seconds": seconds, "rep_distance_m": metres}
        for item in rest:
            _add(form, item)
        return form

    def session(self, items: list[Any]) -> DayForm:
        form, (sizes, fixed) = items
        form.sizes, form.fixed = sizes, fixed
        return form

    def rest(self, _: list[Any]) -> None:
        return None

    def day_line(self, items: list[Any]) -> tuple[str, DayForm | None]:
        return str(items[0]), items[1]

    def week_line(self, items: list[Any]) -> WeekForm:
        number, phase, *rest = items
        cutback = bool(rest) and isinstance(rest[0], Token) and rest[0].type == "CUTBACK"
        rest = rest[1:] if cutback else rest
        focus = str(rest.pop(0)).strip() if rest and isinstance(rest[0], Token) else ""
        volume = round(rest[0] * 1000) if rest else None
        return WeekForm(round(number), phase, cutback, focus, volume)


def _add(form: DayForm, item: Any) -> None:
    """A piece of a session's detail into its form."""
    if isinstance(item, PaceForm):
        form.pace = item
    elif isinstance(item, dict):
        form.fields |= item
    elif isinstance(item, tuple):  # the work inside a long run, or at a run's end
        work, pace = item
        form.fields |= work | {"work_pace_form": pace}
    elif isinstance(item, Token) and item.type == "TRAIL":
        form.fields["trail"] = True


def _parser() -> Lark:
    text = resources.files(__package__).joinpath(GRAMMAR_FILE).read_text(encoding="utf-8")
    return Lark(text, parser="lalr", start=list(START), transformer=_Forms())


PARSER = _parser()


def parse_line(line: str, start: Start) -> Any:
    """The form of a line in the canonical format (spacing collapsed), or None if the line
    is not in it."""
    try:
        return PARSER.parse(" ".join(line.split()), start=start)
    except LarkError:
        return None
