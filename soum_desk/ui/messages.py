"""Showing errors: a clear message for what the user can fix, details for bugs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from soum_desk.applog import current_log_path
from soum_desk.errors import EnvironmentProblem, SoumDeskError

log = logging.getLogger(__name__)


def current_lang() -> str:
    app = QCoreApplication.instance()
    return (app.property("soumdesk_lang") or "mn") if app else "mn"


def error_text(exc: BaseException) -> str:
    """The message a clerk reads. A bug's own text (internal names, values) goes to the log only;
    the clerk is told where the log is."""
    if isinstance(exc, SoumDeskError):
        return exc.text(current_lang())
    return crash_text(current_log_path())


def crash_text(log_path: Path | None) -> str:
    """What the clerk reads: the app goes on, and where the details are."""
    text = QCoreApplication.translate(
        "crash", "Програмд алдаа гарлаа. Програм ажилласаар байна: сүүлийн үйлдлээ шалгаад дахин оролдоно уу.")
    if log_path is not None:
        text += "\n\n" + QCoreApplication.translate(
            "crash", "Дэлгэрэнгүйг %1 файлд бичсэн. Тусламж хүсэхдээ энэ файлыг илгээнэ үү.").replace(
            "%1", str(log_path))
    return text


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
