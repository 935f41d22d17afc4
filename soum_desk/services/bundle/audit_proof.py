"""The audit chain's proof a bundle carries (issue 19): its head now, and its head at the count
the previous bundle declared.

The province holds the head each bundle carried. If the office's log was cut at its tail, or
rewritten from some entry on, the head at the previous count differs from (or no longer reaches)
the one the province holds, and the bundle is refused (`bundle/verify._check_audit_continues`).
Nothing in the database vouches for itself here: the previous count comes from the audit entry
of the previous export, and the head at that count from the entries themselves.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.bundle import format as fmt
from soum_desk.db.models import AuditEntry
from soum_desk.services.core import audit_position

START_ACTION = "bundle.export_start"


def previous_count(session: Session, sequence: int) -> int | None:
    """The audit count bundle `sequence` declared, as its export's start entry recorded it; None
    for an export made before the count was recorded there; -1 when that entry is gone."""
    after = session.scalar(select(AuditEntry.after).where(AuditEntry.action == START_ACTION,
                                                          AuditEntry.entity_id == str(sequence))
                           .order_by(AuditEntry.id.desc()).limit(1))
    if after is None:
        return -1  # the entry is gone: the chain no longer reaches that export
    count = json.loads(after).get("audit_count")
    return count if isinstance(count, int) else None


def bag_fields(session: Session, last_sequence: int | None) -> dict[str, str]:
    """bag-info fields: the chain's head and count now, and where the previous bundle's ended."""
    count, head = audit_position.chain_end(session)
    fields = {fmt.F_AUDIT_HEAD: head, fmt.F_AUDIT_COUNT: str(count)}
    before = previous_count(session, last_sequence) if last_sequence else None
    if before is not None:
        at = audit_position.hash_at(session, before) if before >= 0 else None
        fields[fmt.F_AUDIT_PREVIOUS_COUNT] = str(max(before, 0))
        fields[fmt.F_AUDIT_PREVIOUS_HEAD] = at or ""
    return fields
