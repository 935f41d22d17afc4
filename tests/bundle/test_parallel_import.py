"""Issue 19: two imports at once (two windows, or the GUI and a command). The second used to end
in a raw IntegrityError traceback whose parameters printed petitioners' rows."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from soum_desk.bundle.verdict import Code
from soum_desk.services.core.startup import open_context
from soum_desk.services.province import imports as province_import
from tests.bundle.conftest import count, register


@pytest.fixture
def racing(province_ctx, monkeypatch):
    """`verify` that, once, lets a second import (its own connection) run to the end first."""
    real = province_import.verify
    raced: list[str] = []

    def verify_then_race(path, trust, options):
        verdict = real(path, trust, options)
        if not raced and path.name.endswith(".zip"):
            raced.append(path.name)
            other = open_context(province_ctx.paths).as_actor(province_ctx.actor)
            try:
                province_import.import_files(other, [path])
            finally:
                other.dispose()
        return verdict

    monkeypatch.setattr(province_import, "verify", verify_then_race)
    return raced


def test_the_second_of_two_imports_of_one_bundle_says_it_was_just_imported(province_ctx, make_office, racing):
    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    result = province_import.import_files(province_ctx, [env.export("2024Q3")])[0]
    assert racing and result["verdict"] == Code.REPLAY.value
    assert "Another import" in result["reason_en"] and "өөр импорт" in result["reason_mn"]
    assert count(province_ctx, "imported_bundle") == 1


def test_two_imports_releasing_the_same_held_bundle(province_ctx, make_office, monkeypatch):
    """Both imports find the held bundle next in line: the second must not crash."""
    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    q2, q3, q4 = env.export("2024Q2"), env.export("2024Q3"), env.export("2024Q4")
    assert province_import.import_files(province_ctx, [q2])[0]["verdict"] == "valid"
    assert province_import.import_files(province_ctx, [q4])[0]["verdict"] == Code.HELD.value
    real = province_import.verify
    raced: list[str] = []

    def verify_then_race(path, trust, options):
        verdict = real(path, trust, options)
        if not raced and path.parent.name == "held":  # the held copy is being released
            raced.append(path.name)
            other = open_context(province_ctx.paths).as_actor(province_ctx.actor)
            try:
                assert province_import.retry_held(other)[0]["verdict"] == "valid"
            finally:
                other.dispose()
        return verdict

    monkeypatch.setattr(province_import, "verify", verify_then_race)
    results = province_import.import_files(province_ctx, [q3])
    assert raced and [r["verdict"] for r in results] == ["valid", Code.REPLAY.value]
    assert count(province_ctx, "imported_bundle") == 3
    assert province_import.list_held(province_ctx) == []


def test_a_database_error_never_prints_the_rows_values(province_ctx):
    with pytest.raises(IntegrityError) as err, province_ctx.engine.begin() as conn:
        conn.execute(text("INSERT INTO registered_office (id, code, name, aimag_code, kind, registered_at, active) "
                          "VALUES (:id, :code, :name, 'MN', 'soum', '2024-01-01', :active)"),
                     [{"id": 900, "code": "X-1", "name": "Бат-Эрдэнэ 99112233", "active": True},
                      {"id": 901, "code": "X-1", "name": "Бат-Эрдэнэ 99112233", "active": True}])
    assert "99112233" not in str(err.value)
