"""Fixtures shared by integration modules."""

from collections.abc import AsyncIterator

import pytest

from schemas.settings import Settings
from tests.conftest import Services, isolated_settings
from tests.eval_log import LoggedSet, log_generations


@pytest.fixture(scope="session")
async def eval_logged(services: Services) -> AsyncIterator[tuple[Settings, LoggedSet]]:
    """A log of real generations (built-in and fake-model, some coach-edited), made once for
    the evaluation tests, in its own topics and schema."""
    async with isolated_settings(
        services.kafka_bootstrap,
        services,
        topic_pool_size=8,
        topic_pool_batch=8,
        worker_metrics_port=0,
        projector_metrics_port=0,
    ) as settings:
        yield settings, await log_generations(settings)
