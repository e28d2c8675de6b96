"""The real model tests run only where scripts/real_model.sh installed the server (`make
test-real-model` says where); elsewhere they are skipped, saying so."""

import pytest

from tests.real_model.server import real_model_dir


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if real_model_dir() is not None:
        return
    skip = pytest.mark.skip(reason="needs the real model server: make test-real-model")
    for item in items:
        if "real_model" in item.keywords:
            item.add_marker(skip)
