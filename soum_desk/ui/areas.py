"""The areas of the main window, registered in one place.

Each area module exposes `AREA = AreaSpec(...)`; add its module path to
`AREA_MODULES` in the order the navigation list should show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from soum_desk.domain.roles import Permission


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: Callable[[], str]  # translated at call time, so a language switch re-titles
    factory: Callable[..., QWidget]  # factory(app_state) -> widget
    permission: Permission = Permission.READ
    office_only: bool = False  # hidden in province mode
    province_only: bool = False


AREA_MODULES: list[str] = [
    "soum_desk.ui.dashboard",
    "soum_desk.ui.province.import_view",
    "soum_desk.ui.province.ranking_view",
    "soum_desk.ui.province.charts_view",
    "soum_desk.ui.province.offices_view",
    "soum_desk.ui.plans.area",
    "soum_desk.ui.petitions",
    "soum_desk.ui.letters.view",
    "soum_desk.ui.archive.view",
    "soum_desk.ui.bundle.view",
    "soum_desk.ui.admin.audit_view",
    "soum_desk.ui.admin.backup_view",
]


def load_areas() -> list[AreaSpec]:
    specs = []
    for module_name in AREA_MODULES:
        module = __import__(module_name, fromlist=["AREA"])
        specs.append(module.AREA)
    return specs
