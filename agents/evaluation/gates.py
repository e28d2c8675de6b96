"""CI gates: thresholds on a candidate's figures relative to the baseline's, from a TOML file.

    gates = [
      "failure_rate <= baseline + 0.01",
      "validator_errors.mean <= baseline",
      "edit_distance.median <= baseline",
      "cost <= 1.2 * baseline",
    ]

A figure is a score and a statistic (`mean`, `median`, `p90`, `total`; a bare name is its
mean; `failure_rate` is `failed.mean`, `accept_rate` is `accepted_as_is.mean`), taken on
the cases where both the candidate and the baseline have a value. A gate whose figure has
no value is `unknown`: the run is then incomplete, never silently green.
"""

import re
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ALIASES = {"failure_rate": ("failed", "mean"), "accept_rate": ("accepted_as_is", "mean")}
STATISTICS = ("mean", "median", "p90", "total")
OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "<=": lambda a, b: a <= b + 1e-9,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b - 1e-9,
    ">": lambda a, b: a > b,
    "==": lambda a, b: abs(a - b) <= 1e-9,
}
NUMBER = r"\d+(?:\.\d+)?"
RULE = re.compile(r"^\s*(?P<figure>[a-z_][a-z0-9_.]*)\s*(?P<op><=|>=|==|<|>)\s*(?P<rhs>.+?)\s*$")
RHS = re.compile(
    rf"^(?:(?P<factor>{NUMBER})\s*\*\s*)?baseline(?:\s*\*\s*(?P<factor2>{NUMBER}))?"
    rf"(?:\s*(?P<sign>[+-])\s*(?P<offset>{NUMBER}))?$"
)


class GateError(ValueError):
    """A gates file or rule that cannot be read."""


@dataclass(frozen=True)
class Gate:
    rule: str
    score: str
    statistic: str
    operator: str
    factor: float | None  # None: an absolute threshold, `offset` alone
    offset: float

    def threshold(self, baseline: float) -> float:
        return (self.factor * baseline if self.factor is not None else 0.0) + self.offset


@dataclass(frozen=True)
class GateResult:
    candidate: str
    rule: str
    outcome: str  # "holds", "fails" or "unknown"
    value: float | None
    baseline: float | None
    threshold: float | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_rule(rule: str) -> Gate:
    matched = RULE.match(rule)
    if not matched:
        raise GateError(
            f"gate {rule!r} is not 'FIGURE OP THRESHOLD' (e.g. 'cost <= 1.2 * baseline')"
        )
    figure, rhs = matched["figure"], matched["rhs"]
    score, _, statistic = figure.partition(".")
    if figure in ALIASES:
        score, statistic = ALIASES[figure]
    statistic = statistic or "mean"
    if statistic not in STATISTICS:
        raise GateError(f"gate {rule!r}: statistic must be one of {', '.join(STATISTICS)}")
    if re.fullmatch(rf"-?{NUMBER}", rhs):
        return Gate(rule, score, statistic, matched["op"], None, float(rhs))
    shape = RHS.match(rhs)
    if not shape:
        raise GateError(
            f"gate {rule!r}: the threshold must be a number or 'baseline', times a number "
            "and plus or minus a number"
        )
    factor = float(shape["factor"] or shape["factor2"] or 1)
    offset = float(shape["offset"] or 0) * (-1 if shape["sign"] == "-" else 1)
    return Gate(rule, score, statistic, matched["op"], factor, offset)


def read_gates(path: Path) -> list[Gate]:
    try:
        data = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GateError(f"cannot read gates file {path}: {exc}") from None
    rules = data.get("gates")
    if not isinstance(rules, list) or not rules or not all(isinstance(r, str) for r in rules):
        raise GateError(f'{path} must hold `gates = ["failure_rate <= baseline + 0.01", ...]`')
    return [parse_rule(rule) for rule in rules]


# (candidate, score, statistic) -> (candidate's value, baseline's value) on the paired cases
Figures = Callable[[str, str, str], tuple[float | None, float | None]]


def check_gates(gates: list[Gate], candidates: list[str], figures: Figures) -> list[GateResult]:
    results = []
    for candidate in candidates:
        for gate in gates:
            value, baseline = figures(candidate, gate.score, gate.statistic)
            if value is None or (gate.factor is not None and baseline is None):
                results.append(GateResult(candidate, gate.rule, "unknown", value, baseline, None))
                continue
            threshold = gate.threshold(baseline or 0.0)
            holds = OPERATORS[gate.operator](value, threshold)
            outcome = "holds" if holds else "fails"
            results.append(
                GateResult(candidate, gate.rule, outcome, value, baseline, round(threshold, 6))
            )
    return results
