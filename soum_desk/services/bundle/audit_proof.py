"""The audit chain's proof a bundle carries (issue 19): its head now, and its head at the count
the previous bundle declared.

The province holds the head each bundle carried. If the office's log was cut at its tail, or
rewritten from some entry on, the head at the previous count differs from (or no longer reaches)
the one the province holds, and the bundle is refused (`bundle/verify._check_audit_continues`).
Nothing in the database vouches for itself here: the previous count comes from the audit entry
of the previous export, and the head at that count from the entries themselves. Every bundle after
the first carries the proof, so the province can insist on it.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soum_desk.bundle import format as fmt
from soum_desk.db.models import AuditEntry
from soum_desk.services.core import audit_position

START_ACTION = "bundle.export_start"


def previous_count(session: Session, sequence: int) -> int | None:
    """The audit count bundle `sequence` declared: as its export's start entry recorded it, or
    (an export made before that was recorded, or an entry whose record was altered) the entries
    before that start entry, which is where the head was read. None when the entry is gone: the
    chain no longer reaches that export. Whatever is found here, the province compares the head
    at this count with the one it holds, so a wrong count cannot pass a changed log."""
    row = session.execute(select(AuditEntry.id, AuditEntry.after).where(AuditEntry.action == START_ACTION,
                                                                         AuditEntry.entity_id == str(sequence))
                          .order_by(AuditEntry.id.desc()).limit(1)).first()
    if row is None:
        return None
    try:
        count = json.loads(row.after or "{}").get("audit_count")
    except (ValueError, AttributeError):
        count = None
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        return count
    return session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.id < row.id)) or 0


def bag_fields(session: Session, last_sequence: int | None) -> dict[str, str]:
    """bag-info fields: the chain's head and count now, and where the previous bundle's ended."""
    count, head = audit_position.chain_end(session)
    fields = {fmt.F_AUDIT_HEAD: head, fmt.F_AUDIT_COUNT: str(count)}
    if last_sequence:
        before = previous_count(session, last_sequence)
        at = audit_position.hash_at(session, before) if before is not None else None
        fields[fmt.F_AUDIT_PREVIOUS_COUNT] = str(before or 0)
        fields[fmt.F_AUDIT_PREVIOUS_HEAD] = at or ""  # empty: the chain no longer reaches it
    return fields
