"""The areas' generators for `python -m bench.generate`: a year of one soum office's records.

Realistic figures come from DOMAIN.md: about 1,000 petitions a year in one soum (the province
handled 15,700 across ~18 soums and ~24 agencies), about 5,000 letters (one department
registered 3,447 incoming and 1,475 outgoing), and an annual plan of about 200 measures with
four quarters of progress. All of them fall in 2024, so the bundle benchmark exports 2024Q4.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bench.generate import GENERATORS, Scale
from soum_desk.services.core.context import AppContext

YEAR = 2024


def gen_plans(ctx: AppContext, scale: Scale) -> str:
    from bench.plans_bench import generate

    measures = scale.count(200)
    generate(ctx, measures=measures, seed=scale.rng.randrange(10**6))
    return f"1 plan of {measures} measures with Q1–Q4 progress"


def gen_petitions(ctx: AppContext, scale: Scale) -> str:
    from soum_desk.db.models import Bag
    from soum_desk.services.petitions import bulk as petitions_bulk
    from soum_desk.services.petitions import demo as petitions_demo

    count = scale.count(1_000)
    with ctx.transaction() as session:
        bags = session.execute(select(Bag.id, Bag.name).order_by(Bag.name)).all()
        rows = petitions_demo.generate(count, date(YEAR, 1, 1), date(YEAR, 12, 31), today=date(YEAR + 1, 1, 15),
                                       bag_ids=[b[0] for b in bags], bag_names=[b[1] for b in bags],
                                       seed=scale.rng.randrange(10**6))
        petitions_bulk.insert_petitions(session, rows)
    return f"{count} petitions received in {YEAR}"


def gen_letters(ctx: AppContext, scale: Scale) -> str:
    from bench.letters_bench import generate

    count = scale.count(5_000)
    years = date.today().year - YEAR + 1  # the generator spreads letters over the years up to today
    generate(ctx, count * years, seed=scale.rng.randrange(10**6), years=years)
    return f"{count * years} letters over {years} years (about {count} a year)"


def archive_holdings(ctx: AppContext, units: int, rng) -> None:  # noqa: ANN001
    """`units` storage units over 40 years (file lists of 50 case files per year and office unit),
    nearly all held in the archive, and one finished inventory of every held unit."""
    from datetime import datetime

    from sqlalchemy import insert

    from soum_desk.db.models import CaseFile, FileList, Inventory, InventoryItem, StorageUnit, Unit

    kinds = [("permanent", None), ("years70", None), ("temporary", 5), ("temporary", 10), ("temporary", 15)]
    words = ["Захирамж", "Тушаал", "Албан бичиг", "Өргөдөл, гомдол", "Төлөвлөгөө", "Тайлан", "Гэрээ", "Протокол"]
    now = datetime.now().replace(microsecond=0)
    first = YEAR - 39
    with ctx.transaction() as session:
        office_units = list(session.scalars(select(Unit.id).order_by(Unit.id)))
        lists = [{"year": year, "unit_id": u, "approved_by": "Д.Дарга", "approved_on": date(year, 12, 20),
                  "created_at": now} for year in range(first, YEAR + 1) for u in office_units]
        session.execute(insert(FileList), lists)
        list_ids = list(session.execute(select(FileList.id, FileList.year, FileList.unit_id)))
        cases = [{"file_list_id": fid, "index_code": f"{n // 10 + 1}.{n % 10 + 1}",
                  "title": f"{words[n % len(words)]} {year} он", "retention": kinds[n % len(kinds)][0],
                  "retention_years": kinds[n % len(kinds)][1], "note": None}
                 for fid, year, _unit in list_ids for n in range(50)]
        session.execute(insert(CaseFile), cases)
        case_rows = list(session.execute(select(CaseFile.id, FileList.year, FileList.unit_id, CaseFile.title,
                                                CaseFile.retention, CaseFile.retention_years).join(FileList)))
        rows = []
        for number in range(1, units + 1):
            case_id, year, unit_id, title, kind, years = case_rows[(number * 7919) % len(case_rows)]
            status = "scheduled" if year == YEAR else "received" if rng.random() < 0.97 else "destroyed"
            rows.append({"archive_no": str(number), "case_file_id": case_id, "unit_id": unit_id, "year": year,
                         "title": f"{title} (№{number})", "retention": kind, "retention_years": years,
                         "sheets": rng.randint(20, 250), "scheduled_on": date(min(year + 1, YEAR), 6, 1),
                         "received_on": date(min(year + 1, YEAR), 6, 3) if status != "scheduled" else None,
                         "status": status, "act_id": None, "created_at": now})
            if len(rows) == 20_000:
                session.execute(insert(StorageUnit), rows)
                rows = []
        if rows:
            session.execute(insert(StorageUnit), rows)
        session.execute(insert(Inventory), [{"started_on": date(YEAR, 11, 1), "finished_on": date(YEAR, 12, 1),
                                             "note": None, "created_by": "admin"}])
        inventory = session.scalar(select(Inventory.id))
        held = session.scalars(select(StorageUnit.id).where(StorageUnit.status == "received"))
        session.execute(insert(InventoryItem), [{"inventory_id": inventory, "storage_unit_id": i,
                                                 "result": "found", "note": None} for i in held])


def gen_archive(ctx: AppContext, scale: Scale) -> str:
    units = scale.count(2_000)
    archive_holdings(ctx, units, scale.rng)
    return f"{units} storage units over 40 years, one inventory of every held unit"


GENERATORS["plans"] = gen_plans
GENERATORS["petitions"] = gen_petitions
GENERATORS["letters"] = gen_letters
GENERATORS["archive"] = gen_archive
