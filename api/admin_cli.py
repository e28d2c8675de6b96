"""The `coach-agent admin` commands: organisations, users, tokens, library workouts.

Each connects as the app's role to a migrated schema; errors become one line on stderr.
"""

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import sys
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import asyncpg
from pydantic import ValidationError

from api import admin
from projections.migrate import NotMigrated
from schemas.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]


def runs(handler: Handler) -> Callable[[argparse.Namespace], int]:
    """Run an async handler with settings from the environment; errors become one line."""

    def run(args: argparse.Namespace) -> int:
        try:
            return asyncio.run(handler(args, Settings()))
        except (admin.AdminError, NotMigrated) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        except (OSError, asyncpg.PostgresError) as exc:
            print(f"error: cannot use the database: {exc}", file=sys.stderr)
            return 1

    return run


def add_admin_commands(commands: Any) -> None:
    group = commands.add_parser("admin", help="manage organisations, users and tokens")
    sub = group.add_subparsers(title="admin commands", required=True)

    org = sub.add_parser("create-org", help="create or update an organisation")
    org.add_argument("org_id")
    org.add_argument("--name", required=True)
    org.add_argument("--feature", action="append", default=[], dest="features")
    org.add_argument("--principle")
    org.set_defaults(func=runs(_create_org))

    user = sub.add_parser("create-user", help="create a user or update a membership")
    user.add_argument("user_id")
    user.add_argument("--org", required=True)
    user.add_argument("--role", required=True, choices=admin.ROLES)
    user.add_argument("--principle")
    user.set_defaults(func=runs(_create_user))

    issue = sub.add_parser(
        "issue-token",
        help="issue a token (COACH_TOKEN_TTL_DAYS); prints it alone, its id on stderr",
    )
    issue.add_argument("user_id")
    issue.set_defaults(func=runs(_issue_token))

    listed = sub.add_parser(
        "list-tokens", help="a user's tokens: id, dates, status (never the token)"
    )
    listed.add_argument("user_id")
    listed.add_argument("--json", action="store_true", help="one JSON object per token")
    listed.set_defaults(func=runs(_list_tokens))

    revoke = sub.add_parser("revoke-token", help="revoke a token by its id (see list-tokens)")
    revoke.add_argument("--id", dest="token_id", help="the token's id, e.g. tok_3f2a...")
    revoke.add_argument(
        "token",
        nargs="?",
        help="deprecated: the token itself (it ends up in ps and shell history); use --id",
    )
    revoke.set_defaults(func=runs(_revoke_token))

    workout = sub.add_parser("add-workout", help="add a library workout; prints its id")
    workout.add_argument("org_id")
    workout.add_argument("--file", required=True, type=Path)
    workout.set_defaults(func=runs(_add_workout))

    demo = sub.add_parser(
        "rotate-demo-token",
        aliases=["demo"],
        help="create the demo organisation and coach if needed, revoke the coach's tokens, "
        "print DEMO_TOKEN=<a new one>",
    )
    demo.set_defaults(func=runs(_rotate_demo_token))


@contextlib.asynccontextmanager
async def _database(settings: Settings) -> AsyncIterator[asyncpg.Connection]:
    """A connection as the app's role to the migrated schema, closed afterwards."""
    from projections.database import connect
    from projections.migrate import require_migrated

    await require_migrated(settings)
    conn = await connect(settings)
    try:
        yield conn
    finally:
        await conn.close()


async def _create_org(args: argparse.Namespace, settings: Settings) -> int:
    async with _database(settings) as conn:
        await admin.create_org(conn, args.org_id, args.name, args.features, args.principle)
    print(f"organisation {args.org_id} saved", file=sys.stderr)
    return 0


async def _create_user(args: argparse.Namespace, settings: Settings) -> int:
    async with _database(settings) as conn:
        await admin.create_user(conn, args.user_id, args.org, args.role, args.principle)
    print(f"user {args.user_id} is {args.role} of {args.org}", file=sys.stderr)
    return 0


async def _issue_token(args: argparse.Namespace, settings: Settings) -> int:
    async with _database(settings) as conn:
        issued = await admin.issue(conn, args.user_id, settings.token_ttl_days)
    print(issued.token)
    print(
        f"token {issued.token_id} for {args.user_id}, expires {issued.expires_at.isoformat()}",
        file=sys.stderr,
    )
    return 0


async def _list_tokens(args: argparse.Namespace, settings: Settings) -> int:
    async with _database(settings) as conn:
        tokens = await admin.list_tokens(conn, args.user_id)
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "id": t.token_id,
            "created_at": t.created_at.isoformat(),
            "expires_at": t.expires_at.isoformat(),
            "revoked_at": t.revoked_at.isoformat() if t.revoked_at else None,
            "status": t.status(now),
        }
        for t in tokens
    ]
    if args.json:
        for row in rows:
            print(json.dumps(row))
        return 0
    print("ID\tSTATUS\tCREATED\tEXPIRES\tREVOKED")
    for row in rows:
        print(
            "\t".join(
                str(row[k] or "-")
                for k in ("id", "status", "created_at", "expires_at", "revoked_at")
            )
        )
    return 0


async def _revoke_token(args: argparse.Namespace, settings: Settings) -> int:
    if (args.token_id is None) == (args.token is None):
        raise admin.AdminError("give the token's id: revoke-token --id ID (see list-tokens)")
    async with _database(settings) as conn:
        if args.token_id is not None:
            await admin.revoke_token_id(conn, args.token_id)
        else:
            print(
                "warning: revoke-token TOKEN is deprecated (the token ends up in ps and shell "
                "history); use revoke-token --id ID",
                file=sys.stderr,
            )
            await admin.revoke_token(conn, args.token)
    print("token revoked", file=sys.stderr)
    return 0


async def _add_workout(args: argparse.Namespace, settings: Settings) -> int:
    from schemas.workout import LibraryWorkout

    try:
        data = json.loads(args.file.read_text())
        if not isinstance(data, dict):
            raise admin.AdminError("the workout file must hold a JSON object")
        data.setdefault("id", data.pop("library_workout_id", None) or uuid.uuid4().hex)
        workout = LibraryWorkout.model_validate(data)
    except json.JSONDecodeError as exc:
        raise admin.AdminError(f"{args.file} is not valid JSON: {exc}") from None
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_url=False)
        )
        raise admin.AdminError(f"{args.file} is not a valid workout: {problems}") from None
    async with _database(settings) as conn:
        print(await admin.add_workout(conn, args.org_id, workout.model_dump(mode="json")))
    return 0


async def _rotate_demo_token(args: argparse.Namespace, settings: Settings) -> int:
    async with _database(settings) as conn:
        issued = await admin.rotate_demo_token(conn, settings.token_ttl_days)
    print(f"DEMO_TOKEN={issued.token}")
    print(
        f"demo token {issued.token_id}, expires {issued.expires_at.isoformat()}; "
        "earlier demo tokens revoked",
        file=sys.stderr,
    )
    return 0
