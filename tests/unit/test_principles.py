"""Principle resolution: request override, coach, organisation, then the default."""

from schemas.principles import DEFAULT_PRINCIPLE, resolve_principle


def test_resolve_principle_request_override_beats_everything() -> None:
    assert resolve_principle("polarised", "coach's", "org's") == ("polarised", "request")


def test_resolve_principle_coach_setting_beats_organisation() -> None:
    assert resolve_principle(None, "coach's", "org's") == ("coach's", "coach")


def test_resolve_principle_organisation_when_no_personal_setting() -> None:
    assert resolve_principle(None, None, "org's") == ("org's", "organisation")


def test_resolve_principle_default_when_nothing_set() -> None:
    assert resolve_principle(None, None, None) == (DEFAULT_PRINCIPLE, "default")


def test_resolve_principle_blank_counts_as_unset_at_every_level() -> None:
    assert resolve_principle("  ", "\n", "org's") == ("org's", "organisation")
    assert resolve_principle("", "", " ") == (DEFAULT_PRINCIPLE, "default")
