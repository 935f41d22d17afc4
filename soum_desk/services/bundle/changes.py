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

import threading
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from sqlalchemy import select

from soum_desk.db.models import BundleExport
from soum_desk.domain import clock
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.services.bundle.content_digest import content_digest
from soum_desk.services.core import audit
from soum_desk.services.core.context import AppContext

RECENT_PERIODS = 4  # how many of the periods sent last are checked (each costs one payload, ~20–70 ms)
DONE = "done"  # export.DONE

# Recomputed digests, keyed by what they depend on. A large soum's quarter takes about half a second
# (100 000 petitions and letters over ten years: ~500 ms per period), and the dashboard and the bundle
# page both ask after every change; every write of records is audited, so the audit chain head tells
# whether anything can have changed since the last time. The lock lets the second asker wait for the
# first one's result instead of computing it again.
_CACHE: dict[tuple, str] = {}
_CACHE_SIZE = 64
_LOCK = threading.Lock()


class ChangedPeriod(TypedDict):
    """A period whose records differ from its last bundle."""

    period: str
    period_label: str
    sequence: int  # the last bundle sent for it
    sent_at: str  # ISO time of that export


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


def _cached_digest(ctx: AppContext, period: Period) -> str:
    """`period_digest`, remembered while the database's audit head, the day (a running period's
    figures are as of today) and the payload providers stay the same."""
    from soum_desk.services.bundle.export import PAYLOAD_PROVIDERS

    head = audit.chain_head(ctx)
    key = (str(ctx.engine.url), period.code, head.get("count"), head.get("hash"), clock.today(),
           tuple((name, id(fn)) for name, fn in PAYLOAD_PROVIDERS.items()))
    with _LOCK:
        if key not in _CACHE:
            if len(_CACHE) >= _CACHE_SIZE:
                _CACHE.clear()
            _CACHE[key] = period_digest(ctx, period)
        return _CACHE[key]


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
        if _cached_digest(ctx, period) != digest:
            changed.append(ChangedPeriod(period=code, period_label=period.label(ctx.lang), sequence=sequence,
                                         sent_at=sent_at))
    return changed
