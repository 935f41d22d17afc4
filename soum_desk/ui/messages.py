"""Showing errors: a clear message for what the user can fix, details for bugs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from soum_desk.errors import EnvironmentProblem, SoumDeskError

log = logging.getLogger(__name__)


def current_lang() -> str:
    app = QCoreApplication.instance()
    return (app.property("soumdesk_lang") or "mn") if app else "mn"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, SoumDeskError):
        return exc.text(current_lang())
    return QCoreApplication.translate("messages", "Програмын алдаа гарлаа: %1").replace("%1", repr(exc))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, SoumDeskError):
        log.exception("unexpected error", exc_info=exc)
    title = (QCoreApplication.translate("messages", "Орчны алдаа") if isinstance(exc, EnvironmentProblem)
             else QCoreApplication.translate("messages", "Алдаа"))
    QMessageBox.warning(parent, title, error_text(exc))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
