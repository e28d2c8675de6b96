"""Export endpoints: a finished plan as a calendar (.ics) and as watch workouts (.zip of FIT)."""

import datetime as dt
import io
import re
import zipfile
import zlib
from collections import Counter
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api.errors import ApiError
from api.exports.fit import workout_fit
from api.exports.ics import plan_calendar
from api.reads import readable_generation
from schemas.workout import Workout

NOT_A_SLUG = re.compile(r"[^a-z0-9]+")


def routes(base: str) -> list[Route]:
    return [
        Route(f"{base}/generations/{{request_id}}/calendar.ics", calendar_ics),
        Route(f"{base}/generations/{{request_id}}/workouts.zip", workouts_zip),
    ]


async def calendar_ics(request: Request) -> Response:
    record = await readable_generation(request)
    workouts = finished_workouts(record)
    request_id = record["request_id"]
    if not record["request"].get("start_date"):
        raise ApiError(
            409,
            "conflict",
            "this plan has no start_date, so its workouts have no dates: generate the plan "
            "again with a start_date to export it as a calendar",
        )
    plan = record["request"]
    title = f"Training plan: {plan['weeks']} weeks, {plan['level']}"
    body = plan_calendar(request_id, title, workouts, record["finished_at"])
    return _download(body, "text/calendar; charset=utf-8", f"plan-{request_id}.ics", request_id)


async def workouts_zip(request: Request) -> Response:
    record = await readable_generation(request)
    workouts = finished_workouts(record)
    request_id = record["request_id"]
    finished: dt.datetime = record["finished_at"]
    serial_number = zlib.crc32(request_id.encode())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, workout in zip(file_names(workouts), workouts, strict=True):
            # A fixed time inside the archive: the same plan gives the same bytes.
            entry = zipfile.ZipInfo(name, date_time=finished.utctimetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, workout_fit(workout, finished, serial_number))
    return _download(buffer.getvalue(), "application/zip", f"workouts-{request_id}.zip", request_id)


def finished_workouts(record: dict[str, Any]) -> list[Workout]:
    """The workouts of a plan generation that succeeded; 409 for a draft or an unfinished one."""
    request_id = record["request_id"]
    if record["step"] != "plan":
        raise ApiError(
            409,
            "conflict",
            f"generation {request_id!r} is a draft: export the plan generated from it",
        )
    if record["status"] != "succeeded" or record["content"] is None:
        raise ApiError(
            409,
            "conflict",
            f"generation {request_id!r} is {record['status']}, not a finished plan: "
            "export it once it has succeeded",
        )
    return [Workout.model_validate(item) for item in record["content"]]


def file_names(workouts: list[Workout]) -> list[str]:
    """`w03d2-tempo-15-min.fit`: week and day first, so the files sort in plan order."""
    names: list[str] = []
    used: Counter[str] = Counter()
    for workout in workouts:
        slug = NOT_A_SLUG.sub("-", workout.name.lower()).strip("-")[:40] or "workout"
        name = f"w{workout.week:02d}d{workout.day}-{slug}"
        used[name] += 1
        names.append(f"{name}-{used[name]}.fit" if used[name] > 1 else f"{name}.fit")
    return names


def _download(body: bytes, media_type: str, filename: str, request_id: str) -> Response:
    headers = {
        "Content-Disposition": f'attachment; filename="{filename}"',
        "X-Request-ID": request_id,
        "Cache-Control": "no-store",
    }
    return Response(body, media_type=media_type, headers=headers)
