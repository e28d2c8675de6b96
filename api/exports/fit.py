"""Workouts as Garmin FIT workout files: timed or measured steps, pace or zone targets."""

import datetime as dt
import re
from collections.abc import Sequence

from fit_tool.fit_file_builder import FitFileBuilder
from fit_tool.profile.messages.file_id_message import FileIdMessage
from fit_tool.profile.messages.workout_message import WorkoutMessage
from fit_tool.profile.messages.workout_step_message import WorkoutStepMessage
from fit_tool.profile.profile_type import (
    FileType,
    Intensity,
    Manufacturer,
    Sport,
    WorkoutStepDuration,
    WorkoutStepTarget,
)

from api.exports.text import SEGMENT_NAMES
from schemas.workout import Segment, Workout

PACE = re.compile(r"^(\d{1,2}):(\d\d)-(\d{1,2}):(\d\d)/km$")
INTENSITIES = {
    "warmup": Intensity.WARMUP,
    "main": Intensity.ACTIVE,
    "interval": Intensity.INTERVAL,
    "recovery": Intensity.RECOVERY,
    "cooldown": Intensity.COOLDOWN,
}
# Garmin heart-rate zones run 1-5; the plan's z6 (repetition pace) is the top one.
TOP_HR_ZONE = 5
# The planner writes distance-prescribed blocks (800 m reps, an 8.5 km long run) in
# whole hundreds of metres; everything else it sizes by time and derives the metres.
DISTANCE_STEP_M = 100
# Strings longer than this are cut by the builder's field definition; names are short.
STRING_BYTES = 64


def workout_fit(workout: Workout, created: dt.datetime, serial_number: int) -> bytes:
    """One FIT workout file (file type `workout`) for one planned workout."""
    file_id = FileIdMessage()
    file_id.type = FileType.WORKOUT
    file_id.manufacturer = Manufacturer.DEVELOPMENT.value
    file_id.product = 0
    file_id.serial_number = serial_number
    file_id.time_created = round(created.timestamp() * 1000)
    steps = workout_steps(workout.segments)
    message = WorkoutMessage()
    message.workout_name = workout.name
    message.sport = Sport.GENERIC if workout.sub_type == "cross-training" else Sport.RUNNING
    message.num_valid_steps = len(steps)
    builder = FitFileBuilder(auto_define=True, min_string_size=STRING_BYTES)
    builder.add(file_id)
    builder.add(message)
    builder.add_all(steps)
    data: bytes = builder.build().to_bytes()
    return data


def workout_steps(segments: Sequence[Segment]) -> list[WorkoutStepMessage]:
    """The steps of a workout; an effort with its recovery becomes a repeat block.

    `8 x effort` followed by `7 x recovery` is run as effort, recovery (repeated 7
    times), then the last effort alone, which is exactly what the plan counts; with
    as many recoveries as efforts the pair repeats that many times.
    """
    steps: list[WorkoutStepMessage] = []
    index = 0
    while index < len(segments):
        effort = segments[index]
        after = segments[index + 1] if index + 1 < len(segments) else None
        if after is not None and _pairs(effort, after):
            first = len(steps)
            steps += [_step(first, effort), _step(first + 1, after)]
            if after.repeat > 1:
                steps.append(_repeat(len(steps), first, after.repeat))
            if after.repeat < effort.repeat:
                steps.append(_step(len(steps), effort))
            index += 2
            continue
        steps.append(_step(len(steps), effort))
        if effort.repeat > 1:
            steps.append(_repeat(len(steps), len(steps) - 1, effort.repeat))
        index += 1
    return steps


def _pairs(effort: Segment, after: Segment) -> bool:
    return (
        effort.repeat > 1
        and effort.type != "recovery"
        and after.type == "recovery"
        and after.repeat in (effort.repeat, effort.repeat - 1)
    )


def _step(message_index: int, segment: Segment) -> WorkoutStepMessage:
    step = WorkoutStepMessage()
    step.message_index = message_index
    step.workout_step_name = SEGMENT_NAMES[segment.type]
    if segment.description:
        step.notes = segment.description
    step.intensity = INTENSITIES[segment.type]
    distance, duration = segment.distance, segment.duration
    if distance and (not duration or distance % DISTANCE_STEP_M == 0):
        step.duration_type = WorkoutStepDuration.DISTANCE
        step.duration_distance = float(distance)
    elif duration:
        step.duration_type = WorkoutStepDuration.TIME
        step.duration_time = float(duration)
    else:
        step.duration_type = WorkoutStepDuration.OPEN
    _target(step, segment)
    return step


def _target(step: WorkoutStepMessage, segment: Segment) -> None:
    """A speed range from the pace where the plan gives one, else the heart-rate zone."""
    paces = pace_range_s(segment.intensity.pace)
    if paces is not None:
        fast_s, slow_s = paces
        step.target_type = WorkoutStepTarget.SPEED
        step.target_value = 0
        step.custom_target_speed_low = 1000 / slow_s
        step.custom_target_speed_high = 1000 / fast_s
        return
    step.target_type = WorkoutStepTarget.HEART_RATE
    step.target_hr_zone = min(TOP_HR_ZONE, int(segment.intensity.zone[1:]))


def _repeat(message_index: int, back_to: int, times: int) -> WorkoutStepMessage:
    step = WorkoutStepMessage()
    step.message_index = message_index
    step.duration_type = WorkoutStepDuration.REPEAT_UNTIL_STEPS_CMPLT
    step.duration_step = back_to
    # The whole block runs `times` times in all, counting the first.
    step.target_repeat_steps = times
    return step


def pace_range_s(pace: str | None) -> tuple[int, int] | None:
    """`4:08-4:14/km` as seconds per km, fast then slow; None without a pace."""
    match = PACE.match(pace or "")
    if match is None:
        return None
    fast_min, fast_sec, slow_min, slow_sec = (int(g) for g in match.groups())
    fast, slow = fast_min * 60 + fast_sec, slow_min * 60 + slow_sec
    return min(fast, slow), max(fast, slow)
