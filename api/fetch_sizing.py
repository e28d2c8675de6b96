"""How long, and for how many bytes, a run-topic consumer lets the broker hold a fetch."""

# The broker answers a consumer's requests in order, so a newly followed partition's
# first fetch waits behind the fetch in flight for the old assignment: the fetch wait
# bounds how late a newcomer hears of its first records. Each fetch names every followed
# partition (request and answer, decoded in Python), so the wait grows with them, and so
# do the bytes a fetch waits for: with hundreds of streams busy at once, a fetch returns
# once a few of them have news, not at each record (which made a fetch per ~5 records
# and 5,000 partition entries a second). A record is several hundred bytes: with a few
# partitions followed, the first record answers the fetch.
WAIT_MS_PER_PARTITION = 0.5
MIN_WAIT_MS = 10
BYTES_PER_PARTITION = 64


def fetch_wait_ms(partitions: int, most: int) -> int:
    """The fetch wait for `partitions` followed partitions, at most `most` ms."""
    return max(1, min(most, max(MIN_WAIT_MS, round(partitions * WAIT_MS_PER_PARTITION))))


def fetch_min_bytes(partitions: int) -> int:
    """The bytes a fetch waits for (within the fetch wait) with `partitions` followed."""
    return max(1, partitions * BYTES_PER_PARTITION)
