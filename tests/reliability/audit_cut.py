"""Cutting or rewriting an office's audit log behind the program's back, the way issue 19's attack
did: triggers dropped, entries deleted or re-chained, `audit.head` rewritten, triggers put back.
Positions are counted against the count the office's previous bundle declared (`declared`)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from soum_desk.services.core.audit import GENESIS, entry_hash

CONTENT = ("at", "username", "action", "entity", "entity_id", "before", "after")


@dataclass(frozen=True)
class Cut:
    """`kind`: "cut" keeps the first `position` entries; "edit" changes entry `position` and
    re-chains everything after it; "drop" deletes entry `position` and re-chains after it.
    `position` is relative to `declared` when `from_declared` (e.g. −3: three before it)."""

    kind: str
    position: int
    from_declared: bool = True

    @property
    def name(self) -> str:
        where = f"declared{self.position:+d}" if self.from_declared else f"#{self.position}"
        return f"{self.kind}@{where}"

    def touches_what_was_sent(self, declared: int) -> bool:
        """Does the change reach the entries the previous bundle vouched for?"""
        at = self.at(declared)
        return at < declared if self.kind == "cut" else at <= declared

    def at(self, declared: int) -> int:
        return declared + self.position if self.from_declared else self.position


def apply(db: Path, cut: Cut, declared: int) -> None:
    con = sqlite3.connect(db)
    try:
        con.execute("DROP TRIGGER audit_log_no_update")
        con.execute("DROP TRIGGER audit_log_no_delete")
        ids = [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]
        at = cut.at(declared)
        if not 0 <= at <= len(ids) or (cut.kind != "cut" and at == 0):
            raise ValueError(f"{cut.name}: no entry {at} in a log of {len(ids)} (declared {declared})")
        if cut.kind == "cut":
            con.execute("DELETE FROM audit_log WHERE id > ?", (ids[at - 1] if at else 0,))
        elif cut.kind == "edit":
            con.execute("UPDATE audit_log SET after = ? WHERE id = ?", ('{"note":"rewritten"}', ids[at - 1]))
            _rechain(con)
        else:
            con.execute("DELETE FROM audit_log WHERE id = ?", (ids[at - 1],))
            _rechain(con)
        count, last_hash, last_id = con.execute(
            "SELECT COUNT(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), MAX(id) FROM audit_log").fetchone()
        con.execute("UPDATE setting SET value = ? WHERE key = 'audit.head'",
                    (json.dumps({"count": count, "hash": last_hash or GENESIS, "id": last_id or 0}),))
        for verb in ("UPDATE", "DELETE"):
            con.execute(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
        con.commit()
    finally:
        con.close()


def _rechain(con: sqlite3.Connection) -> None:
    prev = GENESIS
    cols = ", ".join(CONTENT)
    for entry_id, *values in con.execute(f"SELECT id, {cols} FROM audit_log ORDER BY id").fetchall():  # noqa: S608
        digest = entry_hash(prev, *values)
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry_id))
        prev = digest


# Short form (make test): one of each kind. Long form: every position of the first bundle's
# entries (it declares 7 in the test office: positions declared−6 … declared) and a few after it.
SHORT = (Cut("cut", -3), Cut("edit", 0), Cut("drop", -1), Cut("cut", 1))
LONG = (
    *(Cut("cut", -k) for k in (1, 2, 4, 5, 6)),
    Cut("cut", 0, from_declared=False),  # every entry
    *(Cut("edit", -k) for k in (1, 2, 3, 4, 5, 6)),
    *(Cut("drop", -k) for k in (0, 2, 3, 4, 5, 6)),
    Cut("edit", 1), Cut("edit", 2), Cut("drop", 1),  # only what came after the bundle
)
