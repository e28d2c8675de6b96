"""A note to the coach: what the plan did not use, read, changed, or warns about."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# `read`: how a line outside the draft format was understood ("read as: ..."), so that no
# interpretation of the coach's words is silent.
NoteKind = Literal["not_used", "changed", "read", "warning"]


class Note(BaseModel):
    """Nothing the coach wrote is dropped or changed silently: each such case is a Note.

    `week` and `line` locate it (1-based week of the plan, 1-based line of the draft),
    `text` is the draft line concerned, if any.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: NoteKind
    week: int | None = Field(default=None, ge=1)
    line: int | None = Field(default=None, ge=1)
    text: str | None = None
    message: str
