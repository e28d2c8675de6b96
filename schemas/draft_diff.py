"""What a coach changed in a draft: its lines kept, changed, added and removed, by week.

A plan that names the draft it was edited from (`draft_request_id`) records this diff in
its `PlanGenerated` event: lines the planner wrote and the coach kept are read by
construction; changed and added lines are the coach's own words.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

LineChange = Literal["kept", "changed", "added", "removed"]


class DiffLine(BaseModel):
    """One line of the diff.

    `week` is the week the line is in (null for the lines before the first week): the
    refined draft's week, or for a removed line the draft's. `line` is its 1-based line in
    the refined draft (null when removed), `draft_line` in the draft (null when added).
    `text` is the refined draft's text of a changed or added line, `was` the draft's text
    of a changed or removed line; kept lines carry neither (both drafts hold them).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    change: LineChange
    week: Annotated[int, Field(ge=1)] | None = None
    line: Annotated[int, Field(ge=1)] | None = None
    draft_line: Annotated[int, Field(ge=1)] | None = None
    text: str | None = None
    was: str | None = None


class DraftDiff(BaseModel):
    """The refined draft against the draft named by `draft_request_id`.

    `found` is false when that draft had no text when the plan was structured (it had not
    finished): then `lines` is empty and every line was read as the coach's words.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    draft_request_id: str
    found: bool = True
    kept: Annotated[int, Field(ge=0)] = 0
    changed: Annotated[int, Field(ge=0)] = 0
    added: Annotated[int, Field(ge=0)] = 0
    removed: Annotated[int, Field(ge=0)] = 0
    lines: list[DiffLine] = Field(default_factory=list)

    @classmethod
    def of(cls, draft_request_id: str, lines: list[DiffLine]) -> "DraftDiff":
        """The diff with its counts."""
        changes = [line.change for line in lines]
        return cls(
            draft_request_id=draft_request_id,
            kept=changes.count("kept"),
            changed=changes.count("changed"),
            added=changes.count("added"),
            removed=changes.count("removed"),
            lines=lines,
        )

    @classmethod
    def not_found(cls, draft_request_id: str) -> "DraftDiff":
        return cls(draft_request_id=draft_request_id, found=False)

    def kept_lines(self) -> frozenset[int]:
        """The refined draft's line numbers the coach kept as the planner wrote them."""
        return frozenset(
            line.line for line in self.lines if line.change == "kept" and line.line is not None
        )
