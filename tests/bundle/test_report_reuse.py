"""Issue 18: a second export of a period reuses the reports the first one made when nothing in
the office changed since (the audit log only gained sign-ins, backups and exports), and makes
them again after any change, on another day, or when the kept copy was damaged."""

from __future__ import annotations

import os
import stat
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from soum_desk.domain import clock
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.core import audit, users


@pytest.fixture
def made(monkeypatch) -> list[str]:
    """A report provider that writes a new file each time it is asked (and counts the times)."""
    calls: list[str] = []

    def reports(ctx, period, folder):  # noqa: ANN001, ANN202
        calls.append(period.code)
        with ctx.transaction() as session:  # as the plan reports do: making a report is audited
            audit.record(session, ctx.actor, "plans.report", "plan_document", 1, after={"period": period.code})
        path = Path(folder) / f"count_{period.code}.pdf"
        path.write_bytes(f"%PDF made {len(calls)}".encode())
        return [path]

    monkeypatch.setitem(bundle_export.REPORT_PROVIDERS, "count", reports)
    return calls


def _report(bundle: Path) -> bytes:
    with zipfile.ZipFile(bundle) as archive:
        name = next(n for n in archive.namelist() if n.endswith("count_2024Q4.pdf"))
        return archive.read(name)


def test_a_second_export_with_nothing_changed_reuses_the_reports(make_office, made, tmp_path):
    env = make_office()
    old = os.umask(0o022)
    try:
        first = env.export("2024Q4")
    finally:
        os.umask(old)
    again = env.export("2024Q4", out=tmp_path / "stick2")
    assert made == ["2024Q4"]
    assert _report(again) == _report(first) == b"%PDF made 1"
    kept = env.ctx.paths.data_dir / "report-cache"
    if os.name == "posix":  # kept like the bundle: readable by this user only
        assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in [kept, *kept.rglob("*")]} <= {"0o600", "0o700"}


def test_any_change_in_the_office_makes_the_reports_again(make_office, made, tmp_path):
    env = make_office()
    env.export("2024Q4")
    admin = env.ctx.as_actor(users.authenticate(env.ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "clerk2", "clerk-pass-1", "clerk", "Б.Бат", "Мэргэжилтэн")
    again = env.export("2024Q4", out=tmp_path / "stick2")
    assert made == ["2024Q4", "2024Q4"] and _report(again) == b"%PDF made 2"


def test_another_day_or_a_damaged_copy_makes_them_again(make_office, made, tmp_path, monkeypatch):
    env = make_office()
    env.export("2024Q4")
    tomorrow = clock.today() + timedelta(days=1)
    monkeypatch.setattr(clock, "today", lambda: tomorrow)
    env.export("2024Q4", out=tmp_path / "stick2")
    assert len(made) == 2
    kept = env.ctx.paths.data_dir / "report-cache" / "2024Q4" / "count_2024Q4.pdf"
    kept.write_bytes(b"%PDF altered")
    third = env.export("2024Q4", out=tmp_path / "stick3")
    assert len(made) == 3 and _report(third) == b"%PDF made 3"
