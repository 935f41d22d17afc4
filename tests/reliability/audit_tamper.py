"""Random edits, deletions and reorderings of audit rows made with plain sqlite3 (issue 9, item 11)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from soum_desk.services.core.audit import entry_hash

CONTENT = ("at", "username", "action", "entity", "entity_id", "before", "after")
ALL = ("at", "username", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash")
KINDS = ("edit", "edit_rehash", "edit_prev_hash", "edit_hash", "delete", "delete_tail", "swap", "move_to_end",
         "insert_forged")


def _changed(rnd: random.Random, value: str | None) -> str:
    if not value:
        return "x"
    i = rnd.randrange(len(value))
    new_char = rnd.choice("0123456789abcdefАБВ{}\":,")
    out = value[:i] + new_char + value[i + 1:]
    return out if out != value else value + "1"


def tamper(db: Path, rnd: random.Random) -> str:
    """Apply one random change behind the app's back (triggers dropped first); return its kind."""
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
        elif kind == "move_to_end":  # the newest row cannot move after itself
            con.execute("UPDATE audit_log SET id=? WHERE id=?", (ids[-1] + 1, rnd.choice(ids[:-1])))
        else:  # a forged entry appended after the last one, correctly chained but not in the head
            last = dict(zip(ALL, con.execute(f"SELECT {cols} FROM audit_log ORDER BY id DESC LIMIT 1").fetchone(),  # noqa: S608
                            strict=True))
            fields = (last["at"], "admin", "petition.delete", "petition", "1", None, None)
            digest = entry_hash(last["hash"], *fields)
            con.execute(f"INSERT INTO audit_log (id, {cols}) VALUES (?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
                        (ids[-1] + 1, *fields, last["hash"], digest))
        con.commit()
        return kind
    finally:
        con.close()
