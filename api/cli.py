"""The `coach-agent` command: admin, the three services, and the offline planner.

This module is the composition root: it may import every package.
"""

import argparse
import asyncio
import contextlib
import json
import logging
import sys
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import asyncpg
from pydantic import ValidationError

from api import admin
from schemas.settings import Settings

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coach-agent", description=__doc__)
    commands = parser.add_subparsers(title="commands")
    _add_admin(commands)
    _add_services(commands)
    from agents.offline_cli import add_offline_commands

    add_offline_commands(commands)
    return parser


def _runs(handler: Handler) -> Callable[[argparse.Namespace], int]:
    """Run an async handler with settings from the environment; errors become one line."""

    def run(args: argparse.Namespace) -> int:
        try:
            return asyncio.run(handler(args, Settings()))
        except admin.AdminError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        except (OSError, asyncpg.PostgresError) as exc:
            print(f"error: cannot use the database: {exc}", file=sys.stderr)
            return 1

    return run


def _add_admin(commands: Any) -> None:
    group = commands.add_parser("admin", help="manage organisations, users and tokens")
    sub = group.add_subparsers(title="admin commands", required=True)

    org = sub.add_parser("create-org", help="create or update an organisation")
    org.add_argument("org_id")
    org.add_argument("--name", required=True)
    org.add_argument("--feature", action="append", default=[], dest="features")
    org.add_argument("--principle")
    org.set_defaults(func=_runs(_create_org))

    user = sub.add_parser("create-user", help="create a user or update a membership")
    user.add_argument("user_id")
    user.add_argument("--org", required=True)
    user.add_argument("--role", required=True, choices=admin.ROLES)
    user.add_argument("--principle")
    user.set_defaults(func=_runs(_create_user))

    issue = sub.add_parser("issue-token", help="issue a token; prints it alone")
    issue.add_argument("user_id")
    issue.set_defaults(func=_runs(_issue_token))

    revoke = sub.add_parser("revoke-token", help="revoke a token")
    revoke.add_argument("token", help="the token (put -- before one that starts with -)")
    revoke.set_defaults(func=_runs(_revoke_token))

    workout = sub.add_parser("add-workout", help="add a library workout; prints its id")
    workout.add_argument("org_id")
    workout.add_argument("--file", required=True, type=Path)
    workout.set_defaults(func=_runs(_add_workout))

    demo = sub.add_parser("demo", help="create the demo organisation and coach; print a token")
    demo.set_defaults(func=_runs(_demo))


@contextlib.asynccontextmanager
async def _database(settings: Settings) -> AsyncIterator[asyncpg.Connection]:
    """A connection to the migrated schema, closed afterwards."""
    from projections.migrate import migrate, quote_schema

    await migrate(settings.database_url, settings.database_schema)
    conn = await asyncpg.connect(
        settings.database_url,
        server_settings={"search_path": quote_schema(settings.database_schema)},
    )
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
        print(await admin.issue_token(conn, args.user_id))
    return 0


async def _revoke_token(args: argparse.Namespace, settings: Settings) -> int:
    async with _database(settings) as conn:
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


async def _demo(args: argparse.Namespace, settings: Settings) -> int:
    async with _database(settings) as conn:
        await admin.create_org(conn, "demo", "Demo Running Club", ["coach_agent"], None)
        await admin.create_user(conn, "demo-coach", "demo", "coach", None)
        token = await admin.issue_token(conn, "demo-coach")
    print(f"DEMO_TOKEN={token}")
    return 0


def _add_services(commands: Any) -> None:
    api = commands.add_parser("serve-api", help="run the HTTP api (uvicorn)")
    api.set_defaults(func=_serve_api)
    agents = commands.add_parser("serve-agents", help="run the Faust agents worker")
    agents.set_defaults(func=_serve_agents)
    projector = commands.add_parser("serve-projector", help="run the projector")
    projector.set_defaults(func=_serve_projector)
    rebuild = commands.add_parser(
        "rebuild-projections", help="empty the read models; the projector replays the log"
    )
    rebuild.set_defaults(func=_runs(_rebuild))
    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(func=_runs(_migrate))
    replay = commands.add_parser(
        "replay",
        help="run a logged request again under the configured provider and compare (JSON)",
    )
    replay.add_argument("request_id")
    replay.set_defaults(func=_runs(_replay))
    schema = commands.add_parser("events-schema", help="print the JSON Schema of the events")
    schema.set_defaults(func=_events_schema)


def _logged_settings() -> Settings:
    """The settings of a service, with logging set up as they say (COACH_LOG_FORMAT)."""
    from api.logs import configure_logging

    settings = Settings()
    configure_logging(settings.log_format, settings.log_level)
    return settings


def _serve_api(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    from api.serving import server_config
    from projections.migrate import migrate

    settings = _logged_settings()
    applied = asyncio.run(migrate(settings.database_url, settings.database_schema))
    log.info("migrations applied: %s", ", ".join(applied) or "none pending")
    uvicorn.Server(server_config(create_app(settings), settings)).run()
    return 0


def _use_uvloop() -> None:
    """The long-running services run on uvloop, a faster event loop for the same asyncio."""
    import uvloop

    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def _serve_agents(args: argparse.Namespace) -> int:
    from agents.app import run_worker

    _use_uvloop()
    run_worker(_logged_settings())
    return 0


def _serve_projector(args: argparse.Namespace) -> int:
    from projections.app import serve

    _use_uvloop()
    asyncio.run(serve(_logged_settings()))
    return 0


async def _rebuild(args: argparse.Namespace, settings: Settings) -> int:
    from projections.app import rebuild

    await rebuild(settings)
    print("read models emptied; the projector rebuilds them from the log", file=sys.stderr)
    return 0


async def _migrate(args: argparse.Namespace, settings: Settings) -> int:
    from projections.migrate import migrate

    applied = await migrate(settings.database_url, settings.database_schema)
    print(f"migrations applied: {', '.join(applied) or 'none pending'}", file=sys.stderr)
    return 0


async def _replay(args: argparse.Namespace, settings: Settings) -> int:
    from agents.evaluate import replay
    from agents.planning import DraftParseError
    from agents.providers import ProviderError, close_provider, provider_for
    from projections.replay import NotInLog, recorded_generation

    provider = provider_for(settings)
    try:
        recorded = await recorded_generation(settings, args.request_id)
        comparison = await replay(recorded, provider)
    except NotInLog as exc:
        raise admin.AdminError(str(exc)) from None
    except (DraftParseError, ProviderError) as exc:
        raise admin.AdminError(f"the replay failed: {exc}") from None
    finally:
        await close_provider(provider)
    print(json.dumps(comparison, indent=2))
    return 0


def _events_schema(args: argparse.Namespace) -> int:
    from schemas.events import event_json_schema

    print(json.dumps(event_json_schema(), indent=2))
    return 0
