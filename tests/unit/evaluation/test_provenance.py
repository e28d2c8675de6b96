"""Per-week provenance read tolerantly: the fields newer logs add are used when present."""

from agents.evaluation.cases import ReplayCase, baseline_output
from agents.evaluation.scoring.provenance import provenance_scores
from tests.unit.evaluation.cases_factory import draft_case

INFO = {"phase": "base", "focus": "easy", "total_distance": 0}


def plan_case(weeks: list[dict]) -> ReplayCase:  # type: ignore[type-arg]
    case = draft_case()
    requested = {**case.requested, "step": "plan", "refined_draft": case.events[-1]["draft"]}
    started = {**case.events[0], "step": "plan"}
    logged = [
        {
            **started,
            "type": "WeekCompleted",
            "seq": 1 + index,
            "info": INFO,
            "provider": "openai",
            "model": "m",
            **week,
        }
        for index, week in enumerate(weeks)
    ]
    for raw in logged:
        raw.pop("step")
        raw.pop("worker")
    return case.model_copy(
        update={"step": "plan", "requested": requested, "events": [started, *logged]}
    )


def test_newer_logs_say_which_weeks_were_repaired_or_fell_back() -> None:
    case = plan_case(
        [
            {"week": 1, "usage": {"calls": 0}, "provider": "builtin"},
            {"week": 2, "usage": {"calls": 2}, "answers": [{"raw": "a"}, {"raw": "b"}]},
            {
                "week": 3,
                "usage": {"calls": 2},
                "answers": [{"raw": "{}", "violations": ["no workout on Tue"]}] * 2,
                "fallback": True,
                "violations": ["no workout on Tue"],
                "provider": "builtin",
            },
            {"week": 4, "usage": {"calls": 1}, "answers": [{"raw": "c"}], "fallback": False},
        ]
    )
    weeks = baseline_output(case).weeks
    assert [w["provider"] for w in weeks] == ["builtin", "openai", "builtin", "openai"]
    assert provenance_scores(weeks) == {"model_weeks": 3, "repaired_weeks": 2, "fallback_weeks": 1}


def test_older_logs_without_those_fields_still_score() -> None:
    case = plan_case([{"week": 1, "usage": {"calls": 2}}, {"week": 2}])
    weeks = baseline_output(case).weeks
    assert all(w["fallback"] is None and w["answers"] is None for w in weeks)
    assert provenance_scores(weeks) == {"model_weeks": 1, "repaired_weeks": 1, "fallback_weeks": 0}
    assert provenance_scores([]) == {}
