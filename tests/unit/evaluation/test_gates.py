"""Gates: thresholds relative to the baseline; holds, fails, or unknown without data."""

from pathlib import Path

import pytest

from agents.evaluation.evaluate import exit_code
from agents.evaluation.gates import GateError, check_gates, parse_rule, read_gates

FIGURES = {
    ("good", "failed", "mean"): (0.0, 0.0),
    ("good", "cost", "mean"): (1.1, 1.0),
    ("good", "edit_distance", "median"): (0.05, 0.1),
    ("bad", "failed", "mean"): (0.25, 0.0),
    ("bad", "cost", "mean"): (1.5, 1.0),
    ("bad", "edit_distance", "median"): (0.3, 0.1),
}


def figures(candidate: str, score: str, statistic: str) -> tuple[float | None, float | None]:
    return FIGURES.get((candidate, score, statistic), (None, None))


@pytest.mark.parametrize(
    ("rule", "score", "statistic", "factor", "offset"),
    [
        ("failure_rate <= baseline + 0.01", "failed", "mean", 1.0, 0.01),
        ("validator_errors.mean <= baseline", "validator_errors", "mean", 1.0, 0.0),
        ("edit_distance.median <= baseline", "edit_distance", "median", 1.0, 0.0),
        ("cost <= 1.2 * baseline", "cost", "mean", 1.2, 0.0),
        ("tokens.p90 < baseline * 2 - 10", "tokens", "p90", 2.0, -10.0),
        ("accept_rate >= 0.5", "accepted_as_is", "mean", None, 0.5),
    ],
)
def test_gate_rules_parse(
    rule: str, score: str, statistic: str, factor: float | None, offset: float
) -> None:
    gate = parse_rule(rule)
    assert (gate.score, gate.statistic, gate.factor, gate.offset) == (
        score,
        statistic,
        factor,
        offset,
    )


@pytest.mark.parametrize(
    "rule", ["cost", "cost <= cheap", "cost.mode <= baseline", "cost <= baseline ** 2"]
)
def test_gate_rules_that_mean_nothing_are_refused(rule: str) -> None:
    with pytest.raises(GateError):
        parse_rule(rule)


def test_gates_hold_fail_or_are_unknown(tmp_path: Path) -> None:
    path = tmp_path / "gates.toml"
    path.write_text(
        'gates = ["failure_rate <= baseline + 0.01", "cost <= 1.2 * baseline", '
        '"edit_distance.median <= baseline", "latency_s <= 2"]\n'
    )
    results = check_gates(read_gates(path), ["good", "bad"], figures)
    outcome = {(r.candidate, r.rule.split()[0]): r.outcome for r in results}
    assert outcome == {
        ("good", "failure_rate"): "holds",
        ("good", "cost"): "holds",
        ("good", "edit_distance.median"): "holds",
        ("good", "latency_s"): "unknown",
        ("bad", "failure_rate"): "fails",
        ("bad", "cost"): "fails",
        ("bad", "edit_distance.median"): "fails",
        ("bad", "latency_s"): "unknown",
    }
    good = [r for r in results if r.candidate == "good"]
    known = [r for r in results if r.outcome != "unknown"]
    assert exit_code(True, good[:3]) == 0
    assert exit_code(True, known) == 1
    assert exit_code(True, good) == 2  # a gate without data never passes silently
    assert exit_code(False, good[:3]) == 2


def test_a_gates_file_without_gates_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gates.toml"
    path.write_text("[thresholds]\ncost = 1\n")
    with pytest.raises(GateError, match="gates = "):
        read_gates(path)
    with pytest.raises(GateError, match="cannot read"):
        read_gates(tmp_path / "missing.toml")
