"""Registers the province's bundle import area in the main window; the view and the province's
services are imported when the area is first shown (issue 18: a soum office loaded them at start-up)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.domain.roles import Permission
from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.province.import_view import ImportView

    return ImportView(state)


AREA = AreaSpec("province_import", title=lambda: QCoreApplication.translate("areas", "Багц хүлээн авах"),
                factory=_factory, permission=Permission.PROVINCE, province_only=True)
