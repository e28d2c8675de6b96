"""The offline `draft` and `plan` commands: output, JSON shape and one-line errors."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from agents.offline_cli import add_offline_commands


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="coach-agent")
    add_offline_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_offline_draft_prints_the_draft(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        [
            "draft",
            "--weeks",
            "3",
            "--level",
            "beginner",
            "--prompt",
            "10K race",
            "--start-date",
            "2025-05-07",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Training plan: 3 weeks, beginner")
    assert "Week 3 | taper" in out and "RACE 10K" in out


def test_offline_plan_prints_content_and_weekly_info(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--weeks", "2", "--level", "intermediate", "--start-date", "2025-05-05"]
    run(["draft", *base])
    draft = tmp_path / "draft.txt"
    draft.write_text(capsys.readouterr().out, encoding="utf-8")
    code = run(["plan", *base, "--draft-file", str(draft)])
    body = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(body) == {"content", "weekly_info", "notes"}
    assert body["content"][0]["date"] == "2025-05-06"
    assert set(body["weekly_info"]) == {"1", "2"}
    assert body["weekly_info"]["1"]["total_distance"] == sum(
        w["distance"] for w in body["content"] if w["week"] == 1
    )


def test_offline_plan_prints_notes_as_json_objects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--weeks", "2", "--level", "intermediate", "--start-date", "2025-05-07"]
    run(["draft", *base])
    edit = "Mon: easy 30 min\nSat: see how you feel"
    text = capsys.readouterr().out.replace("Mon: rest", edit, 1)
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    code = run(["plan", *base, "--draft-file", str(draft)])
    captured = capsys.readouterr()
    notes = json.loads(captured.out)["notes"]
    assert code == 0 and captured.err == ""
    line = text.splitlines().index("Sat: see how you feel") + 1
    assert [n for n in notes if n["kind"] == "not_used"] == [
        {
            "kind": "not_used",
            "week": 1,
            "line": line,
            "text": "Sat: see how you feel",
            "message": "it offers a choice or a condition: say one session",
        }
    ]
    assert {"kind": "changed", "week": 1, "line": None, "text": None} | {
        "message": "Mon: before the start date 2025-05-07, left out"
    } in notes
    assert all(set(n) == {"kind", "week", "line", "text", "message"} for n in notes)


@pytest.mark.parametrize(
    "argv",
    [
        ["draft", "--weeks", "0", "--level", "beginner"],
        ["draft", "--weeks", "12.5", "--level", "beginner"],
        ["draft", "--weeks", "12", "--level", "expert"],
        ["draft", "--weeks", "12", "--level", "beginner", "--start-date", "2025-13-01"],
        ["draft", "--weeks", "12", "--level", "beginner", "--prompt", "x" * 4001],
        ["plan", "--weeks", "12", "--level", "beginner", "--draft-file", "/nonexistent/draft"],
        ["plan", "--weeks", "2", "--level", "beginner", "--draft-file", "-", "--preference", "any"],
    ],
)
def test_offline_invalid_arguments_exit_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("coach-agent: error:")
    assert "Traceback" not in captured.err


def test_offline_plan_with_a_draft_of_other_length_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["draft", "--weeks", "2", "--level", "beginner"])
    draft = tmp_path / "draft.txt"
    draft.write_text(capsys.readouterr().out, encoding="utf-8")
    assert run(["plan", "--weeks", "3", "--level", "beginner", "--draft-file", str(draft)]) == 2
    assert "2 weeks" in capsys.readouterr().err
