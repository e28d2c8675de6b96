"""The validator: every training rule of the training-science doc checked on a structured
plan, as errors and warnings.

May import: `structure` (the structured plan it checks), `instructions` (what the coach
asked, which some rules allow for) and `core`. It changes nothing it checks.
"""

from agents.planning.check.plan_view import HARD_ZONES, Violation
from agents.planning.check.validate import validate_plan, validate_week

__all__ = ["HARD_ZONES", "Violation", "validate_plan", "validate_week"]
