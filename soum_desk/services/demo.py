"""Demo data: each area registers a loader; `load_demo` runs them in order."""

from __future__ import annotations

from collections.abc import Callable

from soum_desk.services.core.context import AppContext
from soum_desk.services.plans.demo import load_all_plan_demos

# Areas append (name, loader) here when their module is imported; plans' loader is named here.
DEMO_LOADERS: list[tuple[str, Callable[[AppContext], None]]] = [("plans", load_all_plan_demos)]

# Modules that register loaders; imported lazily so start-up stays fast.
DEMO_MODULES: list[str] = [
    "soum_desk.services.core.demo_office",
    "soum_desk.services.plans.demo",
    "soum_desk.services.petitions.demo",
    "soum_desk.services.letters.demo",
]


def _module_rank(entry: tuple[str, Callable[[AppContext], None]]) -> int:
    """Run loaders in DEMO_MODULES order, not import order: the archive needs the units the
    core loader makes, whichever module a test or the GUI happened to import first."""
    module = getattr(entry[1], "__module__", "")
    return DEMO_MODULES.index(module) if module in DEMO_MODULES else len(DEMO_MODULES)


def load_demo(ctx: AppContext) -> list[str]:
    """Fill an initialised database with realistic demo records; returns what was loaded."""
    for module_name in DEMO_MODULES:
        __import__(module_name)
    loaded = []
    for name, loader in sorted(DEMO_LOADERS, key=_module_rank):
        loader(ctx)
        loaded.append(name)
    return loaded
