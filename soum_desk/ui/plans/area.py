"""Registers the plans area in the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.ui.areas import AreaSpec


def _factory(state):
    from soum_desk.ui.plans.view import PlansView

    return PlansView(state)


AREA = AreaSpec("plans", title=lambda: QCoreApplication.translate("areas", "Төлөвлөгөөний биелэлт"),
                factory=_factory, office_only=True)
