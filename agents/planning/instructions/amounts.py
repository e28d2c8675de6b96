"""Times and distances as a coach writes them ("an hour", "1h30", "10 miles", "25k"): the
amounts of run limits and long-run goals, in minutes or metres."""

from __future__ import annotations

import re

from agents.planning.core import values as tv

MILE_M = 1609.344
TIME = (
    r"(?:\d{1,2}(?:[.,]\d+)?\s*(?:h|hours?|hrs?)(?:\s*\d{1,2}\s*(?:m|min|mins|minutes)?)?(?![a-z])"
    r"|\d{1,2}:\d{2}\s*(?:h|hours?)?|\d{1,3}\s*(?:minutes?|mins?|')"
    r"|" + tv.WORDED_TIME + ")"
)
DISTANCE = r"(?:\d{1,3}(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:er|re)s?|k|miles?|mi)\b)"
AMOUNT = rf"(?P<amount>{TIME}|{DISTANCE})"


def metres_of(amount: str) -> int | None:
    match = re.match(r"(\d{1,3}(?:[.,]\d+)?)\s*(km|kms|kilomet\w*|k|miles?|mi)\b", amount)
    if not match:
        return None
    value = float(match.group(1).replace(",", "."))
    return round(value * (1609 if match.group(2).startswith("mi") else 1000))


def minutes_of(amount: str) -> int:
    """Minutes of a time: '30 minutes', 'an hour', '1h30', '1:45', 'half an hour', '90''."""
    amount = amount.strip()
    worded = tv.worded_minutes(amount)
    if worded is not None:
        return worded
    clock = re.match(r"(\d{1,2}):(\d{2})", amount)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    hours = re.match(r"(\d{1,2}(?:[.,]\d+)?)\s*(?:h|hours?|hrs?)\s*(\d{1,2})?", amount)
    if hours:
        return round(float(hours.group(1).replace(",", ".")) * 60) + int(hours.group(2) or 0)
    number = re.match(r"(\d{1,3})", amount)
    return int(number.group(1)) if number else 0
