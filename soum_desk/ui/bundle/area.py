"""Registers the bundle area in the main window; the view (and the services behind it) is imported when
the area is first shown (issue 18: start-up imported every area's services)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.bundle.view import BundleView

    return BundleView(state)


AREA = AreaSpec("bundle", title=lambda: QCoreApplication.translate("areas", "Аймагт илгээх багц"),
                factory=_factory, office_only=True)
