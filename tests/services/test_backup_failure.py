"""A failed automatic backup is logged and kept for the clerk to see until one succeeds (issue 14)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timedelta

import pytest

from soum_desk.errors import EnvironmentProblem
from soum_desk.services.core import backup, office
from soum_desk.services.dashboard import figures as dashboard


def _disk_full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_a_failed_automatic_backup_is_kept_with_its_reason_until_one_succeeds(ctx, monkeypatch, caplog):
    monkeypatch.setattr(backup, "_copy_database", _disk_full)
    with caplog.at_level(logging.WARNING, logger="soum_desk"), pytest.raises(EnvironmentProblem):
        backup.run_auto_backup(ctx)
    assert "automatic backup failed" in caplog.text and "disk is full" in caplog.text
    failure = backup.last_auto_failure(ctx)
    assert failure is not None and failure["mn"].startswith("Диск дүүрсэн") and failure["en"].startswith("The disk")
    summary = dashboard.summary(ctx)["backup"]
    assert summary["warn"] and summary["failed"].startswith("Диск дүүрсэн")
    monkeypatch.undo()
    backup.run_auto_backup(ctx)
    assert backup.last_auto_failure(ctx) is None
    assert dashboard.summary(ctx)["backup"]["failed"] is None


def test_a_bugs_text_stays_in_the_log(ctx, monkeypatch):
    monkeypatch.setattr(backup, "_copy_database", lambda *_a: (_ for _ in ()).throw(KeyError("internal_name")))
    with pytest.raises(KeyError):
        backup.run_auto_backup(ctx)
    failure = backup.last_auto_failure(ctx)
    assert failure is not None and "internal_name" not in failure["mn"] + failure["en"]
    assert "лог файл" in failure["mn"]


def test_after_a_failure_the_timer_waits_before_trying_again(ctx, monkeypatch):
    monkeypatch.setattr(backup, "_copy_database", _disk_full)
    office.set_units(ctx, ["Тамгын газар"])
    now = datetime.now()
    with pytest.raises(EnvironmentProblem):
        backup.run_auto_backup(ctx, now=now)
    assert not backup.auto_backup_due(ctx, now + timedelta(minutes=1))  # not every minute into the log
    assert backup.auto_backup_due(ctx, now + timedelta(minutes=backup.RETRY_MINUTES))
