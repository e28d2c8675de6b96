"""Plain words for workout sizes and segments, shared by the calendar and watch exports."""

from schemas.workout import Segment

SEGMENT_NAMES = {
    "warmup": "Warm-up",
    "main": "Main",
    "interval": "Efforts",
    "recovery": "Recovery",
    "cooldown": "Cool-down",
}


def duration_words(seconds: int) -> str:
    """`90 s`, `45 min`, `1 h 05 min`: seconds below two minutes stay seconds."""
    if seconds < 120 and seconds % 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def distance_words(metres: int) -> str:
    """`800 m` below a kilometre, else kilometres with one decimal (`8.5 km`)."""
    if metres < 1000:
        return f"{metres} m"
    return f"{metres / 1000:.1f} km"


def size_words(duration: int | None, distance: int | None) -> str:
    """The segment's size as the plan gives it: time first, distance in brackets."""
    if duration and distance:
        return f"{duration_words(duration)} (≈ {distance_words(distance)})"
    if duration:
        return duration_words(duration)
    if distance:
        return distance_words(distance)
    return "open"


def segment_line(segment: Segment) -> str:
    """One line per segment: `Efforts: 6 x 3 min (≈ 800 m) @ z5, 4:08-4:14/km - hard`."""
    size = size_words(segment.duration, segment.distance)
    if segment.repeat > 1:
        size = f"{segment.repeat} x {size}"
    target: str = segment.intensity.zone
    if segment.intensity.pace:
        target += f", {segment.intensity.pace}"
    line = f"{SEGMENT_NAMES[segment.type]}: {size} @ {target}"
    return f"{line} - {segment.description}" if segment.description else line
