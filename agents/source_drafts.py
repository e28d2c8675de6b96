"""The draft a plan names (`draft_request_id`): its text from the read model, for the diff.

The api checked at acceptance that the draft exists in the plan's organisation and is a
draft. Its text is there once the draft succeeded and the projector recorded it; until
then (a plan sent the instant its draft ended) there is no text, and every line of the
plan's draft is read as the coach's own words: nothing is trusted unchecked.
"""

from typing import Protocol

import asyncpg


class SourceDrafts(Protocol):
    async def draft_text(self, request_id: str, org_id: str) -> str | None:
        """The text of that organisation's succeeded draft generation, if there is one."""
        ...


class PostgresSourceDrafts:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def draft_text(self, request_id: str, org_id: str) -> str | None:
        text: str | None = await self.pool.fetchval(
            """SELECT draft FROM generations
               WHERE request_id = $1 AND org_id = $2 AND step = 'draft' AND status = 'succeeded'""",
            request_id,
            org_id,
        )
        return text
