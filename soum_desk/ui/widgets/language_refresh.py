"""Views whose data is worded by the language (labels, periods): re-read on a language change.

A view on screen re-reads at once; one that is closed or behind another area re-reads when it is
next shown — a closed view is not asked, since its database may be gone by then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LanguageRefreshedView(QWidget):
    """Subclasses give `retranslate()` (the program's words) and `refresh()` (the data)."""

    _stale = False

    def retranslate(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
