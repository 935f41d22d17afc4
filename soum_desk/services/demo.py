"""Demo data: `load_demo` runs the office's loader, then each area's, in the order of
`services/areas.AREAS` (the archive needs the units the office loader makes)."""

from __future__ import annotations

from soum_desk.services import areas
from soum_desk.services.core import demo_office
from soum_desk.services.core.context import AppContext


def load_demo(ctx: AppContext) -> list[str]:
    """Fill an initialised database with realistic demo records; returns what was loaded."""
    demo_office.load_office_demo(ctx)
    loaded = ["office"]
    for area in areas.AREAS:
        area.load_demo(ctx)
        loaded.append(area.key)
    return loaded
