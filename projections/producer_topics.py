"""Keep a long-lived producer's metadata to the topics it still writes to.

aiokafka's client remembers every topic it ever wrote to, and each metadata refresh (one
per topic it has not seen, plus a periodic one) asks for all of them. With one run topic
per request, that list grows by one per generation: after a day, every new request
costs a metadata request for thousands of mostly deleted topics. Writers record each
topic they write to; every `every_s` the tracked set is cut back to those written to in
the last `idle_s`. A topic idle that long has no record in flight, and writing to it
again simply fetches its metadata anew. A writer that knows it is done with a topic (a
generation's run topic once its last event is acknowledged) forgets it at once: each
metadata request names every tracked topic, so at 25 generations a second the 60 s
window alone would name some 1,500 finished ones in each.
"""

import time

from aiokafka import AIOKafkaProducer


class TrackedTopics:
    def __init__(self, idle_s: float = 60.0, every_s: float = 30.0) -> None:
        self.idle_s = idle_s
        self.every_s = every_s
        self._used: dict[str, float] = {}
        self._pruned_at = time.monotonic()

    def wrote(self, producer: AIOKafkaProducer, topic: str) -> None:
        now = time.monotonic()
        self._used[topic] = now
        if now - self._pruned_at < self.every_s:
            return
        self._pruned_at = now
        kept = {name: at for name, at in self._used.items() if now - at < self.idle_s}
        kept[topic] = now  # never empty: to aiokafka, an empty set means every topic
        self._used = kept
        producer.client.set_topics(list(kept))

    def expect(self, producer: AIOKafkaProducer, names: list[str], within_s: float) -> None:
        """Fetch metadata of topics about to be written (within `within_s`) ahead of time."""
        if not names:
            return
        due = time.monotonic() + within_s
        for name in names:
            self._used[name] = due
        producer.client.set_topics(list(self._used))

    def forget(self, producer: AIOKafkaProducer, topic: str) -> None:
        """Stop asking for a topic no record will be written to (none is in flight)."""
        if self._used.pop(topic, None) is not None and self._used:
            # A subset: aiokafka makes no request for it, it only names fewer next time.
            producer.client.set_topics(list(self._used))

    @property
    def tracked(self) -> int:
        return len(self._used)
