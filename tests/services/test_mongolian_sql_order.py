"""Issue 14: lists sorted in SQL (petitions by official or topic, letters by organisation, assignee or
subject) follow the Mongolian alphabet — Ё after Е, Ө after О, Ү after У — on SQLite and PostgreSQL,
and still walk an index (issue 18: no whole-table sort for a page)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import text, update

from soum_desk.db.models.petitions import Petition
from soum_desk.domain.collation import sorted_mongolian
from soum_desk.services.letters import actions as letters
from soum_desk.services.letters import queries as letters_query
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import queries as petitions_query

NAMES = ["Яргайт", "Ёндон", "Үенч", "Баянбулаг", "Өлзийт", "Хууль зүй", "Хөдөлмөр", "Еэрөө", "Жаргалант"]
MONGOLIAN = ["Баянбулаг", "Еэрөө", "Ёндон", "Жаргалант", "Өлзийт", "Үенч", "Хөдөлмөр", "Хууль зүй", "Яргайт"]


def test_the_expected_order_is_pythons_mongolian_order():
    assert sorted_mongolian(NAMES) == MONGOLIAN


def test_petitions_sorted_by_official_and_topic_in_the_mongolian_alphabet(clerk_ctx):
    start = datetime(2026, 3, 2, 9, 0)
    ids = []
    for number in range(len(NAMES)):
        ids.append(petitions.register(clerk_ctx, received_at=start + timedelta(hours=number), channel="oral",
                                      kind="request", summary=f"Хүсэлт {number}",
                                      anonymous=True)["id"])
    with clerk_ctx.transaction() as session:
        for pid, name in zip(ids, NAMES, strict=True):
            session.execute(update(Petition).where(Petition.id == pid).values(official_name=name, topic=name))
    for sort in ("official", "topic"):
        rows = petitions_query.list_page(clerk_ctx, sort=sort, descending=False, limit=50)
        key = "official" if sort == "official" else "topic"
        shown = [r[key] for r in rows if r[key] in NAMES]
        assert shown == MONGOLIAN, sort
        backwards = petitions_query.list_page(clerk_ctx, sort=sort, descending=True, limit=50)
        assert [r[key] for r in backwards if r[key] in NAMES] == MONGOLIAN[::-1]


def test_letters_sorted_by_organisation_assignee_and_subject_in_the_mongolian_alphabet(clerk_ctx):
    for number, name in enumerate(NAMES):
        letters.register_letter(clerk_ctx, direction="in", reg_date=date(2026, 3, 2) + timedelta(days=number),
                                counterpart=name, subject=name, assignee=name, reply_required=False)
    for sort, key in (("counterpart", "counterpart"), ("subject", "subject"), ("assignee", "assignee")):
        rows = letters_query.list_letters(clerk_ctx, sort=sort, descending=False, limit=50)
        assert [r[key] for r in rows] == MONGOLIAN, sort


def test_the_sorted_lists_walk_an_index(clerk_ctx):
    """A page sorted by official or organisation reads the Mongolian-order index instead of sorting
    the whole register (EXPLAIN shows no temporary B-tree for the ORDER BY)."""
    if clerk_ctx.engine.dialect.name != "sqlite":
        return  # PostgreSQL's planner chooses by table size; the index exists there too (migration 0012)
    from sqlalchemy import select

    from soum_desk.db.models.letters import Letter

    petition_sql = select(Petition.id).order_by(*[petitions_query.SORT_COLUMNS["official"], Petition.received_at])
    letter_sql = select(Letter.id).order_by(*letters_query.SORT_KEYS["counterpart"])
    with clerk_ctx.engine.connect() as conn:
        for query in (petition_sql, letter_sql):
            compiled = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " | ".join(str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
            assert "_mn" in plan and "TEMP B-TREE" not in plan, plan
