from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.scripts import loaded_script


@pytest.fixture(scope="module")
def render_nginx() -> Iterator[ModuleType]:
    """deploy/render_nginx.py, the script `make serve` and the front's unit run."""
    with loaded_script("deploy/render_nginx.py") as module:
        yield module
