"""The `coach-agent` command: admin, the three services, and the offline planner.

This module is the composition root: it may import every package.
"""

import argparse
import asyncio
import gc
import json
import logging
import sys
from typing import Any

from api.admin_cli import add_admin_commands, runs
from projections.migrate import NotMigrated
from schemas.settings import Settings, secret_values

log = logging.getLogger(__name__)

# The young generation's size for the long-running services (CPython's default is 700).
YOUNG_GENERATION = 10_000


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
    from api.serving import server_config

    settings = _logged_settings()
    if not _migrated(settings):
        return 1
    server = uvicorn.Server(server_config(create_app(settings), settings))
    _settle_heap()
    server.run()
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


def _settle_heap() -> None:
    """Keep the cyclic garbage collector's pauses short in a long-running service.

    What start-up made (modules, classes, the app: about 100,000 objects) lives as long as
    the process, so it is frozen out of the collector's passes. And while a burst's
    streams are taken in, the heap grows several times over (a few hundred thousand
    objects: coroutines, closures, futures); with the default young generation of 700
    that growth ran a full collection at every quarter of it, each a pause of the whole
    event loop of 200-800 ms here. A young generation of 10,000 leaves the full passes
    to a heap that has stopped growing; the young passes each see at most 10,000
    objects. Garbage in cycles is still collected, a little later.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_GENERATION, 10, 10)


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
    _settle_heap()
    run_worker(settings)
    return 0


def _serve_projector(args: argparse.Namespace) -> int:
    from projections.app import serve

    settings = _logged_settings()
    if not _migrated(settings):
        return 1
    _use_uvloop()
    _settle_heap()
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
