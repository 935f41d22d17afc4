"""Are the audit log's protecting triggers still in place (issue 19)?

The migration 0001 makes `audit_log` append-only inside the database itself: one trigger refuses
UPDATE, one DELETE (SQLite), or one refuses both (PostgreSQL). Whoever holds the database file can
drop them and cut the log's tail; the hash chain then still links, so `audit verify` must also ask
whether each trigger exists, still refuses, and (PostgreSQL) is enabled.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# trigger name → what it forbids, as the clerk reads it (Mongolian, English)
SQLITE_TRIGGERS = {
    "audit_log_no_update": ("аудитын бичлэгийг засахыг хориглох хамгаалалт",
                            "the protection that forbids changing audit entries"),
    "audit_log_no_delete": ("аудитын бичлэгийг устгахыг хориглох хамгаалалт",
                            "the protection that forbids deleting audit entries"),
}
POSTGRES_TRIGGERS = {
    "audit_log_no_change": ("аудитын бичлэгийг засах, устгахыг хориглох хамгаалалт",
                            "the protection that forbids changing or deleting audit entries"),
}


def _sqlite_missing(session: Session) -> list[str]:
    rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'audit_log'")).all()
    present = {name for name, sql in rows if "RAISE(ABORT" in (sql or "").upper().replace(" ", "")}
    return [name for name in SQLITE_TRIGGERS if name not in present]


def _postgres_missing(session: Session) -> list[str]:
    rows = session.execute(text(
        "SELECT t.tgname, t.tgenabled, p.prosrc FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = 'audit_log'::regclass AND NOT t.tgisinternal")).all()
    present = {name for name, enabled, source in rows
               if enabled in ("O", "A", b"O", b"A") and "RAISE EXCEPTION" in (source or "").upper()}
    return [name for name in POSTGRES_TRIGGERS if name not in present]


def missing(session: Session) -> list[tuple[str, str]]:
    """The protections that are gone (or no longer refuse), as (Mongolian, English) labels."""
    if session.get_bind().dialect.name == "sqlite":
        return [SQLITE_TRIGGERS[name] for name in _sqlite_missing(session)]
    return [POSTGRES_TRIGGERS[name] for name in _postgres_missing(session)]


def problem(session: Session) -> tuple[str, str] | None:
    """One sentence per language naming every missing protection; None when all are in place."""
    gone = missing(session)
    if not gone:
        return None
    names_mn = ", ".join(f"«{mn}»" for mn, _ in gone)
    names_en = ", ".join(f"«{en}»" for _, en in gone)
    return (f"Өгөгдлийн санд {names_mn} алга байна: аудитын бүртгэлийг програмын гадуур "
            "өөрчилсөн байж болзошгүй.",
            f"Missing from the database: {names_en}. The audit log may have been changed outside "
            "the program.")
