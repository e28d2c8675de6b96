"""The planning core and the workout schemas import nothing that does I/O."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FORBIDDEN = {
    "kafka",
    "aiokafka",
    "faust",
    "asyncpg",
    "psycopg",
    "httpx",
    "openai",
    "socket",
    "requests",
    "urllib",
    "aiohttp",
    "subprocess",
    "starlette",
    "uvicorn",
    "os",
    "pathlib",
    "io",
    "shutil",
    "sqlite3",
    "logging",
}
PLANNING = ROOT / "agents" / "planning"
# Every module of every room, however deep: a new room is checked without being listed.
FILES = [*sorted(PLANNING.rglob("*.py")), ROOT / "schemas" / "workout.py"]


def imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def calls_builtin(path: Path, name: str) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name
        for n in ast.walk(tree)
    )


def module_id(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_purity_walks_every_room() -> None:
    rooms = {path.parent.name for path in FILES if path.parent != PLANNING}
    assert {"core", "instructions", "build", "draft", "structure", "check"} <= rooms


@pytest.mark.parametrize("path", FILES, ids=module_id)
def test_planning_module_imports_no_io_library(path: Path) -> None:
    assert imported_roots(path) & FORBIDDEN == set()


@pytest.mark.parametrize("path", FILES, ids=module_id)
def test_planning_module_neither_prints_nor_opens_files(path: Path) -> None:
    assert not calls_builtin(path, "print")
    assert not calls_builtin(path, "open")


def test_schemas_workout_imports_only_pydantic_and_stdlib() -> None:
    roots = imported_roots(ROOT / "schemas" / "workout.py")
    assert roots <= {"__future__", "typing", "pydantic"}
