"""Library workouts: added with the admin CLI, reused by generate-plan when asked."""

import json
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import Stack

pytestmark = pytest.mark.e2e

BASE = "/api/v1/ai-coach"
REQUEST = {"weeks": 3, "level": "beginner", "org_id": "demo"}
EASY = {
    "id": "club-easy-30",
    "name": "Club easy 30",
    "description": "Conversational running with the club",
    "sub_type": "easy-run",
    "duration": 1800,
    "distance": 4400,
    "segments": [
        {
            "type": "main",
            "duration": 1800,
            "distance": 4400,
            "repeat": 1,
            "intensity": {"zone": "z2", "pace": None},
            "description": "easy",
        }
    ],
}


def test_add_workout_rejects_an_invalid_file_clearly(stack: Stack, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "no type"}))
    result = stack.cli("admin", "add-workout", "demo", "--file", str(bad), check=False)
    assert result.returncode == 1
    assert "not a valid workout" in result.stderr and "Traceback" not in result.stderr


def test_plan_prefers_and_strictly_uses_library_workouts(stack: Stack, tmp_path: Path) -> None:
    path = tmp_path / "easy.json"
    path.write_text(json.dumps(EASY))
    printed = stack.cli("admin", "add-workout", "demo", "--file", str(path)).stdout.strip()
    assert printed == "club-easy-30"
    headers = {"Authorization": f"Bearer {stack.demo_token}"}
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        draft = client.post(f"{BASE}/generate-draft", json=REQUEST, headers=headers).json()["draft"]
        plans = {
            preference: client.post(
                f"{BASE}/generate-plan",
                json={**REQUEST, "refined_draft": draft, "workout_preference": preference},
                headers=headers,
            )
            for preference in ("ai_generate", "prefer_existing", "strict_existing")
        }
    for response in plans.values():
        assert response.status_code == 200, response.text
    generated = plans["ai_generate"].json()["content"]
    preferred = plans["prefer_existing"].json()["content"]
    strict = plans["strict_existing"].json()["content"]
    assert all(w["source"] == "ai" for w in generated)
    reused = [w for w in preferred if w["source"] == "library"]
    assert reused and all(w["library_workout_id"] == "club-easy-30" for w in reused)
    assert len(preferred) == len(generated)
    assert strict and all(w["source"] == "library" for w in strict)
    assert len(strict) < len(generated)
