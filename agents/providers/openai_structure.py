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
    WEEKDAY_NAMES,
    DraftReading,
    PlanParams,
    PlanResult,
    Preference,
    WeekReading,
    paces_for,
    paces_line,
    place_week,
    plan_monday,
    read_draft,
    render_day,
    require_weeks,
    structure_week,
    validate_week,
    warning_notes,
    week_info,
)
from agents.providers.base import PlanNotes, ProviderError, StructuredWeek
from agents.providers.model_week import ModelWeek, read_answer, response_format, workouts_of
from agents.providers.openai_client import Answer, ModelClient
from agents.providers.prompt_files import conversation, render, with_repair
from schemas.events import TokenUsage
from schemas.notes import Note, NoteKind
from schemas.workout import LibraryWorkout, Workout

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
        self.plan = reading.plan_as_read()

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
        # Placed as the built-in path places its weeks: the same dates, library and notes.
        kept, notes = place_week(
            week.number, workouts, self.params.start_date, self.library, self.preference
        )
        notes = [*self._line_notes(week, answer), *notes]
        info = week_info(week.week, kept)
        return StructuredWeek(week.number, kept, info, notes, usage, first.text)

    def _check(
        self, week: WeekReading, answer: Answer
    ) -> tuple[ModelWeek | None, list[Workout], list[str]]:
        model_week, problems = read_answer(answer.text)
        if model_week is None:
            return None, [], problems
        monday = self._monday(week.number)
        workouts, problems = workouts_of(
            model_week, week.number, week.week.phase, self.paces, monday
        )
        if problems:
            return model_week, workouts, problems
        # A day before the start date is left out (and said) as on the built-in path, not
        # refused: only the days the plan keeps are checked.
        placed, _ = place_week(week.number, workouts, self.params.start_date, (), "ai_generate")
        info = week_info(week.week, placed)
        errors = [
            f"{WEEKDAY_NAMES[v.day - 1] + ': ' if v.day else ''}{v.message} [{v.rule}]"
            for v in validate_week(week.number, placed, info, self.params)
            if v.severity == "error"
        ]
        return model_week, workouts, errors

    def _monday(self, number: int) -> dt.date | None:
        start = self.params.start_date
        return plan_monday(start, number) if start else None

    def _line_notes(self, week: WeekReading, answer: ModelWeek) -> list[Note]:
        """The reader's notes on lines it was sure of, and the model's word on the others."""
        unsure = set(asked(week))
        texts = dict(week.lines)
        notes = [n for n in week.notes if n.line is None or n.line not in unsure]
        said = {item.line: item for item in answer.lines if item.line in unsure}
        for line in sorted(unsure):
            item = said.get(line)
            kind: NoteKind
            if item is not None and not item.used:
                kind, message = "not_used", f"not used by the model: {item.how}"
            else:
                how = item.how if item is not None else "with the rest of the week"
                kind, message = "changed", f"read by the model ({self.client.model}): {how}"
            notes.append(
                Note(kind=kind, week=week.number, line=line, text=texts.get(line), message=message)
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
            paces=paces_line(self.paces),
            principle=params.training_principle or "none given",
            guidance=params.additional_prompt or "none",
            dates=self._dates_text(week.number),
            week_text=f"{week.line}: {week.header}\n{text}",
            sure="\n".join(sure) or "none",
            unsure=", ".join(f"line {line}" for line in asked(week)) or "none",
        )

    def _dates_text(self, number: int) -> str:
        start = self.params.start_date
        if start is None:
            return "No calendar dates: the plan has no start date."
        monday = plan_monday(start, number)
        sunday = monday + dt.timedelta(days=6)
        before = f" The plan starts on {start}: no workout before it." if start > monday else ""
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
    require_weeks(reading, params.weeks)
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


def listed(problems: list[str]) -> str:
    more = f" (and {len(problems) - MAX_LISTED} more)" if len(problems) > MAX_LISTED else ""
    return "; ".join(problems[:MAX_LISTED]) + more
