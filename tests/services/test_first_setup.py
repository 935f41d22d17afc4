"""Issue 14: set-up with demo data reports progress and a Cancel leaves nothing or a complete office."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text

from soum_desk.db.models import Bag, Letter, Office, Petition, User
from soum_desk.services import areas, first_setup
from soum_desk.services.core import audit, office
from soum_desk.services.core.context import Actor

FIELDS = {"aimag_code": "MN-046", "soum_name": "Тариалан", "office_name": "Тариалан сумын ЗДТГ",
          "admin_username": "admin", "admin_password": "admin-pass-1", "bags": ["Тэс", "Хөх нуур", "Баянтэс"]}


def _row_counts(ctx) -> dict[str, int]:
    with ctx.engine.connect() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version" and "fts" not in t]
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}


def test_a_complete_set_up_reports_every_step_and_gives_the_whole_office(blank_ctx):
    seen: list[tuple[int, int]] = []
    result = first_setup.set_up(blank_ctx, demo=True, progress=lambda d, t: seen.append((d, t)) or True, **FIELDS)
    total = first_setup.steps(True)
    assert total == len(areas.AREAS) + 3 and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # it only moves forward
    assert result["name"] == "Тариалан сумын ЗДТГ" and office.is_initialised(blank_ctx)
    with blank_ctx.reading() as session:
        assert session.scalar(select(Petition.id).limit(1)) is not None
        assert session.scalar(select(Letter.id).limit(1)) is not None
        assert sorted(session.scalars(select(Bag.name))) == sorted(FIELDS["bags"])
    assert audit.verify(blank_ctx.as_actor(Actor.system())).ok  # the copied log's chain is whole
    assert not list(blank_ctx.paths.data_dir.glob(f"{first_setup.STAGING_PREFIX}*"))  # no staging left


@pytest.mark.parametrize("answers", [0, 2, 40])
def test_a_cancel_before_the_office_is_complete_leaves_nothing(blank_ctx, answers):
    """Cancel pressed at once, once the office and its administrator were written, or half way
    through the demo plans (progress is asked at every goal and measure)."""
    calls = {"n": 0}

    def progress(done: int, total: int) -> bool:
        calls["n"] += 1
        return calls["n"] <= answers

    with pytest.raises(InterruptedError):
        first_setup.set_up(blank_ctx, demo=True, progress=progress, **FIELDS)
    assert calls["n"] == answers + 1  # it stopped at the first question after the Cancel
    assert not office.is_initialised(blank_ctx)
    assert not any(_row_counts(blank_ctx).values())  # not one row anywhere: set-up can start again
    assert not list(blank_ctx.paths.data_dir.glob(f"{first_setup.STAGING_PREFIX}*"))
    first_setup.set_up(blank_ctx, demo=False, **FIELDS)  # and it does
    assert office.is_initialised(blank_ctx)


def test_a_cancel_once_the_office_is_complete_keeps_the_complete_office(blank_ctx):
    total = first_setup.steps(True)
    first_setup.set_up(blank_ctx, demo=True, progress=lambda done, _total: done < total, **FIELDS)
    assert office.is_initialised(blank_ctx)
    with blank_ctx.reading() as session:
        assert session.scalar(select(Letter.id).limit(1)) is not None
        assert session.scalar(select(Office.id).limit(1)) is not None


def test_a_set_up_the_office_refuses_writes_nothing_and_says_why(blank_ctx):
    from soum_desk.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        first_setup.set_up(blank_ctx, demo=True, **{**FIELDS, "office_name": " "})
    assert "office name is empty" in err.value.msg.en
    assert not office.is_initialised(blank_ctx)


def test_without_demo_data_the_set_up_is_the_office_and_its_administrator(blank_ctx):
    first_setup.set_up(blank_ctx, demo=False, **FIELDS)
    with blank_ctx.reading() as session:
        assert [u.username for u in session.scalars(select(User))] == ["admin"]
        assert session.scalar(select(Petition.id).limit(1)) is None


def test_an_office_already_set_up_is_never_overwritten(ctx, blank_ctx):
    from soum_desk.errors import ValidationError

    before = office.get_office(ctx)
    with pytest.raises(ValidationError) as err:
        first_setup.set_up(blank_ctx, demo=True, **FIELDS)
    assert err.value.msg.en == "The office is already set up."
    assert office.get_office(ctx) == before


def test_cancel_is_offered_only_where_it_leaves_nothing(blank_ctx):
    from dataclasses import replace

    assert first_setup.can_cancel(blank_ctx, demo=True) and not first_setup.can_cancel(blank_ctx, demo=False)
    server = blank_ctx.as_actor(None)
    server.paths = replace(blank_ctx.paths, db_url="postgresql+psycopg://office@localhost/soumdesk")
    assert not first_setup.can_cancel(server, demo=True)
