"""Daniels-Gilbert VDOT and paces: the training-science doc's check values."""

from __future__ import annotations

import pytest

from agents.planning.core.paces import format_clock, paces_for, race_time_s, vdot_from_race


def test_vdot_of_a_20_minute_5k_is_49_8() -> None:
    assert vdot_from_race(5000, 20 * 60) == pytest.approx(49.8, abs=0.05)


@pytest.mark.parametrize(
    ("zone_pace", "expected"),
    [
        ("easy_slow", "5:27"),
        ("easy_fast", "4:55"),
        ("marathon", "4:32"),
        ("threshold", "4:16"),
        ("interval", "3:51"),
    ],
)
def test_paces_of_vdot_49_8_match_the_check_values(zone_pace: str, expected: str) -> None:
    paces = paces_for(49.8)
    assert format_clock(getattr(paces, zone_pace)) == expected


def test_race_time_inverts_vdot() -> None:
    assert race_time_s(49.8, 5000) == pytest.approx(1200, abs=3)


def test_pace_ranges_are_fast_then_slow_and_faster_by_zone() -> None:
    paces = paces_for(49.8)
    middles = [paces.zone_pace(zone) for zone in ("z1", "z2", "z3", "z4", "z5", "z6")]
    assert middles == sorted(middles, reverse=True)
    assert paces.pace_text("z2") == "4:55-5:27/km"
