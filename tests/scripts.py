"""Scripts under deploy/ and bench/ are files, not packages: tests load them from their paths.

A loaded script is registered in sys.modules under its file's name while it is used, as its
dataclasses need.
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_script(relative_path: str) -> ModuleType:
    """The script at `relative_path` (from the repository's root), loaded once and kept."""
    name = relative_path.removesuffix(".py").replace("/", "_")  # deploy/cluster.py: deploy_cluster
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / relative_path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


@contextlib.contextmanager
def loaded_script(relative_path: str) -> Iterator[ModuleType]:
    """The script at `relative_path`, forgotten afterwards (for a fixture)."""
    module = load_script(relative_path)
    try:
        yield module
    finally:
        sys.modules.pop(module.__name__, None)
