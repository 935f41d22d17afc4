"""Keeping the FTS5 index `petition_fts` in step with `petition`, inside the caller's transaction.

Triggers cannot do it: the engine sets PRAGMA trusted_schema=OFF (a safety
setting), under which a trigger may not write a virtual table. Every path that
writes summary or resolution calls one of these functions. No-ops off SQLite.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session


def _sqlite(conn: Session | Connection) -> bool:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.name == "sqlite"


def index_new(conn: Session | Connection, after_id: int) -> None:
    """Index every petition with id > after_id (after an insert or a bulk insert)."""
    if _sqlite(conn):
        conn.execute(text("INSERT INTO petition_fts(rowid, summary, resolution) "
                          "SELECT id, summary, resolution FROM petition WHERE id > :after"), {"after": after_id})


def replace(conn: Session | Connection, petition_id: int, old: tuple[str | None, str | None],
            new: tuple[str | None, str | None]) -> None:
    """Re-index one petition whose summary or resolution changed (old values are needed to delete)."""
    if not _sqlite(conn) or old == new:
        return
    conn.execute(text("INSERT INTO petition_fts(petition_fts, rowid, summary, resolution) "
                      "VALUES ('delete', :id, :s, :r)"), {"id": petition_id, "s": old[0], "r": old[1]})
    conn.execute(text("INSERT INTO petition_fts(rowid, summary, resolution) VALUES (:id, :s, :r)"),
                 {"id": petition_id, "s": new[0], "r": new[1]})


def rebuild(conn: Session | Connection) -> None:
    if _sqlite(conn):
        conn.execute(text("INSERT INTO petition_fts(petition_fts) VALUES ('rebuild')"))
