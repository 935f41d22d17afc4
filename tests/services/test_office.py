"""Office set-up, bags and units, and the core demo data (which never creates users)."""

from __future__ import annotations

import pytest

from soum_desk.errors import ValidationError
from soum_desk.services import demo
from soum_desk.services.core import audit, office, users
from soum_desk.services.core.context import Actor


def test_initialise_creates_the_office_and_its_admin(ctx):
    info = office.get_office(ctx)
    assert info["code"] == "MN-065/Есөнбулаг"
    assert info["aimag_name"] == "Говь-Алтай"
    assert {u["username"]: u["role"] for u in users.list_users(ctx)}["admin"] == "admin"
    with pytest.raises(ValidationError, match="already"):
        office.initialise(ctx, aimag_code="MN-065", soum_name="Х", office_name="Х",
                          admin_username="a2", admin_password="kept-secret-7")


def test_initialise_checks_the_aimag_code(blank_ctx):
    with pytest.raises(ValidationError) as info:
        office.initialise(blank_ctx, aimag_code="MN-999", soum_name="Х", office_name="Х",
                          admin_username="admin", admin_password="kept-secret-7")
    assert info.value.where == "--aimag"
    assert not office.is_initialised(blank_ctx)


def test_bags_are_deactivated_not_deleted(ctx):
    office.set_bags(ctx, ["1-р баг", "Шинэ баг"])
    assert office.get_office(ctx)["bags"] == ["1-р баг", "Шинэ баг"]
    office.set_bags(ctx, ["1-р баг", "2-р баг", "Шинэ баг"])
    assert [b["name"] for b in office.list_bags(ctx)] == ["1-р баг", "2-р баг", "Шинэ баг"]
    entry = audit.list_entries(ctx, audit.AuditFilter(action_prefix="office.bags"), limit=1)[0]
    assert "Шинэ баг" in entry["after"]


def test_demo_adds_organisation_data_but_no_users(ctx):
    before = {u["username"] for u in users.list_users(ctx)}
    loaded = demo.load_demo(ctx.as_actor(Actor.system()))
    assert "office" in loaded
    info = office.get_office(ctx)
    # issue 16: the office's three bags and two units are the demo's; nothing is invented beside them
    assert info["bags"] == ["1-р баг", "2-р баг", "3-р баг"]
    assert info["units"] == ["Нийгмийн бодлогын хэлтэс", "Тамгын газар"]
    assert {u["username"] for u in users.list_users(ctx)} == before
    demo.load_demo(ctx.as_actor(Actor.system()))  # running it twice changes nothing
    assert office.get_office(ctx)["bags"] == info["bags"]
    assert audit.verify(ctx).ok


def test_report_header_comes_from_the_office(ctx):
    from datetime import date

    from soum_desk.services.core import reporting

    with ctx.reading() as session:
        header = reporting.header(session, "Өргөдлийн тайлан", subtitle="2024 оны IV улирал")
    assert header.office_name == "Есөнбулаг сумын Засаг даргын Тамгын газар"
    assert header.place == "Есөнбулаг" and header.report_date == date.today()
    assert header.subtitle == "2024 оны IV улирал"


def test_demo_loaders_run_in_declared_order_whatever_was_imported_first(monkeypatch):
    import importlib

    from soum_desk.services import areas, demo
    from soum_desk.services.core import demo_office

    for module_name in ("soum_desk.services.letters.demo", "soum_desk.services.plans.demo"):
        importlib.import_module(module_name)  # import order does not matter: the list is explicit
    calls = []

    def late(ctx):  # noqa: ANN001
        calls.append("letters")

    def early(ctx):  # noqa: ANN001
        calls.append("core")

    monkeypatch.setattr(demo_office, "load_office_demo", early)
    letters = next(a for a in areas.AREAS if a.key == "letters")
    assert [a.key for a in areas.AREAS] == ["plans", "petitions", "letters"]
    monkeypatch.setattr(areas, "AREAS", (areas.Area("letters", letters.bundle_payload, letters.bundle_reports, late),))
    assert demo.load_demo(None) == ["office", "letters"] and calls == ["core", "letters"]
