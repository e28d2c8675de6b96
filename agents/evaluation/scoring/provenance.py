"""What produced a plan's weeks: how many a model made, repaired, or gave up on (fallback).

Read tolerantly: a week records `provider`, `calls`, and, where the log or provider has
them, `fallback` and `answers` (every answer of the week, the first and the repair).
Without them a week with more than one call counts as repaired.
"""

from typing import Any


def provenance_scores(weeks: list[dict[str, Any]]) -> dict[str, Any]:
    if not weeks:
        return {}
    return {
        "model_weeks": sum(1 for w in weeks if (w.get("calls") or 0) > 0),
        "repaired_weeks": sum(1 for w in weeks if _answers(w) > 1),
        "fallback_weeks": sum(1 for w in weeks if w.get("fallback")),
    }


def _answers(week: dict[str, Any]) -> int:
    answers = week.get("answers")
    return int(answers) if answers is not None else int(week.get("calls") or 0)
