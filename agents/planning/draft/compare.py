"""A coach's edit of a draft, line by line: what was kept, changed, added and removed.

The two texts are compared week by week (a line belongs to the week whose header is above
it; a line moved to another week is removed there and added here), ignoring blank lines
and differences of spacing. Within a week, difflib's matching pairs the lines.
"""

from __future__ import annotations

import difflib
from collections import defaultdict

from agents.planning.draft.read_draft import WEEK_HEADER
from agents.planning.draft.read_week import MAX_LINE
from schemas.draft_diff import DiffLine

# Past this many line pairs in one week, the week's middle is not matched line by line
# (difflib is quadratic there): its lines count as changed, which trusts nothing unchecked.
MAX_PAIRS = 250_000

_Lines = list[tuple[int, str, str]]  # (line number, text, text with spacing normalised)


def diff_drafts(draft: str, refined: str) -> list[DiffLine]:
    """Every non-blank line of both texts, in the refined draft's order of weeks."""
    before, after = _blocks(draft), _blocks(refined)
    keys = [*after, *(key for key in before if key not in after)]
    lines: list[DiffLine] = []
    for week in keys:
        lines.extend(_diff_block(week, before.get(week, []), after.get(week, [])))
    return lines


def _blocks(text: str) -> dict[int | None, _Lines]:
    """The lines before the first week (None) and each week's lines, its header first."""
    blocks: dict[int | None, _Lines] = defaultdict(list)
    week: int | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        header = WEEK_HEADER.match(line[:MAX_LINE])
        if header:
            week = int(header.group(1)) or None
        blocks[week].append((number, line, " ".join(line.split())))
    return blocks


def _diff_block(week: int | None, before: _Lines, after: _Lines) -> list[DiffLine]:
    head = _common_prefix(before, after)
    tail = _common_prefix(before[head:][::-1], after[head:][::-1])
    middle_before = before[head : len(before) - tail]
    middle_after = after[head : len(after) - tail]
    lines = [_kept(week, old, new) for old, new in zip(before[:head], after[:head], strict=True)]
    lines.extend(_diff_middle(week, middle_before, middle_after))
    lines.extend(
        _kept(week, old, new)
        for old, new in zip(before[len(before) - tail :], after[len(after) - tail :], strict=True)
    )
    return lines


def _common_prefix(before: _Lines, after: _Lines) -> int:
    count = 0
    for old, new in zip(before, after, strict=False):
        if old[2] != new[2]:
            break
        count += 1
    return count


def _diff_middle(week: int | None, before: _Lines, after: _Lines) -> list[DiffLine]:
    if len(before) * len(after) > MAX_PAIRS:
        return _replaced(week, before, after)
    matcher = difflib.SequenceMatcher(
        None, [line[2] for line in before], [line[2] for line in after], autojunk=False
    )
    lines: list[DiffLine] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            lines.extend(
                _kept(week, old, new) for old, new in zip(before[i1:i2], after[j1:j2], strict=True)
            )
        else:
            lines.extend(_replaced(week, before[i1:i2], after[j1:j2]))
    return lines


def _replaced(week: int | None, before: _Lines, after: _Lines) -> list[DiffLine]:
    """Lines of the draft replaced by lines of the refined draft: pairs are changed lines,
    the rest added or removed."""
    lines = [
        DiffLine(
            change="changed", week=week, line=new[0], draft_line=old[0], text=new[1], was=old[1]
        )
        for old, new in zip(before, after, strict=False)
    ]
    paired = min(len(before), len(after))
    lines.extend(
        DiffLine(change="added", week=week, line=new[0], text=new[1]) for new in after[paired:]
    )
    lines.extend(
        DiffLine(change="removed", week=week, draft_line=old[0], was=old[1])
        for old in before[paired:]
    )
    return lines


def _kept(week: int | None, old: tuple[int, str, str], new: tuple[int, str, str]) -> DiffLine:
    return DiffLine(change="kept", week=week, line=new[0], draft_line=old[0])
