"""The charts' numbers are the reports' numbers (one source)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bench.letters_bench import generate as generate_letters
from soum_desk.db.models import Bag
from soum_desk.domain.periods import Period
from soum_desk.services.core.context import Actor
from soum_desk.services.dashboard import charts as chart_series
from soum_desk.services.letters import stats as letters_stats
from soum_desk.services.petitions import bulk as petitions_bulk
from soum_desk.services.petitions import charts as petitions_charts
from soum_desk.services.petitions import demo as petitions_demo
from soum_desk.services.petitions import stats as petitions_stats


def _petitions(ctx, count=1500):
    with ctx.as_actor(Actor.system()).transaction() as session:
        bags = session.execute(select(Bag.id, Bag.name).order_by(Bag.name)).all()
        rows = petitions_demo.generate(count, date(2023, 1, 1), date(2024, 12, 31), today=date(2025, 1, 15),
                                       bag_ids=[b[0] for b in bags], bag_names=[b[1] for b in bags], seed=3)
        petitions_bulk.insert_petitions(session, rows)


def test_petitions_on_time_by_quarter_equals_the_report_figures(ctx):
    _petitions(ctx)
    chart = petitions_charts.petitions_by_quarter(ctx, [2023, 2024], today=date(2025, 3, 1))
    assert chart["categories"] == [f"{y}Q{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
    for code, received, on_time in zip(chart["categories"], chart["series"][0]["values"],
                                       chart["line"]["values"], strict=True):
        report = petitions_stats.figures_dict(ctx, code)  # what the quarter's report prints
        assert received == report["received"]
        assert on_time == report["on_time_percent"]
    assert sum(chart["series"][0]["values"]) == 1500


def test_petitions_by_kind_and_topic_equal_the_report_breakdowns(ctx):
    _petitions(ctx, 600)
    report = petitions_stats.figures_dict(ctx, "2024")
    kinds = petitions_charts.petitions_by(ctx, "2024", "kind", today=date(2025, 3, 1))
    assert sum(kinds["series"][0]["values"]) == report["received"]
    assert sorted(kinds["series"][0]["values"]) == sorted(c["received"] for c in report["by"]["kind"].values())
    topics = petitions_charts.petitions_by(ctx, "2024", "topic", today=date(2025, 3, 1))
    by_topic = {k or "—": c["received"] for k, c in report["by"]["topic"].items()}
    for name, value in zip(topics["categories"], topics["series"][0]["values"], strict=True):
        assert by_topic[name] == value


def test_letters_by_month_add_up_to_the_quarter_report(ctx):
    generate_letters(ctx, 800, years=2)
    year = date.today().year - 1
    chart = chart_series.letters_by_month(ctx, year)
    assert len(chart["categories"]) == 12
    for q in range(4):
        report = letters_stats.period_figures(ctx, Period(year, "Q", q + 1))
        assert sum(chart["series"][0]["values"][q * 3:q * 3 + 3]) == report["received"]
        assert sum(chart["series"][1]["values"][q * 3:q * 3 + 3]) == report["sent"]


def test_office_charts_on_demo_data(demo_ctx):
    charts = chart_series.office_charts(demo_ctx)
    assert len(charts) == 5
    for chart in charts:
        for series in chart["series"]:
            assert len(series["values"]) == len(chart["categories"])
