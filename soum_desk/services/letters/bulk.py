"""Registering many letters at once (the register import): one bulk path, the same rules as one letter.

Each row is checked and numbered exactly as `actions.register_in` does (direction, dates, required
fields, the number format, the reply due date, a number already registered), but the settings are
read once, the sequence numbers are counted in memory from each (direction, year)'s current top, and
the rows are written with the driver's executemany on plain tuples; the search index and the
organisation suggestions follow in bulk. The caller writes one audit entry for the whole import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from sqlalchemy import func, select
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
Located = Callable[[int], str]  # a row's index → where it is in the file (for messages)


def _top_seqs(session: Session) -> dict[tuple[str, int], int]:
    rows = session.execute(select(Letter.direction, Letter.year, func.max(Letter.seq))
                           .group_by(Letter.direction, Letter.year)).all()
    return {(d, y): s or 0 for d, y, s in rows}


def prepare(session: Session, created_by: str | None, rows: Iterable[dict], locate: Located | None = None) -> list[dict]:
    """Every row checked and numbered as `register_in` would, in order; raises on the first bad one,
    located by `locate(index)` (the file's sheet and row) when given."""
    out: list[dict] = []
    try:
        return _prepare(session, created_by, rows, out)
    except SoumDeskError as exc:
        if locate is None:
            raise
        raise ValidationError(exc.msg.mn, exc.msg.en, where=locate(len(out))) from exc


def _prepare(session: Session, created_by: str | None, rows: Iterable[dict], out: list[dict]) -> list[dict]:
    seqs = _top_seqs(session)
    formats = {d: settings.get_value(session, f"letters.number_format_{d}") for d in rules.DIRECTIONS}
    reply_days = int(settings.get_value(session, "letters.reply_days"))
    numbers: set[tuple[str, int, str]] = {(d, y, n) for d, y, n in session.execute(
        select(Letter.direction, Letter.year, Letter.reg_no))}
    now = datetime.now().replace(microsecond=0)
    rows = list(rows)
    # the numbers the file gives are theirs: a row without one gets the next number no row takes (a row
    # numbered «1» below an unnumbered one was refused at commit after a preview without errors)
    given = {(d, _year(r), str(r.get("reg_no") or "").strip()) for r in rows
             if (d := r.get("direction")) and str(r.get("reg_no") or "").strip() and _year(r)}
    for data in rows:
        direction = data.get("direction")
        if direction not in rules.DIRECTIONS:
            raise ValidationError("Чиглэл «in» (ирсэн) эсвэл «out» (явсан) байна.",
                                  "Direction is «in» (incoming) or «out» (outgoing).", where="direction")
        clean = _clean(data)
        year = clean["reg_date"].year
        reg_no = str(data.get("reg_no") or "").strip()
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
            due = rules.due_date_for(clean["reg_date"], reply_days)
        if not incoming:
            due = None
        out.append({"direction": direction, "year": year, "seq": seq, "reg_no": reg_no,
                    "reg_date": clean["reg_date"], "counterpart": clean["counterpart"],
                    "their_ref": clean["their_ref"], "their_date": clean["their_date"], "subject": clean["subject"],
                    "pages": clean["pages"], "case_file_id": None, "assignee": clean["assignee"],
                    "reply_required": clean["reply_required"] and incoming, "due_date": due,
                    "answered_on": _date(data.get("answered_on"), "answered_on") if incoming else None,
                    "note": clean["note"],
                    "search_text": letters_search.search_key(reg_no, clean["counterpart"], clean["their_ref"],
                                                             clean["subject"]),
                    "created_by": created_by, "created_at": now})
    return out


def _year(row: dict) -> int | None:
    day = row.get("reg_date")
    return day.year if isinstance(day, date) else None


def _plain(value: object, sqlite: bool) -> object:
    """A value as the driver stores it (SQLite: ISO text as SQLAlchemy writes it, booleans as 0/1)."""
    if not sqlite:
        return value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def insert_letters(session: Session, rows: list[dict], progress: Callable[[int], bool] | None = None) -> int:
    """Write prepared rows (executemany on plain tuples), index them and count their organisations;
    returns how many. `progress(done)` returning False stops (the caller's transaction rolls back)."""
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO letter ({', '.join(COLUMNS)}) VALUES ({', '.join([mark] * len(COLUMNS))})"
    last_id = session.scalar(select(func.max(Letter.id))) or 0
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        conn.exec_driver_sql(sql, [tuple(_plain(r[c], sqlite) for c in COLUMNS) for r in chunk])
        if progress is not None and not progress(start + len(chunk)):
            raise InterruptedError("cancelled")
    letters_search.add_after(session, last_id)
    _count_counterparts(session, rows)
    return len(rows)


def _count_counterparts(session: Session, rows: list[dict]) -> None:
    """As `actions._remember_counterpart` per letter: one more use, the latest day kept."""
    uses: dict[str, tuple[int, date]] = {}
    for row in rows:
        n, day = uses.get(row["counterpart"], (0, row["reg_date"]))
        uses[row["counterpart"]] = (n + 1, max(day, row["reg_date"]))
    names = list(uses)
    for start in range(0, len(names), 500):
        part = names[start:start + 500]
        known = {c.name: c for c in session.scalars(select(Counterpart).where(Counterpart.name.in_(part)))}
        for name in part:
            n, day = uses[name]
            seen = known.get(name)
            if seen is None:
                session.add(Counterpart(name=name, name_key=name.casefold(), use_count=n, last_used=day))
            else:
                seen.use_count += n
                seen.last_used = max(seen.last_used or day, day)
    session.flush()
