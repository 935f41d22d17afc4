"""Registers the province's charts area in the main window; the view (and the services behind it) is imported when
the area is first shown (issue 18: start-up imported every area's services)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.province.charts_view import ProvinceChartsView

    return ProvinceChartsView(state)


AREA = AreaSpec("province_charts", title=lambda: QCoreApplication.translate("areas", "Үнэлгээний график"),
                factory=_factory, province_only=True)
