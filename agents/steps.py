"""The draft and structure steps: call the provider, emit what it produced, in order."""

from agents.emitter import Emitter
from agents.planning import PlanParams, diff_drafts
from agents.providers.base import DraftChunk, PlanNotes, Provider
from agents.source_drafts import SourceDrafts
from schemas.draft_diff import DraftDiff
from schemas.events import PlanRequested, TokenUsage
from schemas.notes import Note
from schemas.workout import WeekInfo

PROGRESS_STEP = 25


def plan_params(requested: PlanRequested) -> PlanParams:
    echo = requested.request
    return PlanParams(
        weeks=echo.weeks,
        level=echo.level,
        additional_prompt=echo.additional_prompt,
        training_principle=requested.training_principle,
        start_date=echo.start_date,
    )


async def run_draft(requested: PlanRequested, emitter: Emitter, provider: Provider) -> None:
    params = plan_params(requested)
    await emitter.progress(status="planning", message="Reading the request", progress=5)
    parts: list[str] = []
    last: DraftChunk | None = None
    reported = 5
    async for chunk in provider.write_draft(params):
        parts.append(chunk.text)
        last = chunk
        progress = min(95, 5 + int(90 * chunk.fraction_done))
        # A few rising steps tell a client enough; a record per week of a planner that
        # writes the whole draft at once would only load the broker.
        if progress - reported >= PROGRESS_STEP:
            reported = progress
            await emitter.progress(
                status="writing",
                message=f"Wrote {chunk.label}",
                progress=progress,
            )
    await emitter.draft_generated(
        draft="".join(parts),
        training_principle=requested.training_principle,
        usage=last.usage if last else None,
        raw_answer=last.raw_answer if last else None,
    )


async def run_plan(
    requested: PlanRequested,
    emitter: Emitter,
    provider: Provider,
    drafts: SourceDrafts | None = None,
) -> None:
    """Each week's workouts and summary as soon as the provider has the week, then the plan.

    A plan that names its draft (`draft_request_id`) is compared with it line by line:
    the lines the coach kept are read with confidence, and the diff is in PlanGenerated.
    """
    params = plan_params(requested)
    diff = await compared(requested, drafts)
    weeks = params.weeks
    await emitter.progress(
        status="parsing",
        message="Reading the approved draft",
        progress=5,
        count=0,
        total=weeks,
    )
    weekly_info: dict[str, WeekInfo] = {}
    notes: list[Note] = []
    usage = TokenUsage()
    count = 0
    structured = provider.structure(
        params,
        requested.refined_draft or "",
        requested.library,
        requested.request.workout_preference,
        diff.kept_lines() if diff else frozenset(),
    )
    async for item in structured:
        if isinstance(item, PlanNotes):
            notes.extend(item.notes)
            usage = item.usage or usage
            continue
        # Each week's events name what produced that week (a provider's own by default).
        for workout in item.workouts:
            await emitter.workout_generated(index=count, workout=workout, made_by=item.made_by)
            count += 1
        weekly_info[str(item.number)] = item.info
        notes.extend(item.notes)
        await emitter.week_completed(
            week=item.number,
            info=item.info,
            made_by=item.made_by,
            answers=item.answers,
            fallback=item.fallback,
            violations=item.violations,
        )
        await emitter.progress(
            status="structuring",
            message=f"Week {item.number} of {weeks}",
            progress=min(95, 5 + int(90 * len(weekly_info) / weeks)),
            count=len(weekly_info),
            total=weeks,
        )
        # A week's events go out now: the plan editor shows them while later weeks run.
        await emitter.flush()
    await emitter.plan_generated(
        total_workouts=count,
        weekly_info=weekly_info,
        training_principle=requested.training_principle,
        notes=sorted(notes, key=_note_order),
        usage=usage if usage.calls else None,
        draft_diff=diff,
    )


async def compared(requested: PlanRequested, drafts: SourceDrafts | None) -> DraftDiff | None:
    """The refined draft against the draft it names, if it names one."""
    source_id = requested.request.draft_request_id
    if source_id is None or drafts is None:
        return None
    source = await drafts.draft_text(source_id, requested.org_id)
    if source is None:
        return DraftDiff.not_found(source_id)
    return DraftDiff.of(source_id, diff_drafts(source, requested.refined_draft or ""))


def _note_order(note: Note) -> tuple[int, int]:
    return (note.week or 0, note.line or 0)
