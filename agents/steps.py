"""The draft and structure steps: call the provider, emit what it produced, in order."""

from collections import defaultdict

from agents.emitter import Emitter
from agents.planning import PlanParams, validate_plan
from agents.providers.base import Provider
from schemas.events import (
    DraftGenerated,
    GenerationProgress,
    PlanGenerated,
    PlanRequested,
    WeekCompleted,
    WorkoutGenerated,
)
from schemas.notes import Note
from schemas.workout import Workout


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
    await emitter.emit(
        GenerationProgress, status="planning", message="Reading the request", progress=5
    )
    parts: list[str] = []
    async for chunk in provider.write_draft(params):
        parts.append(chunk.text)
        await emitter.emit(
            GenerationProgress,
            status="writing",
            message=f"Wrote {chunk.label}",
            progress=min(95, 5 + int(90 * chunk.fraction_done)),
        )
    await emitter.emit(
        DraftGenerated, draft="".join(parts), training_principle=requested.training_principle
    )


async def run_plan(requested: PlanRequested, emitter: Emitter, provider: Provider) -> None:
    params = plan_params(requested)
    await emitter.emit(
        GenerationProgress, status="parsing", message="Reading the approved draft", progress=5
    )
    result = await provider.structure(
        params,
        requested.refined_draft or "",
        requested.library,
        requested.request.workout_preference,
    )
    workouts = result.content
    by_week: dict[int, list[Workout]] = defaultdict(list)
    for workout in workouts:
        by_week[workout.week].append(workout)
    count = 0
    for week in range(1, params.weeks + 1):
        for workout in by_week.get(week, []):
            await emitter.emit(WorkoutGenerated, index=count, total=len(workouts), workout=workout)
            count += 1
            await emitter.emit(
                GenerationProgress,
                status="structuring",
                message=f"Workout {count} of {len(workouts)}",
                progress=min(95, 5 + int(90 * count / max(1, len(workouts)))),
                count=count,
                total=len(workouts),
            )
        if str(week) in result.weekly_info:
            await emitter.emit(WeekCompleted, week=week, info=result.weekly_info[str(week)])
        await emitter.flush()
    warnings = [
        Note(kind="warning", week=v.week, message=v.message)
        for v in validate_plan(result, params)
        if v.severity == "warning"
    ]
    await emitter.emit(
        PlanGenerated,
        total_workouts=len(workouts),
        weekly_info=result.weekly_info,
        training_principle=requested.training_principle,
        notes=list(result.notes),
    )
