"""Hostile text in a calendar: escaped, stripped of control characters, never a new line of
the file. The calendar name is made of integers today; a future one a coach types, and
every workout's name and description (a model writes them), must be just as safe."""

import datetime as dt
import re

import pytest
from icalendar import Calendar

from api.exports.ics import plan_calendar
from schemas.workout import Intensity, Segment, Workout

INJECTION = "\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nATTACH:http://evil/x\r\n"
HOSTILE = [
    f"My plan{INJECTION}",
    "semi;colon, comma\\backslash",
    "nul\x00 bell\x07 esc\x1b[31m del\x7f c1\x9b1m",
    "lone\rcarriage and\nnewline",
    "right-to-left \u202egnp.exe and \u2066isolate\u2069",
    "x" * 300 + "ü" * 100,  # longer than a line: folded, not cut
]
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def workout(name: str, description: str, day: int) -> Workout:
    main = Segment(type="main", duration=1800, distance=5000, intensity=Intensity(zone="z2"))
    return Workout(
        week=1,
        day=day,
        date=(dt.date(2025, 5, 4) + dt.timedelta(days=day)).isoformat(),
        name=name,
        description=description,
        phase="base",
        sub_type="easy-run",
        duration=1800,
        distance=5000,
        segments=[main],
    )


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_stays_inside_its_property(hostile: str) -> None:
    workouts = [workout(hostile, hostile, 1), workout("Easy", "Easy running", 2)]
    stamp = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)
    raw = plan_calendar("0" * 32, hostile, workouts, stamp)

    text = raw.decode()
    assert not CONTROLS.search(text), "a control character reached the file"
    lines = text.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines), "a line was not folded"
    unfolded = re.sub(r"\r\n[ \t]", "", text).split("\r\n")
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in unfolded if line]
    assert names.count("BEGIN") == 3 and names.count("END") == 3  # calendar + two events
    assert "ATTACH" not in names and names.count("SUMMARY") == 2

    calendar = Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    # An X- property comes back as written: unescape it as TEXT, as calendar apps do.
    shown = unescaped(str(calendar["X-WR-CALNAME"]))
    assert shown == cleaned(hostile)
    assert str(events[0]["SUMMARY"]) == cleaned(hostile)
    assert str(events[0]["DESCRIPTION"]).startswith(cleaned(hostile))


def cleaned(text: str) -> str:
    """What a calendar app shows: line breaks kept, every other control character gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROLS.sub("", re.sub(r"[\x0b\x0c]", "", text))


def unescaped(text: str) -> str:
    """RFC 5545 TEXT as a reader sees it: `\\n` a line break, `\\;` `\\,` `\\\\` themselves."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], text)
