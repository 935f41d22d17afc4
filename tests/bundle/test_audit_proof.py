"""Issue 19: a bundle proves the office's audit log still holds the head the previous bundle
carried, so a log whose tail was cut (triggers dropped, newest entries deleted, `audit.head`
rewritten) or rewritten from some entry on is refused by the province, with a recorded reason."""

from __future__ import annotations

import json
import sqlite3

from soum_desk.bundle import format as fmt
from soum_desk.bundle.verdict import Code
from soum_desk.services.core import audit, audit_anchor
from soum_desk.services.province import imports as province_import
from tests.bundle import tamper
from tests.bundle.conftest import register
from tests.bundle.test_tampering import refused

COLUMNS = ("at", "username", "action", "entity", "entity_id", "before", "after")


def _bag_info(path) -> dict[str, str]:
    entries = tamper.read(path)
    return fmt.parse_bag_info(entries[f"{tamper.bag_root(entries)}/{fmt.BAG_INFO}"].decode())


def _rewrite_head(conn: sqlite3.Connection) -> None:
    """What the attacker does last: make `audit.head` agree with what is left."""
    count, last_hash, last_id = conn.execute(
        "SELECT COUNT(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), MAX(id) FROM audit_log").fetchone()
    conn.execute("UPDATE setting SET value = ? WHERE key = 'audit.head'",
                 (json.dumps({"count": count, "hash": last_hash, "id": last_id}),))


def _attacker(env) -> sqlite3.Connection:
    env.ctx.dispose()
    conn = sqlite3.connect(env.ctx.paths.sqlite_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    return conn


def _restore_triggers(conn: sqlite3.Connection) -> None:
    """A careful attacker puts the triggers back, so only the chain can tell."""
    for verb in ("UPDATE", "DELETE"):
        conn.execute(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                     "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")


def test_untouched_log_carries_its_proof_and_is_accepted(province_ctx, make_office):
    env = make_office()
    register(province_ctx, env)
    first = env.export("2024Q3")
    second = env.export("2024Q4")
    info1, info2 = _bag_info(first), _bag_info(second)
    assert info2[fmt.F_AUDIT_PREVIOUS_COUNT] == info1[fmt.F_AUDIT_COUNT]
    assert info2[fmt.F_AUDIT_PREVIOUS_HEAD] == info1[fmt.F_AUDIT_HEAD]
    assert int(info2[fmt.F_AUDIT_COUNT]) > int(info1[fmt.F_AUDIT_COUNT])
    results = province_import.import_files(province_ctx, [first, second])
    assert [r["verdict"] for r in results] == ["valid", "valid"]


def test_cut_tail_with_rewritten_head_is_refused(province_ctx, make_office):
    env = make_office()
    register(province_ctx, env)
    first = env.export("2024Q3")
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"
    declared = int(_bag_info(first)[fmt.F_AUDIT_COUNT])
    conn = _attacker(env)
    keep = conn.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET ?", (declared - 3,)).fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id > ?", (keep,))
    _rewrite_head(conn)
    _restore_triggers(conn)
    conn.commit()
    conn.close()
    for i in range(20):  # the office goes on working: its log grows past the count it declared
        with env.ctx.transaction() as session:
            audit.record(session, None, "test.work", "test", i)
    # at the office, the head kept beside the database tells (the log has grown past it since)
    assert "are not the ones it had" in audit.verify(env.ctx).reason_en
    result = refused(province_ctx, env.export("2024Q4"), Code.AUDIT_CUT)
    assert "shorter" in result["reason_en"] and "богиносжээ" in result["reason_mn"]
    # not imported: held until the head, who asks the office whether it restored a backup, decides
    [held] = province_import.list_held(province_ctx)
    assert held["sequence"] == 2 and "shorter" in held["reason"]
    province_import.reject_held(province_ctx, held["id"])
    assert province_import.list_held(province_ctx) == []


def test_forked_log_is_refused(province_ctx, make_office):
    env = make_office()
    register(province_ctx, env)
    first = env.export("2024Q3")
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"
    conn = _attacker(env)
    rows = conn.execute(f"SELECT id, {', '.join(COLUMNS)} FROM audit_log ORDER BY id").fetchall()
    # rewrite the third entry and re-chain everything after it, as someone who knows the formula would
    prev = audit.GENESIS
    for n, (entry_id, *values) in enumerate(rows):
        if n == 2:
            values[COLUMNS.index("after")] = '{"note":"rewritten"}'
        digest = audit.entry_hash(prev, *values)
        conn.execute("UPDATE audit_log SET after = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     (values[COLUMNS.index("after")], prev, digest, entry_id))
        prev = digest
    _rewrite_head(conn)
    _restore_triggers(conn)
    conn.commit()
    conn.close()
    assert not audit.verify(env.ctx).ok  # the head kept beside the database tells, here
    audit_anchor.path_of(env.ctx.paths).unlink()  # an attacker with the file alone has no anchor
    assert audit.verify(env.ctx).ok  # nothing inside the database can tell
    result = refused(province_ctx, env.export("2024Q4"), Code.AUDIT_CUT)
    assert "does not continue" in result["reason_en"] and "үргэлжлүүлэхгүй" in result["reason_mn"]
