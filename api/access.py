"""Authentication and authorisation, in the contract's order: 401, 400, 404, 403."""

import re

import asyncpg
from starlette.requests import Request

from api import store
from api.errors import ApiError, unauthorized

# RFC 7235: the scheme is case-insensitive, one or more spaces before the token.
_BEARER = re.compile(r"(?i:bearer) +([A-Za-z0-9._~+/=-]{16,512})")
UNKNOWN_TOKEN = "unknown, expired or revoked token"


def bearer(request: Request) -> str:
    """The request's bearer token as written, or 401 (nothing is looked up)."""
    header = request.headers.get("authorization", "")
    match = _BEARER.fullmatch(header.strip(" \t"))
    if match is None:
        raise unauthorized()
    return match.group(1)


async def authenticate(request: Request, pool: asyncpg.Pool) -> str:
    """The user id behind the request's bearer token, or 401."""
    user_id = await store.user_for_token(pool, bearer(request))
    if user_id is None:
        raise unauthorized(UNKNOWN_TOKEN)
    return str(user_id)


async def authorise_token(
    pool: asyncpg.Pool, token: str, org_id: str
) -> tuple[str, store.OrgAccess]:
    """`authenticate` then `authorise_coach` in one query: the user id and their access."""
    found = await store.token_access(pool, token, org_id)
    if found is None:
        raise unauthorized(UNKNOWN_TOKEN)
    return found.user_id, allowed(found.access, org_id)


async def authorise_coach(pool: asyncpg.Pool, org_id: str, user_id: str) -> store.OrgAccess:
    """The user's access to the organisation: 404 if it does not exist or the user is no
    member, 403 unless allowed."""
    return allowed(await store.org_access(pool, org_id, user_id), org_id)


def allowed(access: store.OrgAccess | None, org_id: str) -> store.OrgAccess:
    """404 alike for an organisation that does not exist and one the user is no member of
    (nobody learns which organisations exist); 403 for a member who may not generate."""
    if access is None or access.role is None:
        raise ApiError(404, "not_found", f"organisation {org_id!r} not found")
    if access.role not in store.COACH_ROLES:
        raise ApiError(403, "forbidden", "you are not a coach of this organisation")
    if store.FEATURE not in access.features:
        raise ApiError(403, "forbidden", "this organisation's plan has no coach_agent feature")
    return access
