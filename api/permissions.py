"""Who may do what, decided without I/O: the bearer token's form, and an organisation's rules."""

import re

from api.problems import ApiError, unauthorized
from api.store import COACH_ROLES, FEATURE, OrgAccess

# RFC 7235: the scheme is case-insensitive, one or more spaces before the token.
_BEARER = re.compile(r"(?i:bearer) +([A-Za-z0-9._~+/=-]{16,512})")
UNKNOWN_TOKEN = "unknown, expired or revoked token"


def bearer_token(header: str | None) -> str:
    """The bearer token of an Authorization header as written, or 401."""
    match = _BEARER.fullmatch((header or "").strip(" \t"))
    if match is None:
        raise unauthorized()
    return match.group(1)


def allowed(access: OrgAccess | None, org_id: str) -> OrgAccess:
    """The access, if it lets its holder generate. 404 alike for an organisation that does
    not exist and one the user is no member of (nobody learns which organisations exist);
    403 for a member who may not generate."""
    if access is None or access.role is None:
        raise ApiError(404, "not_found", f"organisation {org_id!r} not found")
    if access.role not in COACH_ROLES:
        raise ApiError(403, "forbidden", "you are not a coach of this organisation")
    if FEATURE not in access.features:
        raise ApiError(403, "forbidden", "this organisation's plan has no coach_agent feature")
    return access
