"""Summaries of a score over cases, and paired bootstrap intervals against the baseline.

Each candidate is compared with the baseline on the same cases (paired): resampling cases,
not outputs, keeps a hard case hard on both sides. scipy's bootstrap (percentile method,
seeded) gives the 95% interval of the difference.
"""

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.stats import bootstrap

RESAMPLES = 2000
SEED = 20240519
Value = float | int | None


def present(values: Sequence[Value]) -> list[float]:
    return [float(v) for v in values if v is not None and not _nan(v)]


def _nan(value: float | int) -> bool:
    return isinstance(value, float) and math.isnan(value)


def summary(values: Sequence[Value]) -> dict[str, Any]:
    """mean, median, p90 and total of the values that exist; n counts them."""
    found = present(values)
    if not found:
        return {"n": 0, "mean": None, "median": None, "p90": None, "total": None}
    data = np.array(found)
    return {
        "n": len(found),
        "mean": round(float(data.mean()), 6),
        "median": round(float(np.median(data)), 6),
        "p90": round(float(np.percentile(data, 90)), 6),
        "total": round(float(data.sum()), 6),
    }


def paired(
    baseline: Sequence[Value], candidate: Sequence[Value]
) -> tuple[list[float], list[float]]:
    """The pairs where both sides have a value."""
    pairs = [
        (float(b), float(c))
        for b, c in zip(baseline, candidate, strict=True)
        if b is not None and c is not None and not _nan(b) and not _nan(c)
    ]
    return [b for b, _ in pairs], [c for _, c in pairs]


def paired_difference(
    baseline: Sequence[Value], candidate: Sequence[Value], statistic: str = "mean"
) -> dict[str, Any]:
    """candidate minus baseline (mean or median over the paired cases) and its 95% interval."""
    base, cand = paired(baseline, candidate)
    if not base:
        return {"n": 0, "baseline": None, "candidate": None, "diff": None, "ci95": None}
    reduce = np.median if statistic == "median" else np.mean
    b, c = np.array(base), np.array(cand)
    diff = float(reduce(c) - reduce(b))
    return {
        "n": len(base),
        "baseline": round(float(reduce(b)), 6),
        "candidate": round(float(reduce(c)), 6),
        "diff": round(diff, 6),
        "ci95": _interval(b, c, reduce, diff),
    }


def _interval(b: np.ndarray, c: np.ndarray, reduce: Any, diff: float) -> list[float]:
    if len(b) < 2 or (np.all(b == b[0]) and np.all(c == c[0])):
        return [round(diff, 6), round(diff, 6)]  # nothing to resample: the difference is exact

    def difference(base: np.ndarray, cand: np.ndarray, axis: int) -> np.ndarray:
        return np.asarray(reduce(cand, axis=axis) - reduce(base, axis=axis))

    result = bootstrap(
        (b, c),
        difference,
        paired=True,
        vectorized=True,
        method="percentile",
        n_resamples=RESAMPLES,
        rng=np.random.default_rng(SEED),
    )
    low, high = result.confidence_interval
    return [round(float(low), 6), round(float(high), 6)]


def spread(repeats: Sequence[Sequence[Value]]) -> float | None:
    """The mean over cases of the standard deviation across a case's repeats (variance)."""
    deviations = [float(np.std(found)) for values in repeats if len(found := present(values)) > 1]
    return round(float(np.mean(deviations)), 6) if deviations else None
