"""One back-off rule for everything that tries again: a first pause, doubling, up to a ceiling."""

import random

# Past this many doublings every ceiling in use is long reached.
_MOST_DOUBLINGS = 32


def backoff_s(
    failures: int, *, first: float = 0.5, most: float = 30.0, jitter: float = 0.0
) -> float:
    """The pause before the next try after `failures` failed ones in a row (0: the first
    retry). `jitter` takes up to that fraction off at random, so many clients that failed
    together do not all come back together."""
    delay = min(most, first * 2 ** min(failures, _MOST_DOUBLINGS))
    return delay * (1 - jitter * random.random())
