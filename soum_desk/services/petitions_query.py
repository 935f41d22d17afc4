"""Listing petitions: filters, sort and full-text search in SQL, one page at a time.

Search uses the FTS5 index `petition_fts` (unicode61 folds Cyrillic case, so
«гомдол» finds «Гомдол»); each word matches as a prefix. On PostgreSQL, which
has no FTS5, it falls back to ILIKE over summary and resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, timedelta

from sqlalchemy import and_, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from soum_desk.db.models import Bag, Petition
from soum_desk.domain.periods import Period
from soum_desk.domain.petition_codes import OPEN_STATUSES
from soum_desk.domain.roles import Permission
from soum_desk.services.context import AppContext
from soum_desk.services.petitions_common import bag_names, petition_dict, rules


@dataclass(frozen=True)
class PetitionFilter:
    period: str | None = None  # «2024Q4», «2024H1», «2024»
    status: str | None = None  # a status code, or «open» / «closed»
    kind: str | None = None
    channel: str | None = None
    topic: str | None = None
    bag: str | None = None
    official: str | None = None
    overdue: bool = False
    due_soon: bool = False
    text: str | None = None

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))


# Sort keys a list may use; each is backed by an index (see db/models/petitions.py).
SORT_COLUMNS = {
    "received": Petition.received_at, "reg_no": Petition.reg_no, "kind": Petition.kind,
    "channel": Petition.channel, "topic": Petition.topic, "bag": Petition.bag_id,
    "official": Petition.official_name, "status": Petition.status, "due": Petition.due,
    "resolved_on": Petition.resolved_on,
}


def fts_query(user_text: str) -> str | None:
    """User words → an FTS5 query: every word must occur, each as a prefix."""
    words = [w for w in re.split(r"[^\w-]+", user_text or "") if w]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _conditions(session: Session, flt: PetitionFilter, today: date) -> list:
    cond = []
    if flt.period:
        period = Period.parse(flt.period)
        cond.append(Petition.received.between(period.start, period.end))
    if flt.status == "open":
        cond.append(Petition.status.in_(OPEN_STATUSES))
    elif flt.status == "closed":
        cond.append(Petition.status.not_in(OPEN_STATUSES))
    elif flt.status:
        cond.append(Petition.status == flt.status)
    for name in ("kind", "channel", "topic"):
        if getattr(flt, name):
            cond.append(getattr(Petition, name) == getattr(flt, name))
    if flt.bag:
        cond.append(Petition.bag_id == select(Bag.id).where(Bag.name == flt.bag).scalar_subquery())
    if flt.official:
        cond.append(Petition.official_name == flt.official)
    if flt.overdue:
        cond.append(and_(Petition.status.in_(OPEN_STATUSES), Petition.due < today))
    if flt.due_soon:
        soon = today + timedelta(days=rules(session).due_soon_days)
        cond.append(and_(Petition.status.in_(OPEN_STATUSES), Petition.due.between(today, soon)))
    if flt.text and flt.text.strip():
        cond.append(_search_condition(session, flt.text))
    return cond


def _search_condition(session: Session, user_text: str):  # noqa: ANN202
    if session.get_bind().dialect.name == "sqlite":
        query = fts_query(user_text)
        if query is None:
            return literal_column("1") == 1
        matching = text("SELECT rowid FROM petition_fts WHERE petition_fts MATCH :q").bindparams(q=query)
        return Petition.id.in_(matching.columns(literal_column("rowid")))
    words = [w for w in user_text.split() if w]
    return and_(*[or_(Petition.summary.ilike(f"%{w}%"), Petition.resolution.ilike(f"%{w}%"))
                  for w in words])


def list_page(ctx: AppContext, flt: PetitionFilter | None = None, *, sort: str = "received",
              descending: bool = True, offset: int = 0, limit: int = 100,
              today: date | None = None) -> list[dict]:
    """One page of petitions (no personal data), filtered and sorted in SQL."""
    ctx.require(Permission.READ)
    today = today or date.today()
    column = SORT_COLUMNS.get(sort, Petition.received_at)
    order = [column.desc(), Petition.id.desc()] if descending else [column.asc(), Petition.id.asc()]
    with ctx.reading() as session:
        query = select(Petition).where(*_conditions(session, flt or PetitionFilter(), today))
        rows = session.scalars(query.order_by(*order).offset(offset).limit(limit)).all()
        bags = bag_names(session)
        soon = rules(session).due_soon_days
        return [petition_dict(p, bags, today=today, due_soon_days=soon, lang=ctx.lang) for p in rows]


def count(ctx: AppContext, flt: PetitionFilter | None = None, *, today: date | None = None) -> int:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        query = select(func.count(Petition.id)).where(*_conditions(session, flt or PetitionFilter(),
                                                                     today or date.today()))
        return session.scalar(query) or 0


def overdue_count(ctx: AppContext, today: date | None = None) -> int:
    """Open petitions past their due date — for the main window's status bar."""
    return count(ctx, PetitionFilter(overdue=True), today=today)


def filter_options(ctx: AppContext) -> dict[str, list[str]]:
    """Values the list's filter boxes offer: topics, bags, officials in use."""
    ctx.require(Permission.READ)
    from soum_desk.services import settings

    with ctx.reading() as session:
        officials = session.scalars(select(Petition.official_name).where(Petition.official_name.is_not(None))
                                    .distinct().order_by(Petition.official_name)).all()
        used_topics = session.scalars(select(Petition.topic).where(Petition.topic.is_not(None)).distinct()).all()
        topic_list = list(settings.get_value(session, "petitions.topics"))
        topic_list += sorted(t for t in used_topics if t not in topic_list)
        bags = sorted(bag_names(session).values())
    return {"topics": topic_list, "bags": bags, "officials": list(officials)}
