"""Listing petitions: filters, sort and full-text search in SQL, one page at a time.

Search uses the FTS5 index `petition_fts` (unicode61 folds Cyrillic case, so
«гомдол» finds «Гомдол»); each word matches as a prefix. On PostgreSQL, which
has no FTS5, it falls back to ILIKE over summary and resolution. A search that reads as a
registration number («2026/1490», «№1490», «1490») also finds the petition with that number.
The citizen's name or register number is searched only for roles that may see personal data,
and each such search is written to the audit log (without the words searched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from soum_desk.db.models import Bag, Petition, Petitioner
from soum_desk.db.mongolian_order import mongolian_order
from soum_desk.domain.collation import sorted_mongolian
from soum_desk.domain.periods import Period
from soum_desk.domain.petition_codes import OPEN_STATUSES
from soum_desk.domain.roles import Permission
from soum_desk.services.core.context import AppContext
from soum_desk.services.petitions.common import bag_names, petition_dict, rules
from soum_desk.services.petitions.rows import PetitionRow


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
    person: str | None = None  # the citizen's name or register number (personal data)

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))


# Sort keys a list may use; each is backed by an index (see db/models/petitions.py).
SORT_COLUMNS = {
    "received": Petition.received_at, "reg_no": Petition.reg_no, "kind": Petition.kind,
    "channel": Petition.channel, "topic": mongolian_order(Petition.topic), "bag": Petition.bag_id,
    "official": mongolian_order(Petition.official_name), "status": Petition.status, "due": Petition.due,
    "resolved_on": Petition.resolved_on,
}


def fts_query(user_text: str) -> str | None:
    """User words → an FTS5 query: every word must occur, each as a prefix."""
    words = [w for w in re.split(r"[^\w-]+", user_text or "") if w]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


_FULL_NUMBER = re.compile(r"^\s*№?\s*(\d{4})\s*[/-]\s*(\d{1,7})\s*$")
_SHORT_NUMBER = re.compile(r"^\s*№?\s*(\d{1,7})\s*$")


def number_condition(user_text: str) -> ColumnElement[bool] | None:
    """The petitions a search for a registration number means, or None when it is not one.

    «2026/1490» is that year's 1490th; «1490» or «№1490» is the 1490th of any year. A number kept
    as written by an older register (imported) is matched exactly too.
    """
    written = Petition.reg_no == user_text.strip().lstrip("№").strip()
    if full := _FULL_NUMBER.match(user_text):
        return or_(and_(Petition.year == int(full[1]), Petition.seq == int(full[2])), written)
    if short := _SHORT_NUMBER.match(user_text):
        return or_(Petition.seq == int(short[1]), written)
    return None


def _contains_any_case(word: str) -> ColumnElement[bool]:
    # SQLite folds only ASCII letters in LIKE: «бат» must find «Бат» and «БАТ» too
    forms = sorted({word, word.lower(), word.capitalize(), word.upper()})
    return or_(*[Petitioner.name.ilike(f"%{form}%") for form in forms])


def person_condition(user_text: str) -> ColumnElement[bool]:
    """Petitions whose citizen's name contains the words, or whose register number is the text."""
    words = [w for w in user_text.split() if w]
    by_name = and_(*[_contains_any_case(w) for w in words]) if words else literal_column("1") == 0
    register = re.sub(r"\s+", "", user_text).upper()
    matching = select(Petitioner.petition_id).where(or_(by_name, Petitioner.register_no == register))
    return Petition.id.in_(matching)


def _conditions(session: Session, flt: PetitionFilter, today: date, *, walk_index: bool = False) -> list:
    cond = []
    if flt.period:
        period = Period.parse(flt.period)
        # received_at (not received) so the range and the default sort share one index
        cond.append(Petition.received_at >= datetime.combine(period.start, time.min))
        cond.append(Petition.received_at < datetime.combine(period.end + timedelta(days=1), time.min))
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
        words = _search_condition(session, flt.text, walk_index=walk_index)
        number = number_condition(flt.text)
        cond.append(words if number is None else or_(number, words))
    if flt.person and flt.person.strip():
        cond.append(person_condition(flt.person))
    return cond


def fts_match_count(session: Session, user_text: str) -> int | None:
    """How many petitions the words match (FTS5 counts this in about a millisecond)."""
    query = fts_query(user_text)
    if query is None or session.get_bind().dialect.name != "sqlite":
        return None
    return session.execute(text("SELECT count(*) FROM petition_fts WHERE petition_fts MATCH :q"),
                           {"q": query}).scalar_one()


def _search_condition(session: Session, user_text: str, *, walk_index: bool = False) -> ColumnElement[bool]:
    if session.get_bind().dialect.name == "sqlite":
        query = fts_query(user_text)
        if query is None:
            return literal_column("1") == 1
        matching = text("SELECT rowid FROM petition_fts WHERE petition_fts MATCH :q").bindparams(q=query)
        # «+petition.id» hides the rowid from the planner, so it walks the newest-first index
        # and stops after a page of matches instead of sorting thousands of them.
        target = literal_column("+petition.id") if walk_index else Petition.id
        return target.in_(matching.columns(literal_column("rowid")))
    words = [w for w in user_text.split() if w]
    return and_(*[or_(Petition.summary.ilike(f"%{w}%"), Petition.resolution.ilike(f"%{w}%"))
                  for w in words])


WALK_INDEX_ABOVE = 1000  # matches; below this, sorting the matches is cheaper than a walk


def list_page(ctx: AppContext, flt: PetitionFilter | None = None, *, sort: str = "received",
              descending: bool = True, offset: int = 0, limit: int = 100,
              today: date | None = None) -> list[PetitionRow]:
    """One page of petitions (no personal data), filtered and sorted in SQL."""
    ctx.require(Permission.READ)
    flt = flt or PetitionFilter()
    if flt.person and flt.person.strip():
        _audit_person_search(ctx, flt.person)
    today = today or date.today()
    column = SORT_COLUMNS.get(sort, Petition.received_at)
    keys = [column] if column is Petition.received_at else [column, Petition.received_at]
    order = [k.desc() if descending else k.asc() for k in [*keys, Petition.id]]
    with ctx.reading() as session:
        walk = bool(flt.text) and number_condition(flt.text or "") is None and column is Petition.received_at and (
            fts_match_count(session, flt.text or "") or 0) > WALK_INDEX_ABOVE
        query = select(Petition).where(*_conditions(session, flt, today, walk_index=walk))
        rows = session.scalars(query.order_by(*order).offset(offset).limit(limit)).all()
        bags = bag_names(session)
        soon = rules(session).due_soon_days
        return [petition_dict(p, bags, today=today, due_soon_days=soon, lang=ctx.lang) for p in rows]


def _audit_person_search(ctx: AppContext, words: str) -> None:
    """Searching by a citizen is allowed to some roles only, and leaves a trace (not the words).

    One entry per search the person makes: the list fetching further pages, re-sorting or
    refreshing after a change repeats the same search and writes nothing more."""
    actor = ctx.require(Permission.PERSONAL_DATA)
    search = (actor.username, " ".join(words.split()).casefold())
    if ctx._cache.get("petitions.person_search") == search:
        return
    from soum_desk.services.core import audit

    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "petition.search_person", "petition", None)
    ctx._cache["petitions.person_search"] = search


def count(ctx: AppContext, flt: PetitionFilter | None = None, *, today: date | None = None) -> int:
    ctx.require(Permission.READ)
    flt = flt or PetitionFilter()
    if flt.person and flt.person.strip():
        ctx.require(Permission.PERSONAL_DATA)
    with ctx.reading() as session:
        if flt.text and PetitionFilter(text=flt.text) == flt and number_condition(flt.text) is None:
            counted = fts_match_count(session, flt.text)
            if counted is not None:
                return counted
        query = select(func.count(Petition.id)).where(*_conditions(session, flt, today or date.today()))
        return session.scalar(query) or 0


def overdue_count(ctx: AppContext, today: date | None = None) -> int:
    """Open petitions past their due date — for the main window's status bar."""
    return count(ctx, PetitionFilter(overdue=True), today=today)


def filter_options(ctx: AppContext) -> dict[str, list[str]]:
    """Values the list's filter boxes offer: topics, bags, officials in use."""
    ctx.require(Permission.READ)
    from soum_desk.services.core import settings

    with ctx.reading() as session:
        officials = session.scalars(select(Petition.official_name).where(Petition.official_name.is_not(None))
                                    .distinct().order_by(Petition.official_name)).all()
        used_topics = session.scalars(select(Petition.topic).where(Petition.topic.is_not(None)).distinct()).all()
        topic_list = list(settings.get_value(session, "petitions.topics"))
        topic_list += sorted_mongolian([t for t in used_topics if t and t not in topic_list])
        bags = sorted_mongolian(list(bag_names(session).values()))
    return {"topics": topic_list, "bags": bags, "officials": sorted_mongolian([o for o in officials if o])}
