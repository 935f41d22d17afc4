"""Issue 14: a petition is found by its registration number, and by the citizen's name or register
number for roles that may see personal data (each such search audited, without the words)."""

from __future__ import annotations

from datetime import datetime

import pytest

from soum_desk.errors import PermissionDenied
from soum_desk.services.core import audit
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import queries as q


def _register(ctx, when: datetime, summary: str, name: str | None = None, register_no: str | None = None):
    person = {"name": name, "register_no": register_no} if name else None
    return petitions.register(ctx, received_at=when, channel="written", kind="request", summary=summary,
                              petitioner=person, anonymous=person is None)


@pytest.fixture
def register_of_two_years(clerk_ctx):
    first = _register(clerk_ctx, datetime(2025, 3, 5, 10), "Газар олгох хүсэлт", "Б.Болд", "УБ85010112")
    second = _register(clerk_ctx, datetime(2026, 3, 5, 10), "Зам засварын гомдол", "Д.Сарантуяа")
    return first, second


def _numbers(ctx, **flt) -> list[str]:
    return [p["reg_no"] for p in q.list_page(ctx, q.PetitionFilter(**flt))]


def test_found_by_its_number_as_the_clerk_writes_it(clerk_ctx, register_of_two_years):
    first, second = register_of_two_years
    assert _numbers(clerk_ctx, text=second["reg_no"]) == [second["reg_no"]]
    assert _numbers(clerk_ctx, text=f"№{first['reg_no']}") == [first["reg_no"]]
    # the bare sequence number finds it in every year it was given
    assert set(_numbers(clerk_ctx, text="1")) == {first["reg_no"], second["reg_no"]}
    assert q.count(clerk_ctx, q.PetitionFilter(text="1")) == 2
    assert _numbers(clerk_ctx, text="2026/1") == [second["reg_no"]]
    assert _numbers(clerk_ctx, text="2026/2") == []
    assert _numbers(clerk_ctx, text="гомдол") == [second["reg_no"]]  # words still search the summary


def test_found_by_the_citizen_for_roles_with_personal_data_and_audited(ctx, clerk_ctx, viewer_ctx,
                                                                      register_of_two_years):
    first, second = register_of_two_years
    assert _numbers(clerk_ctx, person="болд") == [first["reg_no"]]  # any letter case
    assert _numbers(clerk_ctx, person="САРАНТУЯА") == [second["reg_no"]]
    assert _numbers(clerk_ctx, person="уб 85010112") == [first["reg_no"]]
    assert _numbers(clerk_ctx, person="Дорж") == []
    with pytest.raises(PermissionDenied):
        q.list_page(viewer_ctx, q.PetitionFilter(person="Болд"))
    with pytest.raises(PermissionDenied):
        q.count(viewer_ctx, q.PetitionFilter(person="Болд"))
    entries = audit.list_entries(ctx, audit.AuditFilter(action_prefix="petition.search_person"))
    assert len(entries) == 4 and all(e["username"] == "clerk" for e in entries)
    assert not any("Болд" in str(e) or "болд" in str(e) for e in entries)  # the words are not kept
    # the list fetching the next page or refreshing repeats the same search: no new entry
    q.list_page(clerk_ctx, q.PetitionFilter(person="Дорж"), offset=100)
    q.list_page(clerk_ctx, q.PetitionFilter(person=" дорж "))
    assert len(audit.list_entries(ctx, audit.AuditFilter(action_prefix="petition.search_person"))) == 4
