"""The parameters of a plan request, as the planner sees them."""

from __future__ import annotations

import datetime

from pydantic import BaseModel, ConfigDict, Field

from schemas.requests import Level, WorkoutPreference

# The request's own words: declared once, in schemas.requests.
Preference = WorkoutPreference
__all__ = ["Level", "PlanParams", "Preference"]


class PlanParams(BaseModel):
    """What the planner needs: length, level, free-text instructions, principle, start."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weeks: int = Field(ge=1, le=52)
    level: Level
    additional_prompt: str | None = None
    training_principle: str | None = None
    start_date: datetime.date | None = None
