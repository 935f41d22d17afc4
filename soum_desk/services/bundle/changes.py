"""Has a period changed since its bundle was sent?

At export the office keeps a digest of the period's public tables (`content_digest`). The
dashboard and the bundle page recompute it for the periods sent most recently: a different
digest means the province holds figures that are no longer the office's, and the head should
send a correction bundle (a new export of the same period; the province uses the latest).

Only what describes the period goes into the digest. The archive's «held now» counts describe
the day of the export, not the period, so they are left out: otherwise every unit received
into the archive would mark every period sent before as changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from sqlalchemy import select

from soum_desk.db.models import BundleExport
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.services.core.context import AppContext

RECENT_PERIODS = 4  # how many of the periods sent last are checked (each costs one payload, ~20–70 ms)
DONE = "done"  # export.DONE (not imported: export imports this module's users)


class ChangedPeriod(TypedDict):
    """A period whose records differ from its last bundle."""

    period: str
    period_label: str
    sequence: int  # the last bundle sent for it
    sent_at: str  # ISO time of that export


def _stable_rows(table: str, rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    if table == "archive_counts":  # units held on the day of the export
        return []
    if table == "archive_detail":
        return [r for r in rows if r.get("measure") != "held_now"]
    return list(rows)


def content_digest(tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    """SHA-256 over the period's public tables.

    Sealed personal tables and the office's own details (a renamed office is not a changed period)
    are left out.
    """
    stable = {name: _stable_rows(name, rows) for name, rows in sorted(tables.items())
              if not name.startswith("personal_") and name != "office"}
    text = json.dumps(stable, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def period_digest(ctx: AppContext, period: Period) -> str:
    """The digest the period's bundle would carry if it were exported now.

    The payload comes from the providers the export uses (`export.PAYLOAD_PROVIDERS`, imported here
    because export imports this module), so a replaced provider is compared with itself.
    """
    from soum_desk.services.bundle.export import PAYLOAD_PROVIDERS

    tables: dict[str, Sequence[Mapping[str, Any]]] = {}
    for provide in PAYLOAD_PROVIDERS.values():
        tables.update(provide(ctx, period, include_personal=False))
    return content_digest(tables)


def changed_since_sent(ctx: AppContext, limit: int = RECENT_PERIODS) -> list[ChangedPeriod]:
    """The recently sent periods whose records have changed since their last bundle, newest first."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        exports = session.scalars(select(BundleExport).where(BundleExport.state == DONE)
                                  .order_by(BundleExport.sequence.desc())).all()
        latest: dict[str, tuple[int, str, str | None]] = {}
        for row in exports:
            if row.period not in latest:
                latest[row.period] = (row.sequence, row.created_at.isoformat(timespec="seconds"), row.content_digest)
    changed: list[ChangedPeriod] = []
    for code, (sequence, sent_at, digest) in list(latest.items())[:limit]:
        if digest is None:  # sent before digests were kept: nothing to compare with
            continue
        period = Period.parse(code)
        if period_digest(ctx, period) != digest:
            changed.append(ChangedPeriod(period=code, period_label=period.label(ctx.lang), sequence=sequence,
                                         sent_at=sent_at))
    return changed
