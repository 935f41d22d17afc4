"""Random edits, deletions and reorderings of audit rows made with plain sqlite3 (issue 9, item 11)."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from soum_desk.services.core.audit import entry_hash

CONTENT = ("at", "username", "action", "entity", "entity_id", "before", "after")
ALL = ("at", "username", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash")
KINDS = ("edit", "edit_rehash", "edit_prev_hash", "edit_hash", "delete", "delete_tail", "swap", "move_to_end",
         "insert_forged", "cut_tail_rehead", "rechain_rehead")
# The last two leave a chain that links, with the head in `setting` rewritten to match: only the
# head kept outside the database (`audit-anchor.json`) can tell (issue 19).


def _changed(rnd: random.Random, value: str | None) -> str:
    if not value:
        return "x"
    i = rnd.randrange(len(value))
    new_char = rnd.choice("0123456789abcdefАБВ{}\":,")
    out = value[:i] + new_char + value[i + 1:]
    return out if out != value else value + "1"


def _rehead(con: sqlite3.Connection) -> None:
    count, last_hash, last_id = con.execute(
        "SELECT COUNT(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), MAX(id) FROM audit_log").fetchone()
    con.execute("UPDATE setting SET value = ? WHERE key = 'audit.head'",
                (json.dumps({"count": count, "hash": last_hash, "id": last_id}),))


def _rechain_from(con: sqlite3.Connection, first_id: int) -> None:
    """Re-hash every entry from `first_id` on, as someone who knows the formula would."""
    cols = ", ".join(CONTENT)
    prev = con.execute("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", (first_id,)).fetchone()
    prev_hash = prev[0] if prev else "0" * 64
    for entry_id, *values in con.execute(f"SELECT id, {cols} FROM audit_log WHERE id >= ? ORDER BY id",  # noqa: S608
                                         (first_id,)).fetchall():
        digest = entry_hash(prev_hash, *values)
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev_hash, digest, entry_id))
        prev_hash = digest


def _put_triggers_back(con: sqlite3.Connection) -> None:
    """A careful attacker leaves the append-only triggers as they were: only the chain (and the head
    kept outside the database) can tell."""
    for verb in ("UPDATE", "DELETE"):
        con.execute(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")


def tamper(db: Path, rnd: random.Random) -> str:
    """Apply one random change behind the app's back (triggers dropped first, put back after);
    return its kind."""
    con = sqlite3.connect(db)
    try:
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"):
            con.execute(f'DROP TRIGGER "{name}"')
        ids = [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]
        kind = rnd.choice(KINDS)
        target = rnd.choice(ids)
        cols = ", ".join(ALL)
        row = dict(zip(ALL, con.execute(f"SELECT {cols} FROM audit_log WHERE id=?", (target,)).fetchone(),  # noqa: S608
                       strict=True))
        if kind in ("edit", "edit_rehash"):
            col = rnd.choice(CONTENT)
            row[col] = _changed(rnd, row[col])
            con.execute(f"UPDATE audit_log SET {col}=? WHERE id=?", (row[col], target))  # noqa: S608
            if kind == "edit_rehash":  # an attacker who knows the formula re-hashes the edited row only
                digest = entry_hash(row["prev_hash"], *(row[c] for c in CONTENT))
                con.execute("UPDATE audit_log SET hash=? WHERE id=?", (digest, target))
        elif kind in ("edit_prev_hash", "edit_hash"):
            col = kind[5:]
            con.execute(f"UPDATE audit_log SET {col}=? WHERE id=?", (_changed(rnd, row[col]), target))  # noqa: S608
        elif kind == "delete":
            con.execute("DELETE FROM audit_log WHERE id=?", (target,))
        elif kind == "delete_tail":
            con.execute("DELETE FROM audit_log WHERE id > ?", (ids[-rnd.randint(1, min(5, len(ids)))] - 1,))
        elif kind == "swap":
            other = rnd.choice([i for i in ids if i != target])
            con.execute("UPDATE audit_log SET id=-1 WHERE id=?", (target,))
            con.execute("UPDATE audit_log SET id=? WHERE id=?", (target, other))
            con.execute("UPDATE audit_log SET id=? WHERE id=-1", (other,))
        elif kind == "cut_tail_rehead":
            con.execute("DELETE FROM audit_log WHERE id > ?", (ids[-rnd.randint(1, min(5, len(ids)))] - 1,))
            _rehead(con)
        elif kind == "rechain_rehead":
            col = rnd.choice(CONTENT)
            con.execute(f"UPDATE audit_log SET {col}=? WHERE id=?", (_changed(rnd, row[col]), target))  # noqa: S608
            _rechain_from(con, target)
            _rehead(con)
        elif kind == "move_to_end":  # the newest row cannot move after itself
            con.execute("UPDATE audit_log SET id=? WHERE id=?", (ids[-1] + 1, rnd.choice(ids[:-1])))
        else:  # a forged entry appended after the last one, correctly chained but not in the head
            last = dict(zip(ALL, con.execute(f"SELECT {cols} FROM audit_log ORDER BY id DESC LIMIT 1").fetchone(),  # noqa: S608
                            strict=True))
            fields = (last["at"], "admin", "petition.delete", "petition", "1", None, None)
            digest = entry_hash(last["hash"], *fields)
            con.execute(f"INSERT INTO audit_log (id, {cols}) VALUES (?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
                        (ids[-1] + 1, *fields, last["hash"], digest))
        _put_triggers_back(con)
        con.commit()
        return kind
    finally:
        con.close()
