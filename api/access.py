"""Authentication and authorisation, in the contract's order: 401, 400, 404, 403."""

from starlette.requests import Request

from api import store
from api.errors import unauthorized
from api.lookups import DoorLookups
from api.permissions import UNKNOWN_TOKEN, allowed, bearer_token

__all__ = ["allowed", "authenticate", "authorise_coach", "bearer"]


def bearer(request: Request) -> str:
    """The request's bearer token as written, or 401 (nothing is looked up)."""
    return bearer_token(request.headers.get("authorization"))


async def authenticate(request: Request, door: DoorLookups) -> str:
    """The user id behind the request's bearer token, or 401. Looked up with the other
    requests asking at the same time (`api/lookups.py`); nothing is cached between them."""
    user_id = await door.user_for_token(bearer(request))
    if user_id is None:
        raise unauthorized(UNKNOWN_TOKEN)
    return str(user_id)


async def authorise_coach(door: DoorLookups, org_id: str, user_id: str) -> store.OrgAccess:
    """The user's access to the organisation: 404 if it does not exist or the user is no
    member, 403 unless allowed."""
    return allowed(await door.org_access(org_id, user_id), org_id)
