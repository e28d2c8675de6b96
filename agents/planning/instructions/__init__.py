"""Reading a coach's free text (the request's prompt and the training principle) into the
settings a plan is built from, with a line for every phrase read or not applied.

May import: `core`. Knows nothing of drafts, weeks or workouts.
"""

from agents.planning.instructions.asked import Instructions, RaceGoal, RaceResult
from agents.planning.instructions.readers import read_instructions

__all__ = ["Instructions", "RaceGoal", "RaceResult", "read_instructions"]
