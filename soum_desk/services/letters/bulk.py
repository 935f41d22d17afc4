"""Registering many letters at once (the register import): one bulk path, the same rules as one letter.

Each row is checked and numbered exactly as `actions.register_in` does (direction, dates, required
fields, the number format, the reply due date, a number already registered), but the settings are
read once, the sequence numbers are counted in memory from each (direction, year)'s current top, and
each row becomes the plain tuple the driver's executemany writes (on SQLite dates as the ISO text
SQLAlchemy stores); the search index is filled with one `INSERT … SELECT` and the organisation
suggestions are counted with one query and written with executemany. The caller writes one audit
entry for the whole import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from soum_desk.db.models import Counterpart, Letter
from soum_desk.domain import letters as rules
from soum_desk.errors import SoumDeskError, ValidationError
from soum_desk.services.core import settings
from soum_desk.services.letters import search as letters_search
from soum_desk.services.letters.actions import _clean, _date

COLUMNS = ("direction", "year", "seq", "reg_no", "reg_date", "counterpart", "their_ref", "their_date", "subject",
           "pages", "case_file_id", "assignee", "reply_required", "due_date", "answered_on", "note",
           "search_text", "created_by", "created_at")
CHUNK = 2000
NAMES_PER_QUERY = 500
Located = Callable[[int], str]  # a row's index → where it is in the file (for messages)


@dataclass
class Prepared:
    """Checked, numbered rows as the driver writes them (`COLUMNS` order), and each organisation's
    number of letters with its latest day (for the suggestions)."""

    rows: list[tuple] = field(default_factory=list)
    uses: dict[str, tuple[int, date]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)


def _top_seqs(session: Session) -> dict[tuple[str, int], int]:
    rows = session.execute(select(Letter.direction, Letter.year, func.max(Letter.seq))
                           .group_by(Letter.direction, Letter.year)).all()
    return {(d, y): s or 0 for d, y, s in rows}


def prepare(session: Session, created_by: str | None, rows: Iterable[Mapping[str, Any]],
            locate: Located | None = None) -> Prepared:
    """Every row checked and numbered as `register_in` would, in order; raises on the first bad one,
    located by `locate(index)` (the file's sheet and row) when given."""
    out = Prepared()
    try:
        return _prepare(session, created_by, list(rows), out)
    except SoumDeskError as exc:
        if locate is None:
            raise
        raise ValidationError(exc.msg.mn, exc.msg.en, where=locate(len(out))) from exc


def registered(session: Session, years: set[int | None]) -> set[tuple[str, int, str]]:
    """The numbers already registered in those years, in one query (every year when one is unknown:
    None, a row whose date is not read yet)."""
    query = select(Letter.direction, Letter.year, Letter.reg_no)
    if None not in years:
        query = query.where(Letter.year.in_(sorted(y for y in years if y is not None)))
    return {(d, y, n) for d, y, n in session.execute(query)}


def _prepare(session: Session, created_by: str | None, rows: list[Mapping[str, Any]], out: Prepared) -> Prepared:
    sqlite = session.get_bind().dialect.name == "sqlite"
    seqs = _top_seqs(session)
    formats = {d: settings.get_value(session, f"letters.number_format_{d}") for d in rules.DIRECTIONS}
    reply_days = int(settings.get_value(session, "letters.reply_days"))
    keys = [(r.get("direction"), _year(r), str(r.get("reg_no") or "").strip()) for r in rows]
    numbers = registered(session, {year for _d, year, _n in keys})
    # the numbers the file gives are theirs: a row without one gets the next number no row takes (a row
    # numbered «1» below an unnumbered one was refused at commit after a preview without errors)
    given = {key for key in keys if key[0] and key[1] and key[2]}
    moment = datetime.now().replace(microsecond=0)
    now: object = _iso(moment) if sqlite else moment
    day: Callable[[date | None], object] = _day_texts() if sqlite else _same
    written, uses = out.rows, out.uses
    for data, (direction, _year_given, reg_no) in zip(rows, keys, strict=True):
        if direction not in rules.DIRECTIONS:
            raise ValidationError("Чиглэл «in» (ирсэн) эсвэл «out» (явсан) байна.",
                                  "Direction is «in» (incoming) or «out» (outgoing).", where="direction")
        clean = _clean(data)
        reg_date = clean["reg_date"]
        year = reg_date.year
        while True:
            seq = seqs.get((direction, year), 0) + 1
            seqs[(direction, year)] = seq
            if reg_no:
                break
            candidate = rules.format_reg_no(formats[direction], seq=seq, year=year, index=None)
            if (direction, year, candidate) not in numbers and (direction, year, candidate) not in given:
                reg_no = candidate
                break
        if (direction, year, reg_no) in numbers:
            raise ValidationError(f"{year} оны {reg_no} дугаартай бичиг бүртгэгдсэн байна.",
                                  f"Letter number {reg_no} of {year} is already registered.", where="reg_no")
        numbers.add((direction, year, reg_no))
        incoming = direction == rules.IN
        due = clean["due_date"]
        if incoming and clean["reply_required"] and due is None:
            due = rules.due_date_for(reg_date, reply_days)
        if not incoming:
            due = None
        answered = _date(data.get("answered_on"), "answered_on") if incoming else None
        counterpart, their_ref, subject = clean["counterpart"], clean["their_ref"], clean["subject"]
        written.append((direction, year, seq, reg_no, day(reg_date), counterpart, their_ref,
                        day(clean["their_date"]), subject, clean["pages"], None, clean["assignee"],
                        clean["reply_required"] and incoming, day(due), day(answered), clean["note"],
                        letters_search.search_key(reg_no, counterpart, their_ref, subject), created_by, now))
        n, last = uses.get(counterpart, (0, reg_date))  # as `actions._remember_counterpart` per letter
        uses[counterpart] = (n + 1, max(last, reg_date))
    return out


def _year(row: Mapping[str, Any]) -> int | None:
    day = row.get("reg_date")
    return day.year if isinstance(day, date) else None


def _same(value: date | None) -> date | None:
    return value


def _iso(value: date | None) -> str | None:
    """A date or a moment as SQLAlchemy stores it in SQLite (ISO text; a moment with microseconds)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value.isoformat()


def _day_texts() -> Callable[[date | None], object]:
    """`_iso` of a day, each day's text made once (a register repeats its days)."""
    made: dict[date, str | None] = {}

    def text(value: date | None) -> object:
        if value is None:
            return None
        if value not in made:
            made[value] = _iso(value)
        return made[value]

    return text


def insert_letters(session: Session, prepared: Prepared, progress: Callable[[int], bool] | None = None) -> int:
    """Write prepared rows (executemany), index them and count their organisations; returns how many.
    `progress(done)` returning False stops (the caller's transaction rolls back)."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO letter ({', '.join(COLUMNS)}) VALUES ({', '.join([mark] * len(COLUMNS))})"
    last_id = session.scalar(select(func.max(Letter.id))) or 0
    rows = prepared.rows
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        conn.exec_driver_sql(sql, chunk)
        if progress is not None and not progress(start + len(chunk)):
            raise InterruptedError("cancelled")
    letters_search.add_after(session, last_id)
    _count_counterparts(session, prepared.uses)
    return len(rows)


def _count_counterparts(session: Session, uses: dict[str, tuple[int, date]]) -> None:
    """As `actions._remember_counterpart` per letter: one more use, the latest day kept; the names
    looked up with one query per 500, the counts written with executemany."""
    known: dict[str, tuple[int, int, date | None]] = {}
    names = list(uses)
    for start in range(0, len(names), NAMES_PER_QUERY):
        part = names[start:start + NAMES_PER_QUERY]
        known.update((name, (pk, count, last)) for pk, name, count, last in session.execute(
            select(Counterpart.id, Counterpart.name, Counterpart.use_count, Counterpart.last_used)
            .where(Counterpart.name.in_(part))))
    changed, added = [], []
    for name, (n, day) in uses.items():
        if name in known:
            pk, count, last = known[name]
            changed.append({"id": pk, "use_count": count + n, "last_used": max(last or day, day)})
        else:
            added.append({"name": name, "name_key": name.casefold(), "use_count": n, "last_used": day})
    if changed:  # by primary key, one executemany
        session.execute(update(Counterpart), changed)
    if added:
        session.execute(insert(Counterpart), added)
