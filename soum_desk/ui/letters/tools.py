"""Letters reports and the legacy-register import, run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.formatting import format_percent
from soum_desk.services.letters import stats as letters_stats
from soum_desk.services.letters.imports import LetterPreview
from soum_desk.ui.messages import current_lang, show_error
from soum_desk.ui.ops import run_slow_op
from soum_desk.ui.widgets.period_picker import PeriodPicker
from soum_desk.ui.widgets.report_output import ask_open_path, ask_save_path, open_report
from soum_desk.ui.widgets.signing_box import SigningBox, ask_signing
from soum_desk.ui.widgets.window_fit import remember_geometry


def save_path(parent: QWidget, suggested: str) -> str | None:
    return ask_save_path(parent, suggested)


def _done(parent: QWidget, path: Path) -> None:
    open_report(parent, path)


def overdue_report(parent: QWidget, path: str | None = None) -> None:
    """The weekly list of overdue reply-letters for the head."""
    from soum_desk.services.letters.report import overdue_report as build

    chosen = ask_signing(parent, parent.state, "letters", ask=path is None)
    if chosen is None:
        return
    path = path or save_path(parent, f"overdue-{date.today():%Y%m%d}.pdf")
    if path:
        ctx = parent.state.ctx
        run_slow_op(parent, parent.state, None, QCoreApplication.translate("LettersTools", "Тайлан бэлтгэж байна…"),
                    lambda progress: build(ctx, path, progress=progress, signing=chosen),
                    lambda result: _done(parent, result))


FIGURES = [("received", QT_TRANSLATE_NOOP("LettersTools", "Хүлээн авсан")),
           ("reply_required", QT_TRANSLATE_NOOP("LettersTools", "Хариутай")),
           ("answered_on_time", QT_TRANSLATE_NOOP("LettersTools", "Хугацаандаа хариулсан")),
           ("answered_late", QT_TRANSLATE_NOOP("LettersTools", "Хоцорч хариулсан")),
           ("open", QT_TRANSLATE_NOOP("LettersTools", "Хугацаа болоогүй")),
           ("overdue", QT_TRANSLATE_NOOP("LettersTools", "Хугацаа хэтэрсэн")),
           ("sent", QT_TRANSLATE_NOOP("LettersTools", "Явуулсан"))]


class FiguresDialog(QDialog):
    """The period's figures on screen, and as PDF/XLSX."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = parent.state
        self.setWindowTitle(self.tr("Албан бичгийн үзүүлэлт"))
        self.period = PeriodPicker(self.state.lang)  # reporting: the last closed quarter at first
        self.period.setObjectName("letters_figures_period")
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())
        self.values = {key: QLabel() for key, _ in FIGURES}
        self.percent = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Тайлант үе"), self.period)
        for key, label in FIGURES:
            form.addRow(QCoreApplication.translate("LettersTools", label), self.values[key])
        form.addRow(self.tr("Шийдвэрлэлтийн хувь"), self.percent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.signing = SigningBox(self.state, "letters")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.signing)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> dict | None:
        try:
            result = letters_stats.period_figures(self.state.ctx, self.period.text())
        except Exception as exc:
            show_error(self, exc)
            return None
        for key, _ in FIGURES:
            self.values[key].setText(str(result[key]))
        self.percent.setText(f"{format_percent(result['resolution_percent'])} %")
        return result

    def save(self) -> None:
        from soum_desk.services.letters.report import figures_report

        if self.refresh() is None:
            return
        path = save_path(self, f"letters-{self.period.text()}.pdf")
        if path:
            ctx, period, chosen = self.state.ctx, self.period.text(), self.signing.signing()
            self.signing.remember()
            run_slow_op(self, self.state, None, self.tr("Тайлан бэлтгэж байна…"),
                        lambda progress: figures_report(ctx, period, path, progress=progress, signing=chosen),
                        lambda result: _done(self, result))


def figures_dialog(parent: QWidget) -> None:
    FiguresDialog(parent).exec()


class ImportPreviewDialog(QDialog):
    """What the file holds: ready rows, duplicates, and each bad row by sheet, row and column."""

    def __init__(self, preview: LetterPreview, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Импортын урьдчилсан харагдац"))
        info = preview.summary()
        text = self.tr("Бэлэн: %1 (ирсэн %2, явсан %3) · давхардсан, алгасна: %4 · алдаатай мөр: %5")
        for key, value in zip(("%1", "%2", "%3", "%4", "%5"), (info["new"], info["incoming"], info["outgoing"],
                                                                info["duplicates"], info["errors"]), strict=True):
            text = text.replace(key, str(value))
        errors = QPlainTextEdit("\n".join(g.text(current_lang()) for g in preview.grouped()[:1000]))
        errors.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Зөв мөрүүдийг оруулах"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.new))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text))
        layout.addWidget(errors)
        layout.addWidget(buttons)
        remember_geometry(self, "letters_tools", 760, 420)


def import_register(parent: QWidget, path: str | None = None, *,
                    confirm: Callable[[LetterPreview], bool] | None = None) -> None:
    """Preview in the background, show it, write only after the user agrees (cancel writes nothing)."""
    from soum_desk.services.letters import imports as letters_import

    if path is None:
        path = ask_open_path(parent, QCoreApplication.translate("LettersTools", "Хуучин бүртгэл (XLSX)"),
                             "Excel (*.xlsx)", "imports")
    if not path:
        return
    state = parent.state
    ctx = state.ctx

    def previewed(preview: LetterPreview) -> None:
        agreed = confirm(preview) if confirm else ImportPreviewDialog(preview, parent).exec()
        if not agreed or not preview.new:
            return
        run_slow_op(parent, state, "letters", QCoreApplication.translate("LettersTools", "Бичгүүдийг оруулж байна…"),
                    lambda progress: letters_import.import_commit(ctx, preview, progress=progress), committed)

    def committed(result: dict) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("LettersTools", "Импорт"), QCoreApplication.translate("LettersTools", "Оруулсан: %1").replace("%1", str(result["imported"])))

    run_slow_op(parent, state, None, QCoreApplication.translate("LettersTools", "Файлыг шалгаж байна…"),
                lambda progress: letters_import.import_preview(ctx, path, progress=progress), previewed)
