"""Petitions benchmark: 100,000 petitions (ten years of a large soum), then the clerk's actions.

    .venv/bin/python -m bench.petitions_bench [--count 100000] [--repeat 15]

Each interactive action (open the list = count + first page, filter, sort,
search, a quarter's figures) should stay under 100 ms. Prints medians as a
Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

BAGS = ["1-р баг Сүмбэр", "2-р баг Мандал", "3-р баг Хүрэн", "4-р баг Баянгол", "5-р баг Их тал",
        "6-р баг Цагаан нуур", "7-р баг Жаргалант", "8-р баг Улаан уул"]


def build(count: int, folder: Path):  # noqa: ANN201
    from soum_desk.config import resolve_paths
    from soum_desk.db.models import Bag
    from soum_desk.services.core import office, users
    from soum_desk.services.core.context import Actor
    from soum_desk.services.core.startup import open_context
    from soum_desk.services.petitions import bulk as petitions_bulk
    from soum_desk.services.petitions import demo as petitions_demo

    ctx = open_context(resolve_paths(folder / "data"))
    office.initialise(ctx, aimag_code="MN-049", soum_name="Сүмбэр", office_name="Сүмбэр сумын ЗДТГ",
                      admin_username="admin", admin_password="bench-pass-1", bags=BAGS)
    system = ctx.as_actor(Actor.system())
    started = time.perf_counter()
    with system.transaction() as session:
        bags = session.execute(select(Bag.id, Bag.name).order_by(Bag.name)).all()
        rows = petitions_demo.generate(count, date(2015, 1, 1), date(2024, 12, 31), today=date(2025, 1, 15),
                                       bag_ids=[b[0] for b in bags], bag_names=[b[1] for b in bags], seed=11)
        petitions_bulk.insert_petitions(session, rows)
    elapsed = time.perf_counter() - started
    return ctx.as_actor(users.authenticate(ctx, "admin", "bench-pass-1")), elapsed


def measure(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm the caches once, as a clerk's second click would
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def actions(ctx) -> list[tuple[str, Callable[[], object]]]:  # noqa: ANN001
    from soum_desk.services.petitions import queries as q
    from soum_desk.services.petitions import stats

    F = q.PetitionFilter  # noqa: N806
    today = date(2025, 1, 15)

    def page(flt=None, **kw):  # noqa: ANN001, ANN202
        return lambda: (q.count(ctx, flt, today=today), q.list_page(ctx, flt, limit=100, today=today, **kw))

    return [
        ("open the list (count + first 100 rows)", page()),
        ("page 500 of the list (offset 50,000)", lambda: q.list_page(ctx, offset=50_000, limit=100, today=today)),
        ("filter: period 2024Q4", page(F(period="2024Q4"))),
        ("filter: open + complaint", page(F(status="open", kind="complaint"))),
        ("filter: overdue", page(F(overdue=True))),
        ("filter: bag + topic + year", page(F(bag=BAGS[2], topic="Ус хангамж", period="2023"))),
        ("filter: official", page(F(official="Д.Оюун (нийгмийн ажилтан)"))),
        ("sort: due date ascending", page(sort="due", descending=False)),
        ("sort: official", page(sort="official", descending=False)),
        ("sort: topic, filtered to 2024", page(F(period="2024"), sort="topic", descending=False)),
        ("search: «гомдол»", page(F(text="гомдол"))),
        ("search: «газар эзэмших» (two words)", page(F(text="газар эзэмших"))),
        ("search + filter: «ус» in 2024", page(F(text="ус", period="2024"))),
        ("quarter figures 2024Q4", lambda: stats.figures(ctx, "2024Q4")),
        ("year figures 2024", lambda: stats.figures(ctx, "2024")),
        ("overdue count (status bar)", lambda: q.overdue_count(ctx, today)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ctx, elapsed = build(args.count, Path(tmp))
        print(f"generated and inserted {args.count:,} petitions in {elapsed:.1f} s "
              f"({args.count / elapsed:,.0f} rows/s, bulk Core, FTS index included)")
        print("\n| action | median ms |\n|---|---:|")
        worst = 0.0
        for name, fn in actions(ctx):
            ms = measure(fn, args.repeat)
            worst = max(worst, ms)
            print(f"| {name} | {ms:.1f} |")
        print(f"\nslowest: {worst:.1f} ms")
        ctx.dispose()


if __name__ == "__main__":
    main()
