"""Issue 16: demo data is built from the office as set up — its aimag, soum, bags and units."""

from __future__ import annotations

from sqlalchemy import select

from soum_desk.db.models import Bag, Letter, Petition, StorageUnit, Unit
from soum_desk.db.models.plans import PlanMeasure
from soum_desk.domain.aimags import all_aimags
from soum_desk.services import demo
from soum_desk.services.core import office
from soum_desk.services.core.context import Actor
from soum_desk.services.core.demo_office import DEMO_BAGS, DEMO_UNITS
from soum_desk.services.plans import tree as plans

UVS_BAGS = ["Тэс", "Хөх нуур", "Баянтэс"]


def _uvs_office(blank_ctx, units=None):
    office.initialise(blank_ctx, aimag_code="MN-046", soum_name="Тариалан", office_name="Тариалан сумын ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1", bags=UVS_BAGS, units=units)
    system = blank_ctx.as_actor(Actor.system())
    demo.load_demo(system)
    return system


def test_three_bags_in_another_aimag_stay_three_and_the_letters_come_from_that_aimag(blank_ctx):
    ctx = _uvs_office(blank_ctx)
    info = office.get_office(ctx)
    assert sorted(info["bags"]) == sorted(UVS_BAGS)  # no «4-р баг», no «5-р баг»
    with ctx.reading() as session:
        assert sorted(session.scalars(select(Bag.name))) == sorted(UVS_BAGS)
        used = set(session.scalars(select(Bag.name).join(Petition, Petition.bag_id == Bag.id).distinct()))
        counterparts = set(session.scalars(select(Letter.counterpart).distinct()))
    assert used == set(UVS_BAGS)  # the demo petitions come from the office's own bags
    assert "Увс аймгийн Засаг даргын Тамгын газар" in counterparts
    assert "Тариалан сумын Эрүүл мэндийн төв" in counterparts
    others = [a.mn for a in all_aimags() if a.code != "MN-046" and not a.capital]
    assert not [c for c in counterparts if any(c.startswith(f"{name} аймгийн") for name in others)]
    assert not [c for c in counterparts if c.startswith("Аймгийн") or c.startswith("Сумын")]


def test_an_office_without_units_gets_the_demo_units_and_its_archive_uses_them(blank_ctx):
    ctx = _uvs_office(blank_ctx)
    with ctx.reading() as session:
        units = set(session.scalars(select(Unit.name)))
        archived = set(session.scalars(select(Unit.name).join(StorageUnit, StorageUnit.unit_id == Unit.id).distinct()))
    assert units == set(DEMO_UNITS) and archived <= units


def test_the_offices_own_units_are_the_demos_units_and_the_plans_responsible(blank_ctx):
    ctx = _uvs_office(blank_ctx, units=["Тамгын газар", "Хөдөө аж ахуйн хэлтэс"])
    with ctx.reading() as session:
        units = set(session.scalars(select(Unit.name)))
        archived = set(session.scalars(select(Unit.name).join(StorageUnit, StorageUnit.unit_id == Unit.id).distinct()))
    assert units == {"Тамгын газар", "Хөдөө аж ахуйн хэлтэс"} and archived == units
    assert plans.list_documents(ctx)
    with ctx.reading() as session:
        responsible = set(session.scalars(select(PlanMeasure.responsible)))
    assert "Хөдөө аж ахуйн хэлтэс" in responsible and "Хөдөө аж ахуйн тасаг" not in responsible


def test_an_office_set_up_without_bags_gets_the_demo_bags(blank_ctx):
    office.initialise(blank_ctx, aimag_code="MN-046", soum_name="Тариалан", office_name="Тариалан сумын ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1")
    demo.load_demo(blank_ctx.as_actor(Actor.system()))
    assert sorted(office.get_office(blank_ctx)["bags"]) == sorted(DEMO_BAGS)

