"""A replay set on disk: `cases.jsonl` (one case a line) and `manifest.json` beside it.

The manifest records the filters, the sample, the log offsets read, the counts and the
sha256 of `cases.jsonl`; a run refuses a set whose cases no longer match that hash.
"""

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from agents.evaluation.cases import ReplayCase
from agents.evaluation.selection import counts

CASES = "cases.jsonl"
MANIFEST = "manifest.json"
SET_FORMAT = 1


class SetError(Exception):
    """A replay set that cannot be read, or whose cases are not what its manifest says."""


def case_line(case: ReplayCase) -> str:
    return json.dumps(case.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def write_set(
    folder: Path,
    cases: list[ReplayCase],
    source: dict[str, Any],
    filters: dict[str, Any],
    sample: dict[str, Any] | None,
    scanned: int,
) -> dict[str, Any]:
    """Write the cases and their manifest; return the manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    body = "".join(case_line(case) + "\n" for case in cases).encode()
    (folder / CASES).write_bytes(body)
    manifest = {
        "format": SET_FORMAT,
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
        "source": source,
        "filters": filters,
        "sample": sample,
        "counts": {"generations_read": scanned, "cases": len(cases), **counts(cases)},
        "hash": "sha256:" + hashlib.sha256(body).hexdigest(),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def read_set(folder: Path) -> tuple[dict[str, Any], list[ReplayCase]]:
    """The manifest and the cases of a set, after checking the cases against the hash."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
        body = (folder / CASES).read_bytes()
    except (OSError, ValueError) as exc:
        raise SetError(f"{folder} is not a replay set: {exc}") from None
    found = "sha256:" + hashlib.sha256(body).hexdigest()
    if manifest.get("hash") != found:
        raise SetError(f"{folder / CASES} changed since it was selected (hash {found})")
    try:
        cases = [ReplayCase.model_validate_json(line) for line in body.splitlines() if line]
    except ValueError as exc:
        raise SetError(f"{folder / CASES} holds a case that cannot be read: {exc}") from None
    return manifest, cases
