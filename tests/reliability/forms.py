"""Short and long forms of the reliability sweeps (docs/reliability.md, "Long forms in pytest").

`form(short, long)` parametrizes a sweep's size: the short value runs in `make test` (test id
`short`), the long value carries the marker `long`, which the default run leaves out
(tests/conftest.py) and `pytest --long` or `pytest -m long` selects. The long value is the size
the sweep had before the short forms existed; the bench scripts (`bench/reliability_*.py`) go
further still. When the sweep's environment variable is set (the bench scripts set it), that
size runs instead, as the only form.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

LONG = pytest.mark.long


def form(short: Any, long: Any, *, env: str | None = None, name: str = "size") -> pytest.MarkDecorator:
    """Parametrize `name` with the short and the long size (see the module docstring)."""
    if env is not None and os.environ.get(env):
        value = type(long)(os.environ[env])
        return pytest.mark.parametrize(name, [pytest.param(value, id=f"{env}={value}")])
    return pytest.mark.parametrize(name, [pytest.param(short, id="short"),
                                          pytest.param(long, id="long", marks=LONG)])
