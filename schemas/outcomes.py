"""How an attempt and a generation end: the words the worker, the ledger and metrics share."""

from typing import Literal

# An attempt that reached its terminal event.
AttemptOutcome = Literal["succeeded", "failed"]
# The ledger's word for a generation's end: its last attempt's, or the janitor's.
LedgerOutcome = Literal["succeeded", "failed", "abandoned"]
# Metrics also count the attempts an infrastructure error cut short (tried again).
MetricOutcome = Literal["succeeded", "failed", "interrupted"]
