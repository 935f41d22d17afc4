"""Demo data: each area registers a loader; `load_demo` runs them in order."""

from __future__ import annotations

from collections.abc import Callable

from soum_desk.services.context import AppContext

# Areas append (name, loader) here when their module is imported.
DEMO_LOADERS: list[tuple[str, Callable[[AppContext], None]]] = []

# Modules that register loaders; imported lazily so start-up stays fast.
DEMO_MODULES: list[str] = [
    "soum_desk.services.core_demo",
    "soum_desk.services.plans_demo",
    "soum_desk.services.petitions_demo",
    "soum_desk.services.letters_demo",
]


def load_demo(ctx: AppContext) -> list[str]:
    """Fill an initialised database with realistic demo records; returns what was loaded."""
    for module_name in DEMO_MODULES:
        __import__(module_name)
    loaded = []
    for name, loader in DEMO_LOADERS:
        loader(ctx)
        loaded.append(name)
    return loaded
