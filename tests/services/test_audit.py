"""The audit chain detects edits, deletions and reordering made behind the app's back."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy.exc import DatabaseError

from soum_desk.services.core import audit


def _raw(ctx) -> sqlite3.Connection:
    conn = sqlite3.connect(ctx.paths.sqlite_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    return conn


def test_chain_is_valid_after_normal_work(ctx):
    report = audit.verify(ctx)
    assert report.ok
    assert report.checked >= 5


def test_triggers_refuse_update_and_delete(ctx):
    with pytest.raises(DatabaseError, match="append-only"), ctx.transaction() as session:
        session.execute(audit.text("UPDATE audit_log SET action = 'x' WHERE id = 1"))
    with pytest.raises(DatabaseError, match="append-only"), ctx.transaction() as session:
        session.execute(audit.text("DELETE FROM audit_log WHERE id = 1"))


def test_edit_is_detected_and_named(ctx):
    conn = _raw(ctx)
    conn.execute("UPDATE audit_log SET after = '{\"username\":\"mallory\"}' WHERE id = 3")
    conn.commit()
    report = audit.verify(ctx)
    assert not report.ok and report.first_bad_id == 3


def test_delete_in_the_middle_is_detected(ctx):
    conn = _raw(ctx)
    conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.commit()
    report = audit.verify(ctx)
    assert not report.ok and report.first_bad_id == 3


def test_reorder_is_detected(ctx):
    conn = _raw(ctx)
    rows = conn.execute("SELECT id, at, action FROM audit_log WHERE id IN (2, 3) ORDER BY id").fetchall()
    conn.execute("UPDATE audit_log SET id = -1 WHERE id = 2")
    conn.execute("UPDATE audit_log SET id = 2 WHERE id = 3")
    conn.execute("UPDATE audit_log SET id = 3 WHERE id = -1")
    conn.commit()
    assert rows
    assert not audit.verify(ctx).ok


def test_deleting_newest_entries_is_detected(ctx):
    conn = _raw(ctx)
    conn.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
    conn.commit()
    report = audit.verify(ctx)
    assert not report.ok
    assert "newest" in report.reason_en


def test_verification_reports_progress_and_can_be_cancelled(ctx, monkeypatch):
    monkeypatch.setattr(audit, "PROGRESS_EVERY", 100)
    with ctx.transaction() as session:
        for i in range(250):
            audit.record(session, ctx.actor, "test.bulk", "test", i)
    seen = []
    report = audit.verify(ctx, lambda done, total: seen.append((done, total)) or True)
    assert report.ok and [d for d, _ in seen] == [100, 200] and seen[0][1] == report.checked
    stopped = audit.verify(ctx, lambda done, total: False)
    assert not stopped.ok and stopped.cancelled and stopped.first_bad_id is None


def test_the_hash_format_never_changes():
    """Changing what the hash covers would make every existing office's chain look broken."""
    digest = audit.entry_hash("0" * 64, "2024-01-01T00:00:00.000000+00:00", "admin", "user.create", "user", "1",
                              None, '{"username":"Болд"}')
    assert digest == EXPECTED_DIGEST


EXPECTED_DIGEST = "a24e9214fa35faea241d3bb9f8524764c41cc287bee760088e28df4ade774cf0"


@pytest.mark.parametrize("trigger", ["audit_log_no_update", "audit_log_no_delete"])
def test_a_dropped_protecting_trigger_is_named(ctx, trigger):
    conn = sqlite3.connect(ctx.paths.sqlite_path)
    conn.execute(f"DROP TRIGGER {trigger}")
    conn.commit()
    report = audit.verify(ctx)
    assert not report.ok
    word = "changing" if trigger.endswith("update") else "deleting"
    assert f"forbids {word} audit entries" in report.reason_en and "хориглох хамгаалалт" in report.reason_mn


def test_a_trigger_replaced_by_one_that_refuses_nothing_is_named(ctx):
    conn = sqlite3.connect(ctx.paths.sqlite_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END")
    conn.commit()
    report = audit.verify(ctx)
    assert not report.ok and "forbids deleting" in report.reason_en


def test_cut_tail_with_rewritten_head_and_dropped_triggers_fails(ctx):
    """Issue 19: drop the triggers, delete the newest entries, rewrite `audit.head` to match."""
    conn = _raw(ctx)
    conn.execute("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 2 FROM audit_log)")
    count, last_hash, last_id = conn.execute(
        "SELECT COUNT(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), MAX(id) FROM audit_log").fetchone()
    conn.execute("UPDATE setting SET value = ? WHERE key = 'audit.head'",
                 (json.dumps({"count": count, "hash": last_hash, "id": last_id}),))
    conn.commit()
    report = audit.verify(ctx)
    assert not report.ok
