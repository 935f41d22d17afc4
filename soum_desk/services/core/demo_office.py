"""Demo organisation data: the soum's bags and the office's units (хэлтэс/ажилтан).

Demo data never creates users: there are no built-in passwords. The administrator
adds the head and the clerks with passwords of their own in Settings → Users.
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
    """Add the demo bags and units the office does not have yet (keeps what was entered)."""
    info = office.get_office(ctx)
    bags = info["bags"] + [b for b in DEMO_BAGS if b not in info["bags"]]
    units = info["units"] + [u for u in DEMO_UNITS if u not in info["units"]]
    if bags != info["bags"] and not info["is_province"]:
        office.set_bags(ctx, bags)
    if units != info["units"]:
        office.set_units(ctx, units)

