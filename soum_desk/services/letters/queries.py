"""Letters lists: filters, search, sort and pages (for the table view, the CLI and reports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, column, func, select, text

from soum_desk.db.models import Letter
from soum_desk.db.mongolian_order import mongolian_order
from soum_desk.domain import letters as rules
from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.services.core.context import AppContext
from soum_desk.services.letters.actions import letter_dict
from soum_desk.services.letters.rows import LetterRow

SORT_KEYS = {
    "reg_date": (Letter.reg_date, Letter.id),
    "reg_no": (Letter.year, Letter.seq),
    "counterpart": (mongolian_order(Letter.counterpart), Letter.reg_date, Letter.id),
    "subject": (mongolian_order(Letter.subject), Letter.id),
    "due_date": (Letter.due_date, Letter.id),
    "assignee": (mongolian_order(Letter.assignee), Letter.reg_date, Letter.id),
}
STATUS_FILTERS = ("reply", "waiting", "open", "overdue", "answered", "noreply")


@dataclass
class LetterFilter:
    direction: str | None = None  # in | out
    year: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    counterpart: str | None = None
    assignee: str | None = None
    status: str | None = None  # one of STATUS_FILTERS
    text: str | None = None
    case_file_id: int | None = None
    as_of: date = field(default_factory=date.today)


def has_fts(ctx: AppContext) -> bool:
    """Whether the trigram full-text index exists (SQLite; see migration 0004)."""
    if "letter_fts" not in ctx._cache:
        with ctx.reading() as session:
            ctx._cache["letter_fts"] = session.get_bind().dialect.name == "sqlite" and session.execute(
                text("SELECT 1 FROM sqlite_master WHERE name = 'letter_fts'")).first() is not None
    return ctx._cache["letter_fts"]


VOWELS = "аэиоуөүыяеёюaeiou"


def stem(word: str) -> str:
    """Drop a final vowel of a longer word, so «тооллого» also finds «тооллогын» (suffixes eat it)."""
    trimmed = word.rstrip(VOWELS)
    return trimmed if len(word) > 4 and len(trimmed) >= 4 else word


def _search(query: Select, words: list[str], fts: bool, probe: bool = False) -> Select:
    """Every word must occur; words of 3+ letters go through the trigram index when there is one."""
    words = [stem(w) for w in words]
    long_words = [w for w in words if len(w) >= 3] if fts else []
    if long_words:
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        sub = text("SELECT rowid FROM letter_fts WHERE letter_fts MATCH :fts_q").bindparams(fts_q=match)
        # probe=True (a page): walk the sort index and probe the matches, stopping at the page's
        # end, instead of reading every matching row to sort them (slow for common words)
        target = (Letter.id + 0) if probe else Letter.id
        query = query.where(target.in_(sub.columns(column("rowid"))))
    for word in words:
        if word in long_words:
            continue
        if fts:
            # SQLite: search_text and the words are both casefolded, so a plain substring test is the
            # same match as LIKE and ~2× cheaper; with ix_letter_date_text a year's scan reads only
            # that index (issue 18: «ав» in a year at 500k letters)
            query = query.where(func.instr(Letter.search_text, word) > 0)
            continue
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Letter.search_text.like(f"%{escaped}%", escape="\\"))
    return query


def _apply(query: Select, flt: LetterFilter, fts: bool = False, probe: bool = False) -> Select:
    if flt.direction:
        query = query.where(Letter.direction == flt.direction)
    if flt.year:
        query = query.where(Letter.reg_date >= date(flt.year, 1, 1), Letter.reg_date <= date(flt.year, 12, 31))
    if flt.date_from:
        query = query.where(Letter.reg_date >= flt.date_from)
    if flt.date_to:
        query = query.where(Letter.reg_date <= flt.date_to)
    if flt.counterpart:
        query = query.where(Letter.counterpart == flt.counterpart)
    if flt.assignee:
        query = query.where(Letter.assignee == flt.assignee)
    if flt.case_file_id:
        query = query.where(Letter.case_file_id == flt.case_file_id)
    if flt.status:
        if flt.status not in STATUS_FILTERS:
            raise ValidationError(f"Төлөв буруу: {flt.status}", f"Unknown status: {flt.status}", where="--status")
        incoming = Letter.direction == rules.IN
        if flt.status == "reply":
            query = query.where(incoming, Letter.reply_required.is_(True))
        elif flt.status == "waiting":
            query = query.where(incoming, Letter.answered_on.is_(None), Letter.due_date.is_not(None))
        elif flt.status == "open":
            query = query.where(incoming, Letter.answered_on.is_(None), Letter.due_date >= flt.as_of)
        elif flt.status == "overdue":
            query = query.where(incoming, Letter.answered_on.is_(None), Letter.due_date < flt.as_of)
        elif flt.status == "answered":
            query = query.where(incoming, Letter.answered_on.is_not(None))
        else:
            query = query.where(incoming, Letter.reply_required.is_(False))
    if flt.text and flt.text.split():
        query = _search(query, flt.text.casefold().split(), fts, probe)
    return query


def list_letters(ctx: AppContext, flt: LetterFilter | None = None, *, sort: str = "reg_date",
                 descending: bool = True, offset: int = 0, limit: int = 100) -> list[LetterRow]:
    """A page of letters as plain dicts."""
    ctx.require(Permission.READ)
    flt = flt or LetterFilter()
    if sort not in SORT_KEYS:
        raise ValidationError(f"Эрэмбэлэх багана буруу: {sort}", f"Unknown sort column: {sort}", where="--sort")
    order = [c.desc() if descending else c.asc() for c in SORT_KEYS[sort]]
    fts = has_fts(ctx)
    with ctx.reading() as session:
        # ids first (from an index), then only the page's rows
        ids = list(session.scalars(_apply(select(Letter.id), flt, fts, probe=True).order_by(*order)
                                   .offset(offset).limit(limit)))
        rows = {r.id: r for r in session.execute(select(Letter.__table__).where(Letter.id.in_(ids)))} if ids else {}
        return [letter_dict(rows[i], as_of=flt.as_of) for i in ids]


def count_letters(ctx: AppContext, flt: LetterFilter | None = None, *, cap: int | None = None) -> int:
    """How many letters match; with `cap`, counting stops at cap + 1 (the list shows «1000+»)."""
    ctx.require(Permission.READ)
    fts = has_fts(ctx)
    with ctx.reading() as session:
        if cap is None:
            return session.scalar(_apply(select(func.count(Letter.id)), flt or LetterFilter(), fts)) or 0
        flt = flt or LetterFilter()
        # with a date range, walking that range and probing the word matches is the cheaper plan
        probe = bool(flt.year or flt.date_from or flt.date_to)
        inner = _apply(select(Letter.id), flt, fts, probe).limit(cap + 1).subquery()
        return session.scalar(select(func.count()).select_from(inner)) or 0


def overdue_letters(ctx: AppContext, as_of: date | None = None, limit: int = 5000) -> list[LetterRow]:
    """Reply-letters not answered and past their due date as of `as_of`, oldest due first."""
    ctx.require(Permission.READ)
    as_of = as_of or date.today()
    with ctx.reading() as session:
        query = (select(Letter.__table__).where(Letter.direction == rules.IN, Letter.answered_on.is_(None),
                                      Letter.due_date < as_of)
                 .order_by(Letter.due_date, Letter.id).limit(limit))
        return [letter_dict(row, as_of=as_of) for row in session.execute(query)]


def assignees(ctx: AppContext) -> list[str]:
    """Officials letters were assigned to (for the filter box)."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return [a for a in session.scalars(select(Letter.assignee).where(Letter.assignee.is_not(None))
                                           .distinct().order_by(Letter.assignee).limit(500)) if a is not None]
