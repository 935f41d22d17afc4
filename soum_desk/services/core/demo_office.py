"""Demo organisation data: the soum's bags and the office's units (хэлтэс/ажилтан).

The office as set up comes first: bags or units entered at set-up are the demo's bags and
units (three bags given → the demo uses those three, never a «4-р баг»); the demo lists
only fill a list left empty. Demo data never creates users: there are no built-in
passwords. The administrator adds the head and the clerks with passwords of their own in
Settings → Users.
"""

from __future__ import annotations

from soum_desk.services.core import office
from soum_desk.services.core.context import AppContext

DEMO_BAGS = ["1-р баг", "2-р баг", "3-р баг", "4-р баг", "5-р баг"]
DEMO_UNITS = [
    "Тамгын газрын дарга",
    "Хууль зүйн ажилтан",
    "Нийгмийн хөгжлийн ажилтан",
    "Газрын даамал",
    "Хөдөлмөр эрхлэлт, халамжийн ажилтан",
    "Хөдөө аж ахуйн тасаг",
    "Байгаль орчны байцаагч",
    "Санхүү, төрийн сангийн ажилтан",
    "Архив, бичиг хэргийн эрхлэгч",
]


def load_office_demo(ctx: AppContext) -> None:
    """Give the office the demo bags and units only where it has none (what was entered is the office)."""
    info = office.get_office(ctx)
    if not info["bags"] and not info["is_province"]:
        office.set_bags(ctx, DEMO_BAGS)
    if not info["units"]:
        office.set_units(ctx, DEMO_UNITS)

