"""The door's lookups, shared by an api process's requests: whose token, what access."""

import functools

import asyncpg

from api import store
from api.batched import Batched


class DoorLookups:
    """A token's user and a user's access to an organisation, each batched across the
    requests asking at the same time (`api/batched.py`)."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.users: Batched[str, str] = Batched(functools.partial(store.users_for_tokens, pool))
        self.access: Batched[tuple[str, str], store.OrgAccess] = Batched(
            functools.partial(store.org_accesses, pool)
        )

    async def user_for_token(self, token: str) -> str | None:
        return await self.users.load(token)

    async def org_access(self, org_id: str, user_id: str) -> store.OrgAccess | None:
        return await self.access.load((org_id, user_id))
