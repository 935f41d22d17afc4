"""A fresh, set-up office signed in as its administrator: where the import benchmarks write."""

from __future__ import annotations

from pathlib import Path

ADMIN, PASSWORD = "admin", "bench-pass-1"


def fresh_office(folder: Path):  # noqa: ANN201 - an AppContext, imported late (the benches time imports)
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    ctx = open_context(resolve_paths(folder))
    office.initialise(ctx, aimag_code="MN-049", soum_name="Бенч", office_name="Бенч сумын ЗДТГ",
                      admin_username=ADMIN, admin_password=PASSWORD)
    return ctx.as_actor(users.authenticate(ctx, ADMIN, PASSWORD))
