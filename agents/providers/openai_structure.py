"""Structuring an approved draft with a model, week by week, emitted in order as each is ready.

The deterministic reader is the first pass. A week whose every line it is sure of skips the
model (and says `builtin` made it). A week with any other line goes to the model: the
week's text, the plan's context, the sure lines as already read, and each unsure line with
the tolerant reading as a hint. The answer is checked (agents/providers/week_check.py),
corrected once with every violation fed back, and when still unusable the week falls back
to the reader's reading with a warning: one bad week never costs the plan. The plan fails
only when the model server cannot be reached (after the client's retries) or when more
weeks fall back than `openai_max_fallback_share` allows. Weeks run concurrently (bounded);
each is yielded as soon as it and every week before it are done.
"""

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Collection, Sequence

from openai.types.chat import ChatCompletionMessageParam as Message

from agents.planning import (
    DraftReading,
    PlanParams,
    PlanResult,
    Preference,
    WeekReading,
    paces_for,
    place_week,
    read_draft,
    require_weeks,
    structure_week,
    warning_notes,
    week_info,
)
from agents.providers.base import PlanNotes, Provenance, ProviderError, StructuredWeek
from agents.providers.builtin import BUILTIN
from agents.providers.model_week import response_format
from agents.providers.openai_client import Answer, ModelClient
from agents.providers.prompt_files import conversation, prompt_version, render, with_repair
from agents.providers.week_check import CheckedAnswer, PlanFrame, check_answer
from agents.providers.week_lines import WeekLines
from agents.providers.week_notes import fallback_notes, model_week_notes, volume_notes
from agents.providers.week_prompt import week_request
from schemas.events import TokenUsage, WeekAnswer
from schemas.workout import LibraryWorkout

MAX_LISTED = 8


class UsageTally:
    """What one plan's model calls cost, every call: used, repaired, fallen back or cancelled."""

    def __init__(self) -> None:
        self.total = TokenUsage()

    def add(self, usage: TokenUsage) -> None:
        self.total = self.total + usage


class ModelStructurer:
    """One plan's structuring: the reading, the context, and each week's model calls."""

    def __init__(
        self,
        client: ModelClient,
        params: PlanParams,
        reading: DraftReading,
        library: Sequence[LibraryWorkout],
        preference: Preference,
        made_by: Provenance,
    ) -> None:
        self.client = client
        self.frame = PlanFrame(params, reading.plan_as_read(), paces_for(reading.header.vdot))
        self.library = library
        self.preference = preference
        self.made_by = made_by
        self.spent = UsageTally()

    async def week(self, week: WeekReading) -> StructuredWeek:
        lines = WeekLines.of(week)
        if not lines.needs_model:
            return self._as_read(lines)
        return await self._with_model(lines)

    def _as_read(
        self,
        lines: WeekLines,
        answers: Sequence[WeekAnswer] = (),
        violations: Sequence[str] = (),
    ) -> StructuredWeek:
        """The week as the reader read it: every line sure, or the fallback of a week whose
        answers could not be used (then with a note on every line and a warning)."""
        workouts, info, notes = structure_week(
            lines.reading.week, self.frame.plan, self.frame.params, self.library, self.preference
        )
        fallback = bool(answers)
        read = fallback_notes(lines, violations, self.frame) if fallback else lines.reading.notes
        return StructuredWeek(
            lines.number,
            workouts,
            info,
            [*read, *notes],
            made_by=BUILTIN,
            answers=list(answers),
            fallback=fallback,
            violations=list(violations),
        )

    async def _with_model(self, lines: WeekLines) -> StructuredWeek:
        request = week_request(lines, self.frame, self.client.prompts_folder)
        messages = conversation(render("structure_system", self.client.prompts_folder), request)
        answers: list[WeekAnswer] = []
        checked = await self._ask(messages, lines, answers)
        if checked.violations:
            repair = render(
                "structure_repair",
                self.client.prompts_folder,
                problems=listed(checked.violations),
            )
            messages = with_repair(messages, answers[-1].raw, repair)
            checked = await self._ask(messages, lines, answers)
        if checked.violations or checked.answer is None:
            return self._as_read(lines, answers, checked.violations)
        return self._model_week(lines, checked, answers)

    async def _ask(
        self, messages: list[Message], lines: WeekLines, answers: list[WeekAnswer]
    ) -> CheckedAnswer:
        """One call, checked; its answer recorded in `answers` and its cost in the tally."""
        answer = await self._call(messages)
        checked = check_answer(answer.text, lines, self.frame)
        violations = checked.violations
        answers.append(WeekAnswer(raw=answer.text, usage=answer.usage, violations=violations))
        return checked

    async def _call(self, messages: list[Message]) -> Answer:
        try:
            answer = await self.client.complete_json(messages, response_format())
        except asyncio.CancelledError:
            # A call cut off (another week failed the plan) may still be billed: it counts,
            # with the tokens the server never reported.
            self.spent.add(TokenUsage(calls=1))
            raise
        self.spent.add(answer.usage)
        return answer

    def _model_week(
        self, lines: WeekLines, checked: CheckedAnswer, answers: list[WeekAnswer]
    ) -> StructuredWeek:
        """The model's week, placed as the built-in path places its weeks: the same dates,
        library choice and notes."""
        assert checked.answer is not None
        params = self.frame.params
        kept, placed = place_week(
            lines.number, checked.workouts, params.start_date, self.library, self.preference
        )
        info = week_info(lines.reading.week, kept)
        model = self.made_by.model
        notes = [
            *model_week_notes(lines, checked.answer, checked.model_workouts, self.frame, model),
            *volume_notes(lines, info.total_distance),
            *placed,
        ]
        return StructuredWeek(lines.number, kept, info, notes, self.made_by, answers)


async def structure_with_model(
    client: ModelClient,
    params: PlanParams,
    draft: str,
    library: Sequence[LibraryWorkout],
    preference: Preference,
    concurrency: int,
    *,
    made_by: Provenance | None = None,
    kept: Collection[int] = (),
) -> AsyncIterator[StructuredWeek | PlanNotes]:
    """Every week in order as soon as it is ready, then the plan's notes and total cost.
    `kept`: lines the coach kept from the planner's draft (read with confidence)."""
    reading = read_draft(draft, kept)
    require_weeks(reading, params.weeks)
    # A week with nothing to read and nothing to ask is refused as on the built-in path.
    dataclasses.replace(
        reading, weeks=tuple(w for w in reading.weeks if not WeekLines.of(w).asked)
    ).plan()
    made_by = made_by or Provenance("openai", client.model, prompt_version(client.prompts_folder))
    structurer = ModelStructurer(client, params, reading, library, preference, made_by)
    slots = asyncio.Semaphore(max(1, concurrency))

    async def bounded(week: WeekReading) -> StructuredWeek:
        async with slots:
            try:
                return await structurer.week(week)
            except ProviderError as exc:
                raise ProviderError(f"week {week.number}: {exc}") from exc

    tasks = [asyncio.create_task(bounded(week)) for week in reading.weeks]
    done: list[StructuredWeek] = []
    try:
        for task in tasks:
            done.append(await task)
            check_fallbacks(done, len(tasks), client.settings.openai_max_fallback_share)
            yield done[-1]
    except ProviderError as exc:
        await stopped(tasks)
        # The failure costs what every call of the plan cost, those cut off included.
        spent = structurer.spent.total
        raise ProviderError(str(exc), usage=spent if spent.calls else None) from exc
    finally:
        await stopped(tasks)
    result = PlanResult(
        content=[w for week in done for w in week.workouts],
        weekly_info={str(week.number): week.info for week in done},
        notes=[],
    )
    notes = [*reading.header.notes, *warning_notes(result, params)]
    usage = structurer.spent.total
    yield PlanNotes(notes, usage if usage.calls else None)


def check_fallbacks(done: Sequence[StructuredWeek], weeks: int, share: float) -> None:
    """The plan fails once more of its weeks fell back than the share allows."""
    fallen = [week for week in done if week.fallback]
    if len(fallen) <= share * weeks:
        return
    which = ", ".join(str(week.number) for week in fallen)
    raise ProviderError(
        f"the model's answers could not be used for {len(fallen)} of {weeks} weeks "
        f"(weeks {which}; at most {share:.0%} may fall back): the model cannot structure "
        f"this plan. Week {fallen[0].number}: {listed(fallen[0].violations)}"
    )


async def stopped(tasks: Sequence[asyncio.Task[StructuredWeek]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def listed(problems: Sequence[str]) -> str:
    more = f" (and {len(problems) - MAX_LISTED} more)" if len(problems) > MAX_LISTED else ""
    return "; ".join(problems[:MAX_LISTED]) + more
