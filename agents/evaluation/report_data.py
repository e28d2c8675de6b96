"""The figures of an evaluation (report.json): per producer, per case, paired against the
baseline, ranked, and what the HTML report shows. Pure.
"""

import math
from collections import defaultdict
from typing import Any

from agents.evaluation import stats
from agents.evaluation.cases import BASELINE, ReplayCase
from agents.evaluation.scoring.score import Scores

# (score, label, what is better): the candidates side by side.
HEADLINE: tuple[tuple[str, str, str], ...] = (
    ("failed", "failure rate", "lower"),
    ("validator_errors", "validator errors", "lower"),
    ("validator_warnings", "validator warnings", "lower"),
    ("edit_distance", "edit distance to the coach's version", "lower"),
    ("accepted_as_is", "accepted as is", "higher"),
    ("days_dropped", "draft days without a workout", "lower"),
    ("tokens", "tokens", "lower"),
    ("cost", "cost", "lower"),
    ("latency_s", "latency (s)", "lower"),
)
DISTRIBUTIONS: tuple[str, ...] = (
    "validator_errors",
    "validator_warnings",
    "edit_distance",
    "max_volume_jump",
    "long_run_share",
    "taper_depth",
    "hard_time_share",
    "quality_per_week",
    "adherence",
    "model_weeks",
    "repaired_weeks",
    "fallback_weeks",
    "tokens",
    "latency_s",
)
NUMERIC = tuple(dict.fromkeys([s for s, _, _ in HEADLINE] + list(DISTRIBUTIONS)))
# How much each worsening weighs in a case's regression (the table's default order).
REGRESSION_WEIGHTS = {
    "failed": 100.0,
    "validator_errors": 10.0,
    "edit_distance": 10.0,
    "days_dropped": 5.0,
    "validator_warnings": 1.0,
}
ScoreKey = tuple[str, str, int]  # (producer, case id, repeat)


def case_values(
    scores: dict[ScoreKey, Scores], producer: str, cases: list[ReplayCase], score: str
) -> list[float | None]:
    """Per case (in order), the score's mean over the producer's repeats (None: no value)."""
    found: dict[str, list[float]] = defaultdict(list)
    for (name, case_id, _), values in scores.items():
        value = values.get(score)
        if name == producer and isinstance(value, (int, float)) and not math.isnan(value):
            found[case_id].append(float(value))
    return [sum(v) / len(v) if (v := found.get(c.case_id)) else None for c in cases]


def repeats_of(
    scores: dict[ScoreKey, Scores], producer: str, cases: list[ReplayCase], score: str
) -> list[list[float | None]]:
    by_case: dict[str, list[float | None]] = defaultdict(list)
    for (name, case_id, _), values in sorted(scores.items()):
        if name == producer:
            by_case[case_id].append(values.get(score))
    return [by_case.get(case.case_id, []) for case in cases]


def figures(
    scores: dict[ScoreKey, Scores],
    cases: list[ReplayCase],
    candidate: str,
    score: str,
    statistic: str,
) -> tuple[float | None, float | None]:
    """A candidate's and the baseline's statistic of a score, on the cases both have."""
    base, cand = stats.paired(
        case_values(scores, BASELINE, cases, score), case_values(scores, candidate, cases, score)
    )
    if not cand:
        return None, None
    return stats.summary(cand)[statistic], stats.summary(base)[statistic]


def build_report(
    header: dict[str, Any],
    cases: list[ReplayCase],
    producers: list[str],
    scores: dict[ScoreKey, Scores],
) -> dict[str, Any]:
    """Everything but the gates: header, summaries, comparisons, ranking, cases."""
    candidates = [name for name in producers if name != BASELINE]
    values = {
        producer: {score: case_values(scores, producer, cases, score) for score in NUMERIC}
        for producer in producers
    }
    summary = {
        producer: {score: stats.summary(values[producer][score]) for score in NUMERIC}
        for producer in producers
    }
    comparisons = {name: _compare(values, scores, cases, name) for name in candidates}
    return {
        **header,
        "headline": [{"score": s, "label": label, "better": b} for s, label, b in HEADLINE],
        "summary": summary,
        "comparisons": comparisons,
        "ranking": rank(summary, candidates),
        "regression_weights": REGRESSION_WEIGHTS,
        "distribution_scores": list(DISTRIBUTIONS),
        "cases": [
            _case_row(case, index, producers, values, scores) for index, case in enumerate(cases)
        ],
    }


def _compare(
    values: dict[str, dict[str, list[float | None]]],
    scores: dict[ScoreKey, Scores],
    cases: list[ReplayCase],
    candidate: str,
) -> dict[str, Any]:
    compared: dict[str, Any] = {}
    for score, _, _ in HEADLINE:
        base, cand = values[BASELINE][score], values[candidate][score]
        compared[score] = {
            "mean": stats.paired_difference(base, cand, "mean"),
            "median": stats.paired_difference(base, cand, "median"),
            "repeat_spread": stats.spread(repeats_of(scores, candidate, cases, score)),
        }
    return compared


def rank(summary: dict[str, dict[str, dict[str, Any]]], candidates: list[str]) -> list[str]:
    """Best first: fewer failures, then closer to the coach's version, then fewer errors."""

    def key(name: str) -> tuple[float, ...]:
        figures = summary[name]
        return tuple(
            _or_worst(figures[score]["mean"])
            for score in (
                "failed",
                "edit_distance",
                "days_dropped",
                "validator_errors",
                "validator_warnings",
            )
        )

    return sorted(candidates, key=lambda name: (key(name), name))


def _or_worst(value: float | None) -> float:
    return math.inf if value is None else value


def regression(case_scores: dict[str, float | None], baseline: dict[str, float | None]) -> float:
    """How much worse than the baseline a candidate's output of one case is (weighted)."""
    total = 0.0
    for score, weight in REGRESSION_WEIGHTS.items():
        mine, theirs = case_scores.get(score), baseline.get(score)
        if mine is not None and theirs is not None:
            total += weight * (mine - theirs)
    return round(total, 4)


def _case_row(
    case: ReplayCase,
    index: int,
    producers: list[str],
    values: dict[str, dict[str, list[float | None]]],
    scores: dict[ScoreKey, Scores],
) -> dict[str, Any]:
    per_producer = {p: {s: values[p][s][index] for s in NUMERIC} for p in producers}
    statuses = {
        producer: sorted(
            {
                "ok" if not s.get("failed") else "failed"
                for (n, c, _), s in scores.items()
                if n == producer and c == case.case_id
            }
        )
        for producer in producers
    }
    return {
        **case.identity(),
        "edited": case.edited,
        "approved": case.approved_draft is not None,
        "scores": per_producer,
        "statuses": {p: s or ["skipped"] for p, s in statuses.items()},
        "volumes": {
            p: scores.get((p, case.case_id, 0), {}).get("weekly_volume_km") for p in producers
        },
        "regression": {
            p: regression(per_producer[p], per_producer[BASELINE])
            for p in producers
            if p != BASELINE
        },
    }
