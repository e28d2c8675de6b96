"""`coach-agent eval select`: read the log, keep the cases the filters and sample choose, and
write them as a replay set."""

from pathlib import Path
from typing import Any

from agents.evaluation.log_fold import fold_cases
from agents.evaluation.log_reader import read_log
from agents.evaluation.replay_set import write_set
from agents.evaluation.selection import Filters, sample, select
from schemas.settings import Settings


async def freeze_set(
    settings: Settings, filters: Filters, size: int | None, seed: int, folder: Path
) -> dict[str, Any]:
    snapshot = await read_log(settings)
    cases = fold_cases(snapshot.records)
    chosen = select(cases, filters)
    matched = len(chosen)
    if size is not None:
        chosen = sample(chosen, size, seed)
    source = {
        "topic": snapshot.topic,
        "offsets": snapshot.offsets,
        "records_read": len(snapshot.records),
        "undecodable_records": snapshot.undecodable,
        "matched": matched,
    }
    drawn = {"size": size, "seed": seed, "strata": ["level", "weeks"]} if size is not None else None
    return write_set(folder, chosen, source, filters.described(), drawn, scanned=len(cases))
