"""Words around a weekly volume that say whose it is: before an injury ("I used to run 50 km
a week"), or a goal for later ("30 miles a week by the end", "by race day", "by week 10")."""

from __future__ import annotations

import re

BEFORE_INJURY = re.compile(
    r"\bbefore\s+(?:the\s+|my\s+|this\s+|her\s+|his\s+|i\s+got\s+)?(?:injur\w*|fracture|stress"
    r"|break|baby|pregnan\w*|birth|lay-?off|surgery|getting\s+\w+|i\s+(?:got|was)\s+\w+)"
    r"|\bpre[- ]?(?:injury|pregnancy|baby|fracture|natal)|\bused to\b|\bprevious(?:ly)?\b"
    r"|\bwas (?:running|doing|averaging)\b|\bback then\b|\bat my (?:best|peak)\b"
    # "I ran 45 km a week before it" after a comeback said: the volume before the injury
    r"|\b(?:ran|did|averaged)\b.*\bbefore(?:\s+(?:it|that|then))?\s*[.!]?\s*$"
)
# After the volume: when it is to be reached, so a goal for later, never the volume now.
BY_THE_END = re.compile(
    r"\s*(?:[\w']+\s+){0,2}?by\s+(?:the\s+)?(?:end\b|peak\b|race\b|race day\b|week\s+\d+"
    r"|taper\b|marathon\b|half\b|spring\b|summer\b|autumn\b|fall\b|winter\b|then\b|\w+ber\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug)\w*\b)"
)
