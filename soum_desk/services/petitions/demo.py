"""Demo petitions: a year of realistic records, with seed 004's mix of kinds.

Seed 004 (a province centre, one year): 1,846 received — 1,462 requests (79 %),
132 complaints (7 %), 18 suggestions (1 %), 234 thanks (13 %). `generate` is also
used by the benchmark (100,000 rows) and by tests; it is deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from soum_desk.db.models import Bag, Petition
from soum_desk.domain.petition_deadlines import DeadlineRules, due_date, format_reg_no
from soum_desk.services.core.context import AppContext
from soum_desk.services.petitions import bulk as petitions_bulk
from soum_desk.services.petitions.common import TOPICS_DEFAULT

KIND_MIX = [("request", 1462), ("complaint", 132), ("suggestion", 18), ("thanks", 234)]
CHANNEL_MIX = [("in_person", 30), ("written", 22), ("phone", 16), ("c1111", 12), ("online", 10), ("oral", 6),
               ("box", 4)]
TOPIC_WEIGHTS = [14, 16, 8, 10, 7, 8, 6, 5, 4, 8, 5, 3, 2, 6, 2, 2]
SUMMARIES = {
    "Газар олголт, газрын маргаан": ["Гэр бүлийн хэрэгцээний газар эзэмших хүсэлт", "Хашааны хил заагийн маргаан",
                                     "Өвөлжөөний газрын эрхийн гэрчилгээ сунгуулах"],
    "Нийгмийн халамж, тэтгэмж": ["Өрх толгойлсон эхийн тэтгэмж хүсэх", "Ахмад настны нэг удаагийн тэтгэмж",
                                 "Хүнсний талон олгох хүсэлт", "Хөгжлийн бэрхшээлтэй иргэний тэтгэмж"],
    "Ажил эрхлэлт": ["Ажлын байранд зуучлуулах хүсэлт", "Нийтийг хамарсан ажилд хамруулах"],
    "Мал аж ахуй, бэлчээр": ["Бэлчээрийн маргаан шийдвэрлүүлэх", "Малын тооллогын зөрүү засуулах",
                             "Худаг засварлуулах хүсэлт", "Өвс тэжээлээр туслах хүсэлт"],
    "Эрүүл мэнд": ["Эмчилгээний зардалд дэмжлэг хүсэх", "Өрхийн эмчийн үйлчилгээний талаар"],
    "Боловсрол, цэцэрлэг": ["Цэцэрлэгт хүүхэд хамруулах хүсэлт", "Дотуур байранд хүүхэд байрлуулах",
                            "Сургалтын төлбөрт дэмжлэг хүсэх"],
    "Зам, дэд бүтэц": ["Гүүр засварлуулах хүсэлт", "Гудамжны гэрэлтүүлэг нэмэх"],
    "Ус хангамж": ["Ус түгээх байрны цагийн хуваарь өөрчлөх", "Худгийн усны чанарын талаар"],
    "Цахилгаан хангамж": ["Цахилгааны тасалдлын талаар", "Айлын цахилгаанд холбуулах хүсэлт"],
    "Иргэний бүртгэл, лавлагаа": ["Оршин суугаа газрын тодорхойлолт авах", "Малтай эсэх лавлагаа хүсэх",
                                  "Ам бүлийн тодорхойлолт"],
    "Орон сууц": ["Түрээсийн орон сууцанд хамрагдах хүсэлт", "Гэр хөнжил дэмжлэг хүсэх"],
    "Хог хаягдал, тохижилт": ["Хогийн цэгийн байршлын талаар гомдол", "Тоглоомын талбай тохижуулах санал"],
    "Албан хаагчийн ёс зүй": ["Албан хаагчийн харилцааны талаар гомдол", "Үйлчилгээ удаашралтай байгаа талаар"],
    "Санхүүгийн дэмжлэг, зээл": ["Жижиг дунд үйлдвэрийн зээлд хамрагдах", "Малчны зээлийн хугацаа сунгах"],
    "Байгаль орчин": ["Хууль бус мод бэлтгэлийн талаар мэдээлэл", "Голын эрэг бохирдуулж буй талаар"],
    "Бусад": ["Багийн Засаг даргатай уулзах хүсэлт", "Баярын арга хэмжээний талаар санал"],
}
THANKS = ["{who}-д үйлчилгээ сайн үзүүлсэнд талархал илэрхийлэв", "Шуурхай тусалсан {who}-д талархал"]
RESOLUTIONS = ["Хүсэлтийг хүлээн авч шийдвэрлэсэн, иргэнд мэдэгдсэн", "Газар дээр нь шалгаж, асуудлыг шийдвэрлэсэн",
               "Холбогдох шийдвэр гаргаж, хариуг бичгээр хүргүүлсэн", "Хууль тогтоомжийн дагуу тайлбар өгсөн",
               "Тэтгэмжид хамруулсан", "Хүсэлтийг хангах боломжгүй тул үндэслэлийг тайлбарласан"]
GIVEN = ["Болд", "Бат-Эрдэнэ", "Оюунчимэг", "Сарантуяа", "Ганбаатар", "Энхтуяа", "Мөнхбат", "Нарангэрэл",
         "Төмөрбаатар", "Цэцэгмаа", "Отгонбаяр", "Алтанцэцэг", "Батжаргал", "Дуламсүрэн", "Эрдэнэбилэг", "Ууганбаяр"]
INITIALS = "АБГДЖЛМНОПСТХЦЧШЭ"
LETTERS = "АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЭЮЯ"
OFFICIALS = ["Г.Ажилтан", "Б.Сүхбат (газрын даамал)", "Д.Оюун (нийгмийн ажилтан)", "Ц.Энхбаяр (ХАА-н тасаг)",
             "Н.Саруул (бүртгэлийн ажилтан)", "Багийн Засаг дарга"]
ORGS = ["Аймгийн ЗДТГ", "Аймгийн Газар зохион байгуулалтын алба", "Хөдөлмөр, халамжийн үйлчилгээний газар"]


def _person(rng: random.Random, bag_ids: list[int], bag_names: list[str]) -> dict:
    index = rng.randrange(len(bag_ids)) if bag_ids else None
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
    return {"name": f"{rng.choice(INITIALS)}.{rng.choice(GIVEN)}",
            "register_no": f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}{born:%y%m%d}{rng.randrange(100):02d}",
            "phone": f"{rng.choice('89')}{rng.randrange(10**7):07d}",
            "address": f"{bag_names[index] if index is not None else ''}, {rng.randint(1, 12)}-р хэсэг",
            "bag_id": bag_ids[index] if index is not None else None}


def generate(count: int, start: date, end: date, *, today: date, bag_ids: list[int], bag_names: list[str],
             seq_start: dict[int, int] | None = None, rules: DeadlineRules | None = None,
             seed: int = 2024, officials: list[str] | None = None) -> Iterator[dict]:
    """`count` petitions received between start and end, in date order, as bulk-insert rows."""
    rng = random.Random(seed)
    rules = rules or DeadlineRules.from_data(None)
    officials = officials or OFFICIALS
    span = (end - start).days + 1
    moments = sorted(datetime.combine(start + timedelta(days=rng.randrange(span)),
                                      time(rng.randint(8, 17), rng.randrange(60))) for _ in range(count))
    seq = dict(seq_start or {})
    kinds, kind_w = zip(*KIND_MIX, strict=True)
    channels, channel_w = zip(*CHANNEL_MIX, strict=True)
    for at in moments:
        day = at.date()
        kind = rng.choices(kinds, kind_w)[0]
        channel = rng.choices(channels, channel_w)[0]
        source = "c1111" if channel == "c1111" else ("org" if rng.random() < 0.03 else "direct")
        topic = rng.choices(TOPICS_DEFAULT, TOPIC_WEIGHTS)[0]
        official = rng.choice(officials)
        summary = rng.choice(THANKS).format(who=official.split(" (")[0]) if kind == "thanks" else \
            rng.choice(SUMMARIES[topic])
        if kind == "complaint" and not summary.lower().startswith("гомдол"):
            summary = f"Гомдол: {summary[0].lower()}{summary[1:]}"
        period = rules.period_days(source=source, channel=channel, kind=kind)
        extension = rules.extension_days if rng.random() < 0.02 else 0
        due = due_date(day, period, extension)
        took = rng.randint(0, 3) if kind == "thanks" else (
            rng.randint(period + extension + 1, period + extension + 20) if rng.random() < 0.03
            else int(rng.triangular(1, period + extension, period * 0.35)))
        closed_on = day + timedelta(days=took)
        closed = closed_on <= today
        seq[day.year] = seq.get(day.year, 1)
        anonymous = kind != "thanks" and rng.random() < 0.04
        status = "resolved" if closed else rng.choice(("registered", "assigned", "in_progress"))
        if closed and kind != "thanks" and rng.random() < 0.04:
            status = "forwarded"
        yield {
            "year": day.year, "seq": seq[day.year], "reg_no": format_reg_no("{year}/{seq:04d}", day.year, seq[day.year]),
            "received_at": at, "received": day, "channel": channel, "kind": kind, "source": source,
            "source_ref": f"{rng.choice(ORGS)}, {rng.randint(1, 900)} тоот" if source == "org" else None,
            "topic": topic, "bag_id": rng.choice(bag_ids) if bag_ids else None, "summary": summary,
            "official_name": None if status == "registered" else official, "status": status,
            "period_days": period, "extension_days": extension, "due": due,
            "extension_reason": "Нэмэлт судалгаа шаардлагатай" if extension else None,
            "extended_by": "head" if extension else None,
            "resolved_on": closed_on if closed else None,
            "resolution": (f"Харьяаллын дагуу {rng.choice(ORGS)}-д шилжүүлсэн" if status == "forwarded" else
                           "Талархлыг хүлээн авч хамт олонд уламжилсан" if kind == "thanks" else
                           rng.choice(RESOLUTIONS)) if closed else None,
            "forwarded_to": rng.choice(ORGS) if status == "forwarded" else None,
            "answer_method": rng.choice(("written", "phone", "in_person", "sms")) if closed else None,
            "anonymous": anonymous,
            "petitioner": None if anonymous else _person(rng, bag_ids, bag_names),
        }
        seq[day.year] += 1


def load(ctx: AppContext) -> None:
    """A year of petitions up to today (~1,650), unless the register already has some."""
    today = date.today()
    with ctx.transaction() as session:
        if session.scalar(select(Petition.id).limit(1)) is not None:
            return
        bags = session.execute(select(Bag.id, Bag.name).where(Bag.active).order_by(Bag.name)).all()
        rng = random.Random(today.toordinal())
        rows = generate(rng.randint(1500, 1800), today - timedelta(days=364), today, today=today,
                        bag_ids=[b[0] for b in bags], bag_names=[b[1] for b in bags],
                        seq_start=petitions_bulk.next_seq_by_year(session))
        ids = petitions_bulk.insert_petitions(session, rows)
        from soum_desk.services.core import audit

        audit.record(session, ctx.actor, "petition.demo", "petition", None, after={"count": len(ids)})

