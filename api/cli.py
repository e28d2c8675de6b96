"""The `coach-agent` command: admin, the three services, and the offline planner.

This module is the composition root: it may import every package.
"""

import argparse
import asyncio
import json
import logging
import sys
from typing import Any

from api.admin_cli import add_admin_commands, runs
from projections.migrate import NotMigrated
from schemas.settings import Settings, secret_values

log = logging.getLogger(__name__)


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
    add_admin_commands(commands)
    _add_services(commands)
    from agents.evaluation.cli import add_eval_commands
    from agents.offline_cli import add_offline_commands

    add_offline_commands(commands)
    add_eval_commands(commands)
    return parser


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
    rebuild.set_defaults(func=runs(_rebuild))
    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(func=runs(_migrate))
    schema = commands.add_parser("events-schema", help="print the JSON Schema of the events")
    schema.set_defaults(func=_events_schema)


def _logged_settings() -> Settings:
    """The settings of a service, with logging set up as they say (COACH_LOG_FORMAT)."""
    from api.logs import configure_logging

    settings = Settings()
    configure_logging(settings.log_format, settings.log_level, secrets=secret_values(settings))
    return settings


def _serve_api(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app

    settings = _logged_settings()
    if not _migrated(settings):
        return 1
    # log_config=None: uvicorn's loggers go through the setup above instead of their own.
    uvicorn.run(
        create_app(settings),
        host=settings.api_host,
        port=settings.api_port,
        # uvloop and httptools: about 1.5 ms less to a stream's first event here.
        loop="uvloop",
        http="httptools",
        log_level=settings.log_level.lower(),
        log_config=None,
    )
    return 0


def _migrated(settings: Settings) -> bool:
    """Whether the schema has every migration; says what to run when it has not. The
    services never migrate: they connect as a role that may not."""
    from projections.migrate import require_migrated

    try:
        asyncio.run(require_migrated(settings))
    except NotMigrated as exc:
        log.error("%s", exc)
        return False
    return True


def _use_uvloop() -> None:
    """The long-running services run on uvloop, a faster event loop for the same asyncio."""
    import uvloop

    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def _serve_agents(args: argparse.Namespace) -> int:
    from agents.app import run_worker

    settings = _logged_settings()
    if not _migrated(settings):
        return 1
    _use_uvloop()
    run_worker(settings)
    return 0


def _serve_projector(args: argparse.Namespace) -> int:
    from projections.app import serve

    settings = _logged_settings()
    if not _migrated(settings):
        return 1
    _use_uvloop()
    asyncio.run(serve(settings))
    return 0


async def _rebuild(args: argparse.Namespace, settings: Settings) -> int:
    from projections.app import rebuild

    await rebuild(settings)
    print("read models emptied; the projector rebuilds them from the log", file=sys.stderr)
    return 0


async def _migrate(args: argparse.Namespace, settings: Settings) -> int:
    from projections.migrate import migrate

    applied = await migrate(settings)
    print(f"migrations applied: {', '.join(applied) or 'none pending'}", file=sys.stderr)
    return 0


def _events_schema(args: argparse.Namespace) -> int:
    from schemas.events import event_json_schema

    print(json.dumps(event_json_schema(), indent=2))
    return 0
