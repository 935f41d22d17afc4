"""The benchmark generator builds an office whose audit chain is valid."""

from __future__ import annotations

from bench import generate
from soum_desk.services.core import audit, users
from soum_desk.services.core.startup import open_context


def test_generated_office_verifies(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setitem(generate.GENERATORS, "probe", lambda ctx, scale: calls.append(scale.count(3)) or "probe")
    paths = generate.generate(tmp_path / "office", "realistic", only=["audit", "probe"], log=lambda _m: None)
    assert calls == [3]
    ctx = open_context(paths)
    try:
        admin = ctx.as_actor(users.authenticate(ctx, generate.ADMIN, generate.PASSWORD))
        report = audit.verify(admin)
        assert report.ok, report
        assert report.checked > 20_000
    finally:
        ctx.dispose()


def test_generated_archive_holds_units_and_an_inventory(tmp_path):
    """`bench.generate --only archive`: storage units over 40 years, one inventory of the held ones."""
    from soum_desk.services.archive import ops as archive_ops
    from soum_desk.services.archive import units as archive_units

    paths = generate.generate(tmp_path / "office", "realistic", only=["archive"], log=lambda _m: None)
    ctx = open_context(paths)
    try:
        admin = ctx.as_actor(users.authenticate(ctx, generate.ADMIN, generate.PASSWORD))
        assert archive_units.count_units(admin) == 2_000
        held = archive_units.count_units(admin, archive_units.UnitFilter(status="received"))
        (inventory,) = archive_ops.list_inventories(admin)
        counts = archive_ops.inventory_counts(admin, inventory["id"])
        assert sum(c["found"] for c in counts.values()) == held > 1_500
    finally:
        ctx.dispose()
