"""The domain scores of one output: validity, validator, load figures, adherence, cost."""

from agents.evaluation.cases import Output, baseline_output
from agents.evaluation.scoring.load import load_figures
from agents.evaluation.scoring.score import cost_of, score_output
from agents.planning import PlanParams, make_plan
from schemas.events import TokenUsage
from tests.eval_log import edit_line
from tests.unit.evaluation.cases_factory import draft_case

PRICES = {"builtin-planner": (0.0, 0.0), "m": (0.5, 1.5)}


def test_a_recorded_draft_scores_as_the_plan_the_builtin_reader_makes_of_it() -> None:
    case = draft_case(weeks=8, level="intermediate")
    scores = score_output(case, baseline_output(case), PRICES)
    assert scores["failed"] == 0 and scores["schema_valid"] == 1
    assert scores["validator_errors"] == 0 and scores["workouts"] > 20
    assert len(scores["weekly_volume_km"]) == 8
    assert 0 < scores["long_run_share"] < 0.5 and scores["quality_per_week"] > 0
    assert scores["instructions_read"] >= 1 and scores["adherence"] is not None
    assert scores["tokens"] == 1500 and scores["cost"] == 0.0
    assert score_output(case, baseline_output(case), {})["cost"] is None  # no price: unknown
    assert "edit_distance" not in scores  # no coach-approved version


def test_a_draft_with_an_approved_version_scores_its_edits() -> None:
    case = draft_case()
    recorded = baseline_output(case)
    approved = edit_line(recorded.draft or "", 2, "Thu", "Thu: rest")
    scores = score_output(case.model_copy(update={"approved_draft": approved}), recorded, PRICES)
    assert (scores["sessions_removed"], scores["accepted_as_is"]) == (1, 0)
    assert scores["volume_change_by_week_km"]["2"] < 0


def test_a_failed_or_unreadable_draft_scores_failed_and_needs_every_session() -> None:
    case = draft_case().model_copy(update={"approved_draft": draft_case().events[-1]["draft"]})
    failed = Output(case_id="r1", candidate="x", status="failed", error="model down")
    unreadable = Output(case_id="r1", candidate="x", status="ok", draft="no plan today")
    for output in (failed, unreadable):
        scores = score_output(case, output, PRICES)
        assert scores["failed"] == 1 and scores["schema_valid"] == 0
        assert scores["edit_distance"] == 1 and "validator_errors" not in scores


def test_load_figures_say_how_steep_long_and_deep_a_plan_is() -> None:
    params = PlanParams(weeks=10, level="intermediate", additional_prompt="10K race at the end")
    from agents.planning import make_draft

    figures = load_figures(make_plan(params, make_draft(params)))
    assert 0 <= figures["max_volume_jump"] <= 0.3
    assert figures["taper_depth"] > 0.2  # the race week is much lighter than the peak
    assert 0 < figures["hard_time_share"] < 0.5


def test_cost_follows_the_price_table_per_1k_tokens() -> None:
    usage = TokenUsage(prompt_tokens=2000, completion_tokens=1000, calls=2)
    assert cost_of("m", usage, PRICES) == 2.5
    assert cost_of("unknown", usage, PRICES) is None
    assert cost_of("unknown", TokenUsage(), PRICES) == 0.0
