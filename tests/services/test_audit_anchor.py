"""Issue 19: the audit chain's head is also kept outside the database (`audit-anchor.json`), so a
WAL deleted after a crash or a tail cut behind the program's back is named by `audit verify` and
the start-up check, while a restore (which shortens the log on purpose) is not an alarm."""

from __future__ import annotations

import json
import shutil
import sqlite3

from soum_desk.config import resolve_paths
from soum_desk.services.core import audit, audit_anchor, audit_position, backup, startup
from soum_desk.services.core.startup import open_context
from soum_desk.services.letters import actions as letters


def _letters(ctx, n: int) -> None:
    for i in range(n):
        letters.register_letter(ctx, direction="in", reg_date="2024.01.10", counterpart="Аймгийн ЗДТГ",
                                subject=f"Мэдээ {i}")


def test_anchor_follows_every_commit(ctx):
    _letters(ctx, 2)
    anchor = audit_anchor.read(ctx.paths)
    with ctx.reading() as session:
        assert anchor is not None and (anchor["count"], anchor["hash"]) == audit_position.chain_end(session)
    assert audit.verify(ctx).ok


def test_deleted_wal_after_a_crash_is_named(ctx, tmp_path):
    _letters(ctx, 1)
    ctx.dispose()  # everything so far is in the database file itself
    ctx = open_context(ctx.paths).as_actor(ctx.actor)
    _letters(ctx, 3)  # committed, still in the WAL
    # "the machine crashed and someone deleted the -wal file": copy the folder without it
    crashed = tmp_path / "crashed"
    shutil.copytree(ctx.paths.data_dir, crashed, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    ctx.dispose()
    after = open_context(resolve_paths(crashed)).as_actor(ctx.actor)
    try:
        report = audit.verify(after)
        assert not report.ok
        assert "missing" in report.reason_en and "-wal" in report.reason_en and "дутуу" in report.reason_mn
        warning = startup.audit_warning(after)
        assert warning is not None and "-wal" in warning.msg.mn
        _letters(after, 6)  # work goes on, past the anchored count; the evidence stays
        assert not audit.verify(after).ok
    finally:
        after.dispose()


def test_tail_cut_with_triggers_put_back_is_named(ctx):
    _letters(ctx, 4)
    ctx.dispose()
    conn = sqlite3.connect(ctx.paths.sqlite_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 3 FROM audit_log)")
    count, last_hash, last_id = conn.execute(
        "SELECT COUNT(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), MAX(id) FROM audit_log").fetchone()
    conn.execute("UPDATE setting SET value = ? WHERE key = 'audit.head'",
                 (json.dumps({"count": count, "hash": last_hash, "id": last_id}),))
    conn.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                 "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
    conn.commit()
    conn.close()
    report = audit.verify(ctx)
    assert not report.ok and "missing 3 entries" in report.reason_en


def test_restore_is_not_an_alarm(ctx, tmp_path):
    saved = backup.make_backup(ctx, to=tmp_path / "before.sqlite3", reason="manual")
    _letters(ctx, 3)
    backup.restore(ctx, saved.path)
    report = audit.verify(ctx)
    assert report.ok, report.reason_en
    assert startup.audit_warning(ctx) is None
