"""Each process's Prometheus registry (prometheus-client only: the offline planner imports
the worker's metrics, and must not pull in a Kafka client)."""

from prometheus_client import GC_COLLECTOR, PLATFORM_COLLECTOR, PROCESS_COLLECTOR, CollectorRegistry


def process_registry() -> CollectorRegistry:
    """A registry of the process's own, with the process, platform and GC collectors."""
    registry = CollectorRegistry()
    for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
        registry.register(collector)
    return registry
