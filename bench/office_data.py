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


GENERATORS["plans"] = gen_plans
GENERATORS["petitions"] = gen_petitions
GENERATORS["letters"] = gen_letters
