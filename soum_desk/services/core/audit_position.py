"""Where the audit chain stands, read from its entries: its length and last hash, and its head
at an earlier length. Nothing here trusts `setting` 'audit.head', which whoever holds the
database can rewrite together with the entries."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soum_desk.db.models import AuditEntry

GENESIS = "0" * 64


def chain_end(session: Session) -> tuple[int, str]:
    """The chain's real length and last hash, read from the entries (not from `audit.head`, which
    whoever holds the database can rewrite with them)."""
    count = session.scalar(select(func.count(AuditEntry.id))) or 0
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return count, last or GENESIS


def hash_at(session: Session, count: int) -> str | None:
    """The chain's head when it had `count` entries (the hash of its `count`-th entry in id
    order); None when the chain is shorter than that."""
    if count <= 0:
        return GENESIS
    return session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id).offset(count - 1).limit(1))
