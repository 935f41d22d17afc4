"""Registers the province's offices area in the main window; the view and the province's and
bundle's services are imported when the area is first shown (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.domain.roles import Permission
from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.province.offices_view import OfficesView

    return OfficesView(state)


AREA = AreaSpec("province_offices", title=lambda: QCoreApplication.translate("areas", "Сумдын түлхүүр"),
                factory=_factory, permission=Permission.PROVINCE, province_only=True)
