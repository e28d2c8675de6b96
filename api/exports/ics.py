"""A dated plan as an RFC 5545 calendar: one all-day event per workout.

Every text property goes through `text()`: control characters out, then icalendar's
TEXT escaping (backslash, `;`, `,`, line breaks), so no text (a model's workout name, a
future calendar name a coach types) can end a line and start a property or an event.
"""

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

from icalendar import Calendar, Event, vText

from api.exports.text import distance_words, duration_words, segment_line
from schemas.workout import Workout

PRODUCT_ID = "-//coach-agent//training plan//EN"
UID_DOMAIN = "coach-agent"
# RFC 5545 TEXT admits no control character but tab and a line break (escaped as \n); CR,
# lone or before LF, is a line break too. Also the invisible bidirectional controls go.
LINE_BREAK = re.compile(r"\r\n?")
NOT_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def text(value: str) -> vText:
    """A TEXT value: line breaks kept (to be escaped), every other control character gone."""
    return vText(NOT_TEXT.sub("", LINE_BREAK.sub("\n", value)))


def plan_calendar(
    request_id: str, title: str, workouts: Sequence[Workout], stamp: dt.datetime
) -> bytes:
    """The calendar of a plan whose workouts all carry a date.

    Each UID is built from the request id, week, day and the workout's place in
    that day, and DTSTAMP is when the plan was made: exporting the same plan again
    gives the same file, so calendar apps update events instead of duplicating them.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", text(title))
    seen: dict[tuple[int, int], int] = defaultdict(int)
    for workout in workouts:
        index = seen[(workout.week, workout.day)]
        seen[(workout.week, workout.day)] += 1
        calendar.add_component(workout_event(request_id, workout, index, stamp))
    return calendar.to_ical()


def workout_event(request_id: str, workout: Workout, index: int, stamp: dt.datetime) -> Event:
    if workout.date is None:
        raise ValueError("a calendar needs dated workouts")
    day = dt.date.fromisoformat(workout.date)
    event = Event()
    event.add("uid", text(f"{request_id}-w{workout.week}-d{workout.day}-{index}@{UID_DOMAIN}"))
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    # All-day events: a workout has a day, not a clock time.
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", text(workout.name))
    event.add("description", text(workout_description(workout)))
    event.add("categories", [text(workout.sub_type), text(workout.phase)])
    event.add("transp", "TRANSPARENT")
    return event


def workout_description(workout: Workout) -> str:
    """What to do: the description, the total, then one line per segment with its pace."""
    total = f"Total: {duration_words(workout.duration)}, {distance_words(workout.distance)}"
    lines = [workout.description, "", total, *(segment_line(s) for s in workout.segments)]
    return "\n".join(lines).strip()
