"""The parameters of a plan request, as the planner sees them."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["beginner", "intermediate", "advanced"]
Preference = Literal["ai_generate", "prefer_existing", "strict_existing"]


class PlanParams(BaseModel):
    """What the planner needs: length, level, free-text instructions, principle, start."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weeks: int = Field(ge=1, le=52)
    level: Level
    additional_prompt: str | None = None
    training_principle: str | None = None
    start_date: datetime.date | None = None
