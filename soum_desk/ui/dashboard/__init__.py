"""The office dashboard: the first area, the office at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.dashboard.view import DashboardView

    return DashboardView(state)


AREA = AreaSpec("dashboard", title=lambda: QCoreApplication.translate("areas", "Хяналтын самбар"),
                factory=_factory, office_only=True)
