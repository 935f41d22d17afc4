"""What an area of the main window declares about itself.

Each area module exposes `AREA = AreaSpec(...)`; `soum_desk.ui.area_list.AREAS` imports them
in the order the navigation list shows them.
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

