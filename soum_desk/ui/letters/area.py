"""Registers the letters area in the main window; the view and the letters' services (reports,
imports) are imported when the area is first shown (issue 18: start-up)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.letters.view import LettersView

    return LettersView(state)


AREA = AreaSpec("letters", title=lambda: QCoreApplication.translate("areas", "Албан бичиг"), factory=_factory,
                office_only=True)
