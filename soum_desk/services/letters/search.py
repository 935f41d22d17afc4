"""Keeping the trigram search index (`letter_fts`, SQLite only) in step with `letter.search_text`.

Every path that writes letters calls one of these in its own transaction, so the
index and the table commit together. `rebuild` repairs the index from the table.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session


def search_key(*parts: object) -> str:
    """Casefolded text searched by the list (SQLite's lower() does not fold Cyrillic)."""
    return " ".join([str(p) for p in parts if p]).casefold()


_known: dict[str, bool] = {}


def enabled(session: Session) -> bool:
    bind = session.get_bind()
    key = str(bind.engine.url)
    if key not in _known:
        _known[key] = bind.dialect.name == "sqlite" and session.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = 'letter_fts'")).first() is not None
    return _known[key]


def add(session: Session, ids: Iterable[int]) -> None:
    """Index newly inserted letters."""
    ids = list(ids)
    if ids and enabled(session):
        for start in range(0, len(ids), 500):
            chunk = ",".join(str(int(i)) for i in ids[start:start + 500])
            session.execute(text("INSERT INTO letter_fts(rowid, search_text) "
                                 f"SELECT id, search_text FROM letter WHERE id IN ({chunk})"))


def add_after(session: Session, last_id: int) -> None:
    """Index every letter with an id above `last_id` (after a bulk insert)."""
    if enabled(session):
        session.execute(text("INSERT INTO letter_fts(rowid, search_text) "
                             "SELECT id, search_text FROM letter WHERE id > :last"), {"last": last_id})


def replace(session: Session, letter_id: int, old_text: str, new_text: str) -> None:
    """Re-index one letter whose search text changed."""
    if old_text == new_text or not enabled(session):
        return
    session.execute(text("INSERT INTO letter_fts(letter_fts, rowid, search_text) VALUES ('delete', :id, :old)"),
                    {"id": letter_id, "old": old_text})
    session.execute(text("INSERT INTO letter_fts(rowid, search_text) VALUES (:id, :new)"),
                    {"id": letter_id, "new": new_text})


def rebuild(session: Session) -> None:
    if enabled(session):
        session.execute(text("INSERT INTO letter_fts(letter_fts) VALUES ('rebuild')"))
