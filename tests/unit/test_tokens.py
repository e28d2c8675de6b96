"""Issued tokens can be handed to a command line as they are."""

from api.admin import new_token
from api.cli import build_parser


def test_issued_tokens_never_start_with_a_dash() -> None:
    # One token in 64 would (URL-safe base64): 5,000 without one cannot happen by luck.
    tokens = [new_token() for _ in range(5000)]
    assert [token for token in tokens if token.startswith("-")] == []
    assert len(set(tokens)) == len(tokens)
    assert {len(token) for token in tokens} == {43}


def test_a_token_starting_with_a_dash_is_revoked_after_a_double_dash() -> None:
    # Tokens issued before they were kept from starting with one.
    args = build_parser().parse_args(["admin", "revoke-token", "--", "-p1N2xDm7"])
    assert args.token == "-p1N2xDm7"
