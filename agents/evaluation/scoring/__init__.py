"""Deterministic domain scorers: an output in, numbers out. Pure: no I/O, no model, no judge.

May import agents.planning (through its facade), schemas and the evaluation's case models.
"""
