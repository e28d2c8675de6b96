"""A ninth round: a past injury is a conservative ramp, not a comeback; a long run said as a
goal ("get my long run to 20 miles") is a target the long run builds toward, not a cap; "no
double digit runs on weekdays" is a per-run limit on weekdays."""

from __future__ import annotations

import pytest
from planning_helpers import valid_plan

LEVELS = ["beginner", "intermediate", "advanced"]


@pytest.mark.parametrize(
    "prompt",
    [
        "a history of stress fractures",
        "prone to shin splints",
        "had plantar fasciitis last year",
        "I've had two stress fractures in the past",
        "history of knee injuries",
        "previous injuries: IT band",
        "I'm prone to achilles tendinitis",
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_past_injury_is_a_conservative_ramp_not_a_comeback(prompt: str, level: str) -> None:
    """FIXED: a history of stress fractures started run-walk weeks (others were not read)."""
    plan = valid_plan(prompt, 12, level)
    assert not any(d.kind == "run-walk" for w in plan.weeks for d in w.days)
    assert not any("comeback from" in n for n in plan.notes), plan.notes
    assert any(f'"{prompt}"' in n and "conservative ramp" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    "prompt",
    [
        "just recovered from a stress fracture",
        "coming back from a stress fracture I had last year",
        "returning from a stress fracture",
    ],
)
def test_a_current_bone_injury_is_still_a_comeback(prompt: str) -> None:
    plan = valid_plan(prompt, 12, "intermediate")
    assert any(d.kind == "run-walk" for d in plan.weeks[0].days)
