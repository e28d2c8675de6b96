"""Training principles: the built-in default and where a resolved principle came from."""

from typing import Literal

PrincipleSource = Literal["request", "coach", "organisation", "default"]

DEFAULT_PRINCIPLE = (
    "Mostly easy running (about 80% of weekly time at conversational effort), at most two "
    "quality sessions a week plus a long run, never two hard days in a row. Build weekly "
    "volume by no more than 10% from the last full week, cut back every fourth week by "
    "about 20-25%, and taper the last one to three weeks before a race while keeping "
    "some intensity. Paces come from a recent race result when one is given."
)


def resolve_principle(
    override: str | None,
    coach_setting: str | None,
    organisation_setting: str | None,
) -> tuple[str, PrincipleSource]:
    """Pick the principle text: request override, coach's own, organisation's, then default.

    Blank text counts as unset at every level.
    """
    candidates: tuple[tuple[str | None, PrincipleSource], ...] = (
        (override, "request"),
        (coach_setting, "coach"),
        (organisation_setting, "organisation"),
    )
    for text, source in candidates:
        if text is not None and text.strip():
            return text, source
    return DEFAULT_PRINCIPLE, "default"
