"""The stack started as `make run` starts it (scripts/run.sh), isolated by prefix and schema."""

from collections.abc import Iterator

import pytest

from tests.conftest import Services
from tests.stack import Stack, running_stack

__all__ = ["Stack"]


@pytest.fixture(scope="session")
def stack(services: Services) -> Iterator[Stack]:
    with running_stack(
        services.kafka_bootstrap, services.database_url, services.database_owner_url
    ) as started:
        yield started
