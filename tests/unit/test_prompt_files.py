"""Prompt files from a folder outside the package: replaced by name, versioned by content."""

from pathlib import Path

import pytest

from agents.providers import prompt_files as prompt_files_module
from agents.providers.model_week import response_format
from agents.providers.openai_client import JSON_MODE_HINT, structured_request
from agents.providers.prompt_files import (
    PromptFolderError,
    prompt_files,
    prompt_version,
    render,
)


def test_prompt_folder_replaces_the_packages_files_of_the_same_name(tmp_path: Path) -> None:
    (tmp_path / "draft_system.md").write_text("You write plans tersely. {training_rules}")
    assert render("draft_system", str(tmp_path)).startswith("You write plans tersely.")
    assert render("draft_repair", str(tmp_path), problem="x", weeks=3) == render(
        "draft_repair", None, problem="x", weeks=3
    )


def test_prompt_version_follows_the_words_not_the_folder(tmp_path: Path) -> None:
    same = tmp_path / "same"
    same.mkdir()
    (same / "draft_system.md").write_text(prompt_files()["draft_system"])
    other = tmp_path / "other"
    other.mkdir()
    (other / "draft_system.md").write_text("Something else entirely.")
    assert prompt_version(str(same)) == prompt_version()
    assert prompt_version(str(other)) != prompt_version()
    assert prompt_version(str(other)).startswith("openai-")


def test_prompt_folder_with_a_misspelt_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "draft_sytem.md").write_text("typo")
    with pytest.raises(PromptFolderError, match="draft_sytem"):
        prompt_files(str(tmp_path))
    with pytest.raises(PromptFolderError, match="not a directory"):
        prompt_files(str(tmp_path / "missing"))


def test_prompt_version_hashes_the_schema_and_the_json_mode_hint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A model reads the answer's schema and the JSON-mode hint too: a change is a version."""
    baseline = prompt_version()
    messages, _ = structured_request("json_object", [], response_format())
    assert messages[-1]["content"].startswith(JSON_MODE_HINT.split("{")[0])
    try:
        prompt_version.cache_clear()
        monkeypatch.setattr(prompt_files_module, "JSON_MODE_HINT", "Reply in JSON: {schema}")
        hinted = prompt_version()
        monkeypatch.undo()
        prompt_version.cache_clear()
        schema = response_format()
        schema["json_schema"]["schema"]["title"] = "AnotherWeek"
        monkeypatch.setattr(prompt_files_module, "response_format", lambda: schema)
        reshaped = prompt_version()
    finally:
        monkeypatch.undo()
        prompt_version.cache_clear()
    assert len({baseline, hinted, reshaped}) == 3
    assert prompt_version() == baseline
