"""The period figures must equal an independent SQL count over the same data."""

from datetime import date

import pytest
from sqlalchemy import select, text

from soum_desk.db.models import Bag
from soum_desk.domain.periods import Period
from soum_desk.services.petitions import bulk as petitions_bulk
from soum_desk.services.petitions import demo as petitions_demo
from soum_desk.services.petitions import stats

# Written straight from DOMAIN.md, without the service or the domain module.
INDEPENDENT_SQL = """
SELECT count(*) AS received,
  sum(CASE WHEN resolved_on IS NOT NULL AND resolved_on <= :as_of AND resolved_on <= due THEN 1 ELSE 0 END),
  sum(CASE WHEN resolved_on IS NOT NULL AND resolved_on <= :as_of AND resolved_on > due THEN 1 ELSE 0 END),
  sum(CASE WHEN (resolved_on IS NULL OR resolved_on > :as_of) AND due >= :as_of THEN 1 ELSE 0 END),
  sum(CASE WHEN (resolved_on IS NULL OR resolved_on > :as_of) AND due < :as_of THEN 1 ELSE 0 END),
  avg(CASE WHEN resolved_on IS NOT NULL AND resolved_on <= :as_of
      THEN julianday(resolved_on) - julianday(received) END)
FROM petition WHERE received BETWEEN :start AND :last
"""


@pytest.fixture
def generated(system_ctx):
    with system_ctx.transaction() as session:
        bags = session.execute(select(Bag.id, Bag.name)).all()
        rows = petitions_demo.generate(3000, date(2023, 7, 1), date(2025, 3, 31), today=date(2025, 4, 20),
                                       bag_ids=[b[0] for b in bags], bag_names=[b[1] for b in bags], seed=7)
        petitions_bulk.insert_petitions(session, rows)
    return system_ctx


def sql_count(ctx, start, last, as_of):
    with ctx.reading() as session:
        row = session.execute(text(INDEPENDENT_SQL), {"start": start.isoformat(), "last": last.isoformat(),
                                                      "as_of": as_of.isoformat()}).one()
    return row[0], row[1] or 0, row[2] or 0, row[3] or 0, row[4] or 0, row[5]


@pytest.mark.parametrize(("period", "as_of"), [
    ("2023Q4", None), ("2024Q1", None), ("2024Q4", None), ("2024H2", None), ("2024", None),
    ("2024Q4", date(2025, 1, 15)),  # a later report: some pending became resolved or overdue
    ("2024Q4", date(2025, 4, 20)),
    ("2025Q1", date(2025, 2, 14)),  # "as of" inside the period
    ("2024", date(2024, 12, 31)),
])
def test_figures_equal_independent_sql(generated, period, as_of):
    p = Period.parse(period)
    got = stats.figures(generated, p, as_of).total
    effective = as_of or p.end
    received, on_time, late, pending, overdue, avg_days = sql_count(generated, p.start, min(p.end, effective),
                                                                    effective)
    assert received > 100
    assert (got.received, got.on_time, got.late, got.pending, got.overdue) == (
        received, on_time, late, pending, overdue)
    assert got.received == got.on_time + got.late + got.pending + got.overdue
    assert got.average_days == (round(avg_days, 1) if avg_days is not None else None)


def test_periods_cut_through_a_petitions_life(generated):
    """Every mix of outcomes occurs, so the test above exercises each rule."""
    q4 = stats.figures(generated, "2024Q4").total
    later = stats.figures(generated, "2024Q4", date(2025, 4, 20)).total
    assert q4.pending > 0 and q4.overdue > 0 and q4.late > 0 and q4.on_time > 0
    assert later.pending == 0 and later.resolved > q4.resolved


def test_breakdowns_sum_to_the_total(generated):
    f = stats.figures(generated, "2024")
    for groups in f.by.values():
        assert sum(c.received for c in groups.values()) == f.total.received
        assert sum(c.overdue for c in groups.values()) == f.total.overdue
    kinds = {k: c.received for k, c in f.by["kind"].items()}
    assert kinds["request"] > kinds["thanks"] > kinds["complaint"] > kinds["suggestion"]


def test_search_plans_agree(generated, monkeypatch):
    """The index walk for frequent words returns exactly what sorting all matches returns."""
    from soum_desk.services.petitions import queries as q

    flt = q.PetitionFilter(text="хүсэлт")
    assert q.count(generated, flt) == q.count(generated, q.PetitionFilter(text="хүсэлт", status=None, overdue=False))
    monkeypatch.setattr(q, "WALK_INDEX_ABOVE", 0)
    walked = [r["id"] for r in q.list_page(generated, flt, limit=60, offset=30)]
    monkeypatch.setattr(q, "WALK_INDEX_ABOVE", 10**9)
    sorted_all = [r["id"] for r in q.list_page(generated, flt, limit=60, offset=30)]
    assert walked == sorted_all and len(walked) == 60
    with_filter = q.PetitionFilter(text="хүсэлт", kind="request")
    assert q.count(generated, with_filter) <= q.count(generated, flt)


@pytest.mark.parametrize(("period", "as_of"), [("2024Q3", None), ("2024", date(2024, 8, 15)),
                                               ("2025Q1", date(2025, 4, 20)), ("2023H2", date(2025, 1, 1))])
def test_grouped_in_sql_equals_the_domain_count_of_every_petition(generated, period, as_of):
    """Issue 18: the database groups; every breakdown, day average and top topic equals
    `domain.petition_figures.compute` over the petitions' own facts."""
    from sqlalchemy import event

    from soum_desk.db.models import Petition
    from soum_desk.domain.petition_figures import PetitionFacts, compute

    p = Period.parse(period)
    as_of_used = as_of or p.end
    with generated.reading() as session:
        names = dict(session.execute(select(Bag.id, Bag.name)).all())
        facts = [PetitionFacts(r.received, r.due, r.resolved_on, r.kind, r.channel, r.topic or "",
                               names.get(r.bag_id, "") if r.bag_id else "", r.official_name or "")
                 for r in session.execute(select(Petition.received, Petition.due, Petition.resolved_on,
                                                 Petition.kind, Petition.channel, Petition.topic, Petition.bag_id,
                                                 Petition.official_name))]
    statements: list[str] = []

    def capture(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(generated.read_engine, "before_cursor_execute", capture)
    try:
        ours = stats.figures(generated, p, as_of)
    finally:
        event.remove(generated.read_engine, "before_cursor_execute", capture)
    assert ours.as_dict() == compute(facts, p.start, p.end, as_of_used).as_dict()
    assert any("GROUP BY" in s and "FROM petition" in s for s in statements)
