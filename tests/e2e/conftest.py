"""The stack started as `make run` starts it (scripts/run.sh), isolated by prefix and schema."""

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import Services
from tests.stack import Stack, running_stack

if TYPE_CHECKING:
    from playwright.sync_api import Browser

__all__ = ["Stack"]


@pytest.fixture(scope="session")
def stack(services: Services) -> Iterator[Stack]:
    with running_stack(
        services.kafka_bootstrap, services.database_url, services.database_owner_url
    ) as started:
        yield started


# Per module: a running sync Playwright would clash with the event loops of other tests.
@pytest.fixture(scope="module")
def browser() -> Iterator["Browser"]:
    """Debian's headless Chromium driven by Playwright, for the plan editor's tests."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.editor_page import CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/install.sh installs Debian's chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()
