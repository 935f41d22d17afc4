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
