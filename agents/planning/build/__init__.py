"""The built-in planner: from parameters and instructions to a periodised plan (setup,
periodisation, week targets, sessions, long runs, fitting each week into its bounds).

May import: `instructions` and `core`. Never the draft text or structured workouts: the
planner's output is a `core.plan.Plan`, which `draft` writes and `structure` structures.
"""

from agents.planning.build.planner import Planned, build_plan, planned

__all__ = ["Planned", "build_plan", "planned"]
