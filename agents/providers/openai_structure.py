"""Structuring an approved draft with a model, week by week, emitted in order as each is ready.

The deterministic reader is the first pass. A week it read with confidence, line by line,
skips the model. A week with any line it could not read with confidence goes to the model
as a whole (the week's text, the plan's context, and what the reader did understand); the
answer is checked by the Workout schema and the validator's week rules, corrected once
with the problems fed back, or the generation fails clearly. Weeks run concurrently
(bounded); each is yielded as soon as it and every week before it are done.
"""

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Sequence

from agents.planning import (
    DraftParseError,
    DraftReading,
    Plan,
    PlanParams,
    PlanResult,
    Preference,
    WeekReading,
    read_draft,
    structure_week,
    validate_plan,
    warning_notes,
)
from agents.planning.draft_render import render_day
from agents.planning.library import find_match, from_library
from agents.planning.model import WEEKDAY_NAMES
from agents.planning.paces import Paces, paces_for
from agents.planning.structure import week_monday
from agents.providers.base import PlanNotes, ProviderError, StructuredWeek
from agents.providers.model_week import ModelWeek, parse_answer, response_format, workouts_of
from agents.providers.openai_client import Answer, ModelClient
from agents.providers.prompt_files import conversation, render, with_repair
from schemas.events import TokenUsage
from schemas.notes import Note
from schemas.workout import LibraryWorkout, WeekInfo, Workout

# The validator's rules that one week can break on its own (the others need its neighbours).
WEEK_RULES = frozenset(
    {
        "segment-totals",
        "week-totals",
        "one-workout-a-day",
        "zone",
        "pace",
        "hard-easy",
        "rest-days",
        "dates",
    }
)
MAX_LISTED = 8


class ModelStructurer:
    """One plan's structuring: the reading, the context, and each week's model call."""

    def __init__(
        self,
        client: ModelClient,
        params: PlanParams,
        reading: DraftReading,
        library: Sequence[LibraryWorkout],
        preference: Preference,
    ) -> None:
        self.client = client
        self.params = params
        self.reading = reading
        self.library = library
        self.preference = preference
        self.paces = paces_for(reading.header.vdot)
        self.plan = Plan(
            level=reading.header.level,
            vdot=reading.header.vdot,
            race=reading.header.race,
            notes=reading.header.lines,
            weeks=tuple(week.week for week in reading.weeks),
        )

    async def week(self, week: WeekReading) -> StructuredWeek:
        if week.usable and not asked(week):
            workouts, info, notes = structure_week(
                week.week, self.plan, self.params, self.library, self.preference
            )
            return StructuredWeek(week.number, workouts, info, [*week.notes, *notes])
        return await self._with_model(week)

    async def _with_model(self, week: WeekReading) -> StructuredWeek:
        messages = conversation(
            render("structure_system", self.client.prompts_folder), self._request(week)
        )
        first = await self.client.complete_json(messages, response_format())
        usage = first.usage
        answer, workouts, problems = self._check(week, first)
        if problems:
            repair = render(
                "structure_repair", self.client.prompts_folder, problems=listed(problems)
            )
            second = await self.client.complete_json(
                with_repair(messages, first.text, repair), response_format()
            )
            usage = usage + second.usage
            answer, workouts, problems = self._check(week, second)
        if problems or answer is None:
            raise ProviderError(
                f"week {week.number}: the model's answer could not be used, even after one "
                f"correction: {listed(problems)}",
                usage=usage,
                raw_answer=first.text,
            )
        kept, notes = self._dated_and_library(week, workouts)
        notes = [*self._line_notes(week, answer), *notes]
        info = week_info(week, kept)
        return StructuredWeek(week.number, kept, info, notes, usage, first.text)

    def _check(
        self, week: WeekReading, answer: Answer
    ) -> tuple[ModelWeek | None, list[Workout], list[str]]:
        parsed, problems = parse_answer(answer.text)
        if parsed is None:
            return None, [], problems
        monday = self._monday(week.number)
        workouts, problems = workouts_of(parsed, week.number, week.week.phase, self.paces, monday)
        if problems:
            return parsed, workouts, problems
        result = PlanResult(
            content=workouts, weekly_info={str(week.number): week_info(week, workouts)}, notes=[]
        )
        errors = [
            f"{WEEKDAY_NAMES[v.day - 1] + ': ' if v.day else ''}{v.message} [{v.rule}]"
            for v in validate_plan(result, self.params)
            if v.severity == "error" and v.rule in WEEK_RULES
        ]
        return parsed, workouts, errors

    def _monday(self, number: int) -> dt.date | None:
        start = self.params.start_date
        return week_monday(start) + dt.timedelta(weeks=number - 1) if start else None

    def _dated_and_library(
        self, week: WeekReading, workouts: list[Workout]
    ) -> tuple[list[Workout], list[Note]]:
        kept, notes = [], []
        start = self.params.start_date
        for workout in workouts:
            name = WEEKDAY_NAMES[workout.day - 1]
            if start and workout.date and dt.date.fromisoformat(workout.date) < start:
                message = f"{name}: before the start date {start}, left out"
                notes.append(Note(kind="changed", week=week.number, message=message))
                continue
            chosen = self._library(workout)
            if chosen is None:
                message = f"{name}: skipped, no fitting library workout (strict_existing)"
                notes.append(Note(kind="changed", week=week.number, message=message))
            else:
                kept.append(chosen)
        return kept, notes

    def _library(self, workout: Workout) -> Workout | None:
        if self.preference == "ai_generate":
            return workout
        match = find_match(workout, self.library)
        if match is not None:
            return from_library(workout, match)
        return None if self.preference == "strict_existing" else workout

    def _line_notes(self, week: WeekReading, answer: ModelWeek) -> list[Note]:
        """The reader's notes on lines it was sure of, and the model's word on the others."""
        unsure = set(asked(week))
        texts = dict(week.lines)
        notes = [n for n in week.notes if n.line is None or n.line not in unsure]
        said = {item.line: item for item in answer.lines if item.line in unsure}
        for line in sorted(unsure):
            item = said.get(line)
            if item is not None and not item.used:
                kind, message = "not_used", f"not used by the model: {item.how}"
            else:
                how = item.how if item is not None else "with the rest of the week"
                kind, message = "changed", f"read by the model ({self.client.model}): {how}"
            notes.append(
                Note(kind=kind, week=week.number, line=line, text=texts.get(line), message=message)  # type: ignore[arg-type]
            )
        return notes

    def _request(self, week: WeekReading) -> str:
        params = self.params
        sources = dict(zip(week.sources, week.week.days, strict=False))
        sure = [
            f"line {line} ({WEEKDAY_NAMES[day.weekday - 1]}): {render_day(day, self.paces)}"
            for line, day in sources.items()
            if line not in asked(week)
        ]
        text = "\n".join(f"{line}: {content}" for line, content in week.lines)
        return render(
            "structure_week",
            self.client.prompts_folder,
            weeks=params.weeks,
            level=params.level,
            week=week.number,
            phase=week.week.phase,
            cutback=", a lighter cutback week" if week.week.cutback else "",
            vdot=f"{self.paces.vdot:.1f}",
            paces=paces_text(self.paces),
            principle=params.training_principle or "none given",
            guidance=params.additional_prompt or "none",
            dates=self._dates_text(week.number),
            week_text=f"{week.line}: {week.header}\n{text}",
            sure="\n".join(sure) or "none",
            unsure=", ".join(f"line {line}" for line in asked(week)) or "none",
        )

    def _dates_text(self, number: int) -> str:
        monday = self._monday(number)
        if monday is None:
            return "No calendar dates: the plan has no start date."
        sunday = monday + dt.timedelta(days=6)
        start = self.params.start_date
        before = f" The plan starts on {start}: no workout before it." if start > monday else ""  # type: ignore[operator]
        return f"This week runs from Monday {monday} to Sunday {sunday}.{before}"


async def structure_with_model(
    client: ModelClient,
    params: PlanParams,
    draft: str,
    library: Sequence[LibraryWorkout],
    preference: Preference,
    concurrency: int,
) -> AsyncIterator[StructuredWeek | PlanNotes]:
    """Every week in order as soon as it is ready, then the plan's notes and total cost."""
    reading = read_draft(draft)
    if len(reading.weeks) != params.weeks:
        raise DraftParseError(
            None, f"the draft has {len(reading.weeks)} weeks but the request says {params.weeks}"
        )
    structurer = ModelStructurer(client, params, reading, library, preference)
    slots = asyncio.Semaphore(max(1, concurrency))

    async def bounded(week: WeekReading) -> StructuredWeek:
        async with slots:
            return await structurer.week(week)

    tasks = [asyncio.create_task(bounded(week)) for week in reading.weeks]
    done: list[StructuredWeek] = []
    try:
        for task in tasks:
            done.append(await task)
            yield done[-1]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    result = PlanResult(
        content=[w for week in done for w in week.workouts],
        weekly_info={str(week.number): week.info for week in done},
        notes=[],
    )
    usage = sum((week.usage for week in done if week.usage), TokenUsage())
    notes = [*reading.header.notes, *warning_notes(result, params)]
    yield PlanNotes(notes, usage if usage.calls else None)


def asked(week: WeekReading) -> list[int]:
    """The lines a model is asked about: those read without confidence, but not the week's
    header (a changed volume figure there is only arithmetic)."""
    return [line for line in week.unsure if line != week.line]


def week_info(week: WeekReading, workouts: list[Workout]) -> WeekInfo:
    running = [w for w in workouts if w.sub_type != "cross-training"]
    return WeekInfo(
        phase=week.week.phase,
        focus=week.week.focus,
        total_distance=sum(w.distance for w in running),
        total_duration=sum(w.duration for w in workouts),
        runs=len(running),
        cutback=week.week.cutback,
    )


def paces_text(paces: Paces) -> str:
    names = {"z2": "E", "z3": "M", "z4": "T", "z5": "I", "z6": "R"}
    return " | ".join(f"{name} {paces.pace_text(zone)}" for zone, name in names.items())


def listed(problems: list[str]) -> str:
    more = f" (and {len(problems) - MAX_LISTED} more)" if len(problems) > MAX_LISTED else ""
    return "; ".join(problems[:MAX_LISTED]) + more
