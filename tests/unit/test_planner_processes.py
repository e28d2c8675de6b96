"""The planner's processes run below the worker's CPU priority, as the settings say."""

import os

import pytest

from agents.planner_processes import planner_executor


def niceness() -> int:
    return os.nice(0)


@pytest.mark.parametrize("steps", [0, 10])
def test_planner_processes_run_at_the_set_niceness(steps: int) -> None:
    own = os.nice(0)
    with planner_executor(1, steps) as executor:
        assert executor.submit(niceness).result(timeout=60) == min(19, own + steps)
