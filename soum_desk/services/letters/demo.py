"""Demo data: a year of letters with realistic counterparts, and an archive (seed 001 proportions).

Rows go in with bulk Core inserts (thousands of rows in well under a second);
one audit entry records what the demo loader added.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, insert, select

from soum_desk.db.models import (
    CaseFile,
    Counterpart,
    FileList,
    Letter,
    LetterLink,
    StorageUnit,
    Unit,
)
from soum_desk.domain.aimags import by_code
from soum_desk.services.core import audit, office
from soum_desk.services.core.cancel import checkpoint
from soum_desk.services.core.context import AppContext
from soum_desk.services.letters import search as letters_search
from soum_desk.services.letters.search import search_key

# {aimag}: «Говь-Алтай аймгийн» / «Нийслэлийн»; {soum}: «Есөнбулаг сумын» — the office's own (see `counterparts`)
COUNTERPARTS = [
    ("{aimag} Засаг даргын Тамгын газар", 30), ("{aimag} Иргэдийн Төлөөлөгчдийн Хурал", 6),
    ("Сангийн яам", 5), ("Боловсролын яам", 4), ("Эрүүл мэндийн яам", 3),
    ("Хүнс, хөдөө аж ахуй, хөнгөн үйлдвэрийн яам", 5), ("Байгаль орчин, аялал жуулчлалын яам", 3),
    ("Хөдөлмөр, нийгмийн хамгааллын яам", 3), ("Цахим хөгжил, харилцаа холбооны яам", 2),
    ("Засгийн газрын Хэрэг эрхлэх газар", 2), ("Төрийн албаны зөвлөл", 2), ("Үндэсний статистикийн хороо", 3),
    ("Татварын ерөнхий газар", 2), ("Улсын бүртгэлийн ерөнхий газар", 2), ("Онцгой байдлын ерөнхий газар", 3),
    ("Мэргэжлийн хяналтын ерөнхий газар", 2), ("Газар зохион байгуулалт, геодези, зураг зүйн газар", 2),
    ("{aimag} Боловсролын газар", 5), ("{aimag} Эрүүл мэндийн газар", 4),
    ("{aimag} Хүнс, хөдөө аж ахуйн газар", 5), ("{aimag} Санхүү, төрийн сангийн хэлтэс", 4),
    ("{aimag} Статистикийн хэлтэс", 3), ("{aimag} Архивын тасаг", 2), ("{aimag} Онцгой байдлын газар", 3),
    ("{aimag} Газар зохион байгуулалт, барилга, хот байгуулалтын газар", 3),
    ("{soum} Иргэдийн Төлөөлөгчдийн Хурал", 4), ("{soum} Ерөнхий боловсролын сургууль", 3),
    ("{soum} Эрүүл мэндийн төв", 3), ("{soum} Соёлын төв", 2), ("{soum} Цэцэрлэг", 2),
    ("Хаан банк, {soum_lower} салбар", 1), ("Монгол шуудан ХК", 1),
]


def counterparts(aimag_code: str, soum_name: str) -> list[tuple[str, int]]:
    """The demo's organisations with their weights, in the office's own aimag and soum."""
    aimag = by_code(aimag_code)
    aimag_words = "Нийслэлийн" if aimag is None or aimag.capital else f"{aimag.mn} аймгийн"
    soum = soum_name.strip()
    soum_words = f"{soum} сумын" if soum else "Сумын"
    return [(name.format(aimag=aimag_words, soum=soum_words, soum_lower=soum_words if soum else "сумын"), weight)
            for name, weight in COUNTERPARTS]


SUBJECTS_IN = [
    "Мэдээ, тайлан ирүүлэх тухай", "Төсвийн гүйцэтгэлийн тайлан ирүүлэх тухай", "Албан даалгавар хүргүүлэх тухай",
    "Сургалтад хамруулах тухай", "Зөвлөмж хүргүүлэх тухай", "Малын тооллогын урьдчилсан дүн ирүүлэх",
    "Өвөлжилтийн бэлтгэл ажлын явцын мэдээ", "Гал түймрээс урьдчилан сэргийлэх арга хэмжээний тухай",
    "Шилэн дансны мэдээлэл байршуулах тухай", "Үйл ажиллагааны төлөвлөгөөний биелэлт ирүүлэх",
    "Хурал зарлан хуралдуулах тухай", "Газар олголтын судалгаа ирүүлэх", "Санал ирүүлэх тухай",
    "Ажлын хэсэг томилох тухай", "Хяналт шалгалтын дүнгийн тухай", "Иргэдийн өргөдөл шилжүүлэх тухай",
    "Халдварт өвчнөөс сэргийлэх арга хэмжээний тухай", "Хөрөнгө оруулалтын төслийн явцын мэдээ",
]
SUBJECTS_OUT = [
    "Мэдээ хүргүүлэх тухай", "Тайлан хүргүүлэх тухай", "Хүсэлт гаргах тухай", "Санал хүргүүлэх тухай",
    "Албан даалгаврын биелэлт хүргүүлэх", "Судалгаа хүргүүлэх тухай", "Төсвийн тодотгол хүсэх тухай",
    "Хамтран ажиллах тухай", "Урилга хүргүүлэх тухай",
]
CASE_TITLES = [
    ("Засаг даргын захирамж", "permanent", None), ("ИТХ-ын тогтоол, шийдвэр", "permanent", None),
    ("Жилийн үйл ажиллагааны төлөвлөгөө, тайлан", "permanent", None), ("Ажилтны хувийн хэрэг", "years70", None),
    ("Цалингийн тооцоо", "years70", None), ("Ирсэн албан бичиг", "temporary", 5), ("Явсан албан бичиг", "temporary", 5),
    ("Иргэдийн өргөдөл, гомдол", "temporary", 5), ("Хурлын тэмдэглэл", "temporary", 10),
    ("Санхүүгийн анхан шатны баримт", "temporary", 10), ("Бүртгэлийн дэвтэр", "temporary", 3),
]


def _inserted_id(result: object) -> int:
    """The new row's id from a single-row Core insert's result."""
    key = cast(CursorResult[Any], result).inserted_primary_key
    if key is None:
        raise RuntimeError("the insert returned no key")
    return int(key[0])


def _letters(ctx: AppContext, rng: random.Random, today: date, actor_name: str) -> tuple[int, int]:
    start = today - timedelta(days=365)
    info = office.get_office(ctx)
    organisations = counterparts(info["aimag_code"], info["soum_name"])
    names = [n for n, _ in organisations]
    weights = [w for _, w in organisations]
    officials = ["Б.Батбаяр", "Д.Оюунчимэг", "Г.Ганболд", "Ц.Сарантуяа", "Н.Энхтуяа", "Ж.Мөнхбат"]
    now = datetime.now().replace(microsecond=0)
    incoming: list[dict[str, Any]] = []
    outgoing: list[dict[str, Any]] = []
    seq: dict[tuple[str, int], int] = {}
    for offset in range(366):
        day = start + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for direction, mean in (("in", 9.5), ("out", 1.6)):
            for _ in range(max(0, int(rng.gauss(mean, 2.5)))):
                key = (direction, day.year)
                seq[key] = seq.get(key, 0) + 1
                who = rng.choices(names, weights)[0]
                subject = rng.choice(SUBJECTS_IN if direction == "in" else SUBJECTS_OUT)
                reply = direction == "in" and rng.random() < 0.7
                due = day + timedelta(days=rng.choice((7, 10, 14, 30, 30, 30))) if reply else None
                answered = None
                if reply:
                    lag = int(rng.expovariate(1 / 6))
                    answered = day + timedelta(days=lag) if rng.random() < 0.96 else None
                    answered = answered if answered and answered <= today else None
                reg_no = str(seq[key]) if direction == "in" else f"{rng.randint(1, 4):02d}-{rng.randint(1, 12):02d}/{seq[key]}"
                their = f"{rng.randint(1, 9)}/{rng.randint(100, 9999)}" if direction == "in" else None
                row = {"direction": direction, "year": day.year, "seq": seq[key], "reg_no": reg_no, "reg_date": day,
                       "counterpart": who, "their_ref": their,
                       "their_date": day - timedelta(days=rng.randint(0, 4)) if their else None,
                       "subject": subject, "pages": rng.randint(1, 12), "case_file_id": None,
                       "assignee": rng.choice(officials), "reply_required": reply, "due_date": due,
                       "answered_on": answered, "note": None, "search_text": search_key(reg_no, who, their, subject),
                       "created_by": "demo", "created_at": now}
                (incoming if direction == "in" else outgoing).append(row)
    with ctx.transaction() as session:
        last_id = session.scalar(select(func.max(Letter.id))) or 0
        session.execute(insert(Letter), incoming + outgoing)
        # link answered incoming letters to an outgoing reply to the same organisation on that day
        ins = session.execute(select(Letter.id, Letter.counterpart, Letter.answered_on).where(
            Letter.direction == "in", Letter.answered_on.is_not(None), Letter.created_by == "demo")).all()
        outs: dict[tuple, int] = {}
        links = []
        for letter_id, who, answered in ins:
            if answered is None:  # not selected (answered_on is not null); narrows the type
                continue
            out_id = outs.get((who, answered))
            if out_id is None:
                out_seq = (session.scalar(select(func.max(Letter.seq)).where(
                    Letter.direction == "out", Letter.year == answered.year)) or 0) + 1
                reg_no = f"{rng.randint(1, 4):02d}-{rng.randint(1, 12):02d}/{out_seq}"
                out_id = _inserted_id(session.execute(insert(Letter).values(
                    direction="out", year=answered.year, seq=out_seq, reg_no=reg_no, reg_date=answered, counterpart=who, subject="Хариу хүргүүлэх тухай",
                    pages=rng.randint(1, 4), assignee=rng.choice(officials), reply_required=False,
                    search_text=search_key(reg_no, who, "Хариу хүргүүлэх тухай"), created_by="demo",
                    created_at=now)))
                outs[(who, answered)] = out_id
            links.append({"outgoing_id": out_id, "incoming_id": letter_id})
        if links:
            session.execute(insert(LetterLink), links)
        letters_search.add_after(session, last_id)
        counts = session.execute(select(Letter.counterpart, func.count(Letter.id), func.max(Letter.reg_date))
                                 .group_by(Letter.counterpart)).all()
        session.execute(insert(Counterpart), [{"name": n, "name_key": n.casefold(), "use_count": c, "last_used": d}
                                              for n, c, d in counts])
        total_in = len(incoming)
        total_out = len(outgoing) + len(outs)
        audit.record(session, ctx.actor, "letters.demo", "letter", None,
                     after={"incoming": total_in, "outgoing": total_out, "by": actor_name})
    return total_in, total_out


def _archive(ctx: AppContext, rng: random.Random, today: date) -> None:
    now = datetime.now().replace(microsecond=0)
    year = today.year - 1
    with ctx.transaction() as session:
        units = list(session.execute(select(Unit.id, Unit.name).where(Unit.active.is_(True))).all())
        if not units:
            return
        # last year's file lists: 274 case files handed over in June, «байнга 80, түр 180, 70 жилийн 14»
        plan = ["permanent"] * 80 + ["temporary"] * 180 + ["years70"] * 14
        rng.shuffle(plan)
        lists = {}
        for unit_id, _name in units:
            lists[unit_id] = _inserted_id(session.execute(insert(FileList).values(
                year=year, unit_id=unit_id, approved_by="ЗДТГ-ын дарга", approved_on=date(year, 1, 25),
                created_at=now)))
        titles = {k: [t for t, kind, _ in CASE_TITLES if kind == k] for k in ("permanent", "years70", "temporary")}
        number = 0
        units_rows = []
        for i, kind in enumerate(plan):
            unit_id, unit_name = units[i % len(units)]
            years = rng.choice((3, 5, 10)) if kind == "temporary" else None
            title = f"{rng.choice(titles[kind])} ({unit_name}, {i // len(units) + 1})"
            case_id = _inserted_id(session.execute(insert(CaseFile).values(
                file_list_id=lists[unit_id], index_code=f"{i % 9 + 1:02d}-{i + 1:03d}", title=title,
                retention=kind, retention_years=years)))
            number += 1
            hand = date(today.year, 6, 3 + i % 8)
            units_rows.append({"archive_no": str(number), "case_file_id": case_id, "unit_id": unit_id, "year": year,
                               "title": title, "retention": kind, "retention_years": years,
                               "sheets": rng.randint(20, 250), "scheduled_on": hand,
                               "received_on": hand if hand <= today else None,
                               "status": "received" if hand <= today else "scheduled", "act_id": None,
                               "created_at": now})
        # older holdings, some temporary ones past their retention (candidates for a destruction act)
        for old_year in range(year - 15, year):
            for _ in range(rng.randint(60, 110)):
                kind = rng.choices(("permanent", "years70", "temporary"), (25, 5, 70))[0]
                years = rng.choice((3, 5, 10)) if kind == "temporary" else None
                number += 1
                units_rows.append({"archive_no": str(number), "case_file_id": None, "unit_id": rng.choice(units)[0],
                                   "year": old_year, "title": f"{rng.choice(titles[kind])}, {old_year}",
                                   "retention": kind, "retention_years": years, "sheets": rng.randint(20, 250),
                                   "scheduled_on": date(old_year + 1, 6, 5), "received_on": date(old_year + 1, 6, 5),
                                   "status": "received", "act_id": None, "created_at": now})
        session.execute(insert(StorageUnit), units_rows)
        audit.record(session, ctx.actor, "archive.demo", "storage_unit", None,
                     after={"file_lists": len(lists), "units": len(units_rows),
                            "plan": json.dumps({"permanent": 80, "temporary": 180, "years70": 14})})


def load(ctx: AppContext) -> None:
    """A year of letters up to today and an archive; does nothing if letters exist (idempotent)."""
    from sqlalchemy import select

    from soum_desk.db.models import Letter

    with ctx.reading() as session:
        if session.scalar(select(Letter.id).limit(1)) is not None:
            return
    rng = random.Random(2024)
    today = date.today()
    _letters(ctx, rng, today, ctx.actor.username if ctx.actor else "system")
    checkpoint()  # a set-up being cancelled stops here (its staging database is thrown away)
    _archive(ctx, rng, today)

