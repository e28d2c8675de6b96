"""What a 12-week plan costs in model calls and tokens, from the prompts the provider sends.

Builds the exact messages of the draft step and of the structure step for a 12-week
plan whose every week needs the model (a prose draft), and a typical answer for each
(the built-in planner's own workouts, in the model's answer format), and counts
tokens at about four characters each (a common rule of thumb for English text and
JSON; a real tokenizer differs by some 10-20%).

    .venv/bin/python scripts/model_cost.py
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agents.planning import PlanParams, make_draft, make_plan, paces_for, read_draft
from agents.providers.model_week import response_format
from agents.providers.prompt_files import conversation, prompt_version, render
from agents.providers.week_check import PlanFrame
from agents.providers.week_lines import WeekLines
from agents.providers.week_prompt import week_request

WEEKS = 12
CHARS_PER_TOKEN = 4


def tokens(text: str) -> int:
    return max(1, len(text) // CHARS_PER_TOKEN)


def prose(draft: str) -> str:
    """The planner's draft with every week's first day line rewritten as a coach's aside."""
    lines, seen = [], set()
    for line in draft.splitlines():
        week = line.lower().startswith("week ")
        if week:
            seen.discard("day")
        elif line[:4] in ("Tue:", "Wed:") and "day" not in seen:
            seen.add("day")
            line = f"{line[:4]} club session, whatever the coach there says"
        lines.append(line)
    return "\n".join(lines) + "\n"


def answer_for(result_week: list[dict[str, object]]) -> str:
    workouts = [
        {
            "day": w["day"],
            "name": w["name"],
            "description": w["description"],
            "sub_type": w["sub_type"],
            "segments": [
                {
                    "type": s["type"],
                    "duration_s": s["duration"],
                    "distance_m": s["distance"],
                    "repeat": s["repeat"],
                    "zone": s["intensity"]["zone"],  # type: ignore[index]
                    "pace": s["intensity"]["pace"],  # type: ignore[index]
                    "description": s["description"],
                }
                for s in w["segments"]  # type: ignore[attr-defined]
            ],
        }
        for w in result_week
    ]
    lines = [{"line": 3, "used": True, "how": "an easy run with the club, 45 min"}]
    return json.dumps({"workouts": workouts, "lines": lines})


def main() -> None:
    params = PlanParams(
        weeks=WEEKS, level="intermediate", additional_prompt="Half marathon at the end"
    )
    reference = make_draft(params)
    draft_messages = conversation(
        render("draft_system"),
        render(
            "draft_request",
            weeks=WEEKS,
            level=params.level,
            principle="none given; use sound periodisation",
            instructions=params.additional_prompt,
            start="not given",
            reference=reference.strip(),
        ),
    )
    draft_in = sum(tokens(m["content"]) for m in draft_messages)  # type: ignore[arg-type]
    draft_out = tokens(reference)
    text = prose(reference)
    reading = read_draft(text)
    plan = make_plan(params, reference)
    frame = PlanFrame(params, reading.plan_as_read(), paces_for(reading.header.vdot))
    schema = json.dumps(response_format())
    week_in, week_out, calls = 0, 0, 0
    for week in reading.weeks:
        request = week_request(WeekLines.of(week), frame, None)
        messages = conversation(render("structure_system"), request)
        week_in += sum(tokens(m["content"]) for m in messages) + tokens(schema)  # type: ignore[arg-type]
        workouts = [w.model_dump(mode="json") for w in plan.content if w.week == week.number]
        week_out += tokens(answer_for(workouts))
        calls += 1
    print(f"prompt version {prompt_version()}, {WEEKS}-week intermediate plan")
    print(f"{'step':<28}{'calls':>6}{'prompt tokens':>15}{'completion tokens':>19}")
    print(f"{'draft (streamed)':<28}{1:>6}{draft_in:>15}{draft_out:>19}")
    print(f"{'structure, every week':<28}{calls:>6}{week_in:>15}{week_out:>19}")
    print(
        f"{'total, no repair':<28}{calls + 1:>6}{draft_in + week_in:>15}{draft_out + week_out:>19}"
    )
    print("a repair round adds one call of about the same size as the call it repairs")
    print("a draft in the planner's own format, edited by a coach: structure costs 0 calls")


if __name__ == "__main__":
    main()
