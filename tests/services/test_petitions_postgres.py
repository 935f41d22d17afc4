"""The petitions services on PostgreSQL (a province hub): ILIKE search instead of FTS5.

Runs only with SOUM_DESK_TEST_PG_URL set to an empty scratch database, e.g.
postgresql+psycopg://soum@/soumtest?host=/tmp/pg&port=5432 (its public schema is recreated).
"""

import os
from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, text

from soum_desk.config import resolve_paths
from soum_desk.services.core import office, users
from soum_desk.services.core.startup import open_context
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import queries as q
from soum_desk.services.petitions import stats

PG_URL = os.environ.get("SOUM_DESK_TEST_PG_URL")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="SOUM_DESK_TEST_PG_URL not set")]


@pytest.fixture
def pg_ctx(tmp_path):
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    ctx = open_context(resolve_paths(tmp_path / "data", PG_URL))
    office.initialise(ctx, aimag_code="MN-065", soum_name="Есөнбулаг", office_name="Есөнбулаг сумын ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1", bags=["1-р баг"])
    yield ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    ctx.dispose()


def test_register_search_and_figures_on_postgres(pg_ctx):
    p = petitions.register(pg_ctx, received_at=datetime(2024, 11, 5, 10), channel="written", kind="complaint",
                           summary="Гомдол: ус түгээх байр хаалттай", bag="1-р баг",
                           petitioner={"name": "Б.Болд", "register_no": "УБ85010112"})
    petitions.register(pg_ctx, received_at=datetime(2024, 11, 6, 10), channel="c1111", kind="request",
                       summary="Цэцэрлэгт хүүхэд оруулах", anonymous=True)
    petitions.close(pg_ctx, p["id"], resolution="Байрыг нээсэн", on=date(2024, 11, 20))
    assert q.count(pg_ctx, q.PetitionFilter(text="гомдол")) == 1  # ILIKE folds Cyrillic case
    assert q.count(pg_ctx, q.PetitionFilter(text="НЭЭСЭН")) == 1
    assert [r["reg_no"] for r in q.list_page(pg_ctx, q.PetitionFilter(period="2024Q4"), sort="due",
                                              descending=False)] == ["2024/0002", "2024/0001"]
    figures = stats.figures(pg_ctx, "2024Q4").total
    assert (figures.received, figures.on_time, figures.overdue) == (2, 1, 1)
    assert figures.average_days == 15.0  # issue 18: days summed in SQL (date − date on PostgreSQL)
    assert petitions.show(pg_ctx, p["reg_no"])["petitioner"]["name"] == "Б.Болд"


def test_letters_bulk_import_path_on_postgres(pg_ctx):
    """Issue 18: the letters import's executemany path (psycopg's paramstyle, native dates/booleans)."""
    from soum_desk.services.core.context import Actor
    from soum_desk.services.letters import bulk as letters_bulk
    from soum_desk.services.letters import queries as letters_query

    system = pg_ctx.as_actor(Actor.system())
    rows = [{"direction": "in", "reg_no": str(i), "reg_date": date(2024, 3, i), "counterpart": "Сангийн яам",
             "subject": f"Мэдээ {i}", "reply_required": i % 2 == 0} for i in range(1, 6)]
    with system.transaction() as session:
        letters_bulk.insert_letters(session, letters_bulk.prepare(session, "clerk", rows))
    found = letters_query.list_letters(system, sort="reg_no", descending=False)
    assert [r["reg_no"] for r in found] == ["1", "2", "3", "4", "5"]
    assert found[1]["due_date"] is not None and found[0]["due_date"] is None and found[1]["reply_required"]


def test_lists_sorted_by_a_name_follow_the_mongolian_alphabet_on_postgres(pg_ctx):
    """Issue 14: the same order as on SQLite, whatever the database's locale (COLLATE "C" on the key)."""
    from tests.services.test_mongolian_sql_order import (
        test_letters_sorted_by_organisation_assignee_and_subject_in_the_mongolian_alphabet as letters_order,
    )
    from tests.services.test_mongolian_sql_order import (
        test_petitions_sorted_by_official_and_topic_in_the_mongolian_alphabet as petitions_order,
    )

    petitions_order(pg_ctx)
    letters_order(pg_ctx)


def test_an_import_finds_numbers_already_taken_on_postgres(pg_ctx):
    """The import preview's look-up (`services/core/existing`) walks a JSON array on SQLite and
    chunked IN lists elsewhere: the PostgreSQL branch gives the same answer, pairs and single values."""
    from soum_desk.db.models import Petition
    from soum_desk.services.core.existing import CHUNK, existing

    p = petitions.register(pg_ctx, received_at=datetime(2024, 11, 5, 10), channel="written", kind="complaint",
                           summary="Гомдол: ус түгээх байр хаалттай", bag="1-р баг",
                           petitioner={"name": "Б.Цэцэг"})
    with pg_ctx.reading() as session:
        row = session.get(Petition, p["id"])
        year, number = row.year, row.reg_no
        wanted = {(year, number), (year, "2024/9999")} | {(1990, f"1990/{n:04d}") for n in range(CHUNK + 5)}
        assert existing(session, Petition, ["year", "reg_no"], wanted) == {(year, number)}
        assert existing(session, Petition, ["year"], {(year,), (1990,)}) == {(year,)}
