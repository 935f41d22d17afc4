"""Importing a legacy Excel register: preview (with every row error), then import with cancel.

Bags the file names that the office has not registered are listed with their row counts; one
tick registers them all with the import (nothing is added without it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soum_desk.services.petitions import imports as petitions_import
from soum_desk.ui.messages import current_lang
from soum_desk.ui.ops import run_slow_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.report_output import ask_open_path
from soum_desk.ui.widgets.window_fit import remember_geometry
from soum_desk.ui.worker import run_in_background


def _cancellable(fn: Callable[[], dict]) -> dict | None:
    """The import's result, or None when the clerk pressed Cancel (not an error to report)."""
    try:
        return fn()
    except InterruptedError:
        return None


class ImportDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.prepared: petitions_import.PetitionImportPreview | None = None
        self.result: dict | None = None
        self.setWindowTitle(self.tr("Excel бүртгэл оруулах"))
        self.choose = QPushButton(self.tr("Файл сонгох…"))
        self.choose.clicked.connect(self.pick)
        self.summary = QLabel(self.tr("Хуучин бүртгэлийн Excel файлаа сонгоно уу."))
        self.summary.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)  # a problem and its fix read whole, without scrolling sideways
        self.errors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing = QLabel()
        self.missing.setObjectName("missing_bags")
        self.missing.setWordWrap(True)
        self.missing.hide()
        self.add_missing = QCheckBox()
        self.add_missing.setObjectName("add_missing")
        self.add_missing.hide()
        self.add_missing.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Оруулах"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.add_missing)
        layout.addWidget(self.buttons)
        remember_geometry(self, "petitions_import_dialog", 720, 460)
        if path:
            self.load(path)

    def pick(self) -> None:
        path = ask_open_path(self, self.tr("Excel файл"), "Excel (*.xlsx *.xlsm)", "imports")
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        ctx = self.state.ctx
        self.summary.setText(self.tr("Уншиж байна…"))
        run_in_background(self, self.tr("Файл уншиж байна…"), lambda _p: petitions_import.import_preview(ctx, path),
                          self.show_preview, self._failed, discard_if_cancelled=True)

    def _failed(self, exc: Exception) -> None:
        from soum_desk.ui.messages import error_text

        if isinstance(exc, InterruptedError):
            self.summary.setText(self.tr("Цуцаллаа: юу ч бичээгүй."))
            self._update_button()
            return
        self.summary.setText(error_text(exc))
        self.import_button.setEnabled(False)

    def show_preview(self, prepared: petitions_import.PetitionImportPreview) -> None:
        self.prepared = prepared
        s = prepared.summary()
        self.summary.setText(self.tr("Шинэ: %1, өмнө оруулсан: %2, алдаатай мөр: %3")
                             .replace("%1", str(s["new"])).replace("%2", str(s["duplicates"]))
                             .replace("%3", str(s["errors"])))
        self.errors.clear()
        lang = current_lang()
        for group in prepared.grouped():  # errors, then warnings; a repeated message once, with its rows
            self.errors.addItem(("" if group.severity == "error" else "⚠ ") + group.text(lang))
        self.add_missing.setChecked(False)  # nothing is added without the clerk's tick
        self.missing.setVisible(bool(prepared.missing))
        self.add_missing.setVisible(bool(prepared.missing))
        if prepared.missing:
            self.missing.setText(self.tr("Бүртгэлгүй баг: %1").replace("%1", prepared.missing_text(lang)))
            self.add_missing.setText(self.tr("Дутуу багуудыг бүртгэх (%1 баг; тэдгээрийн %2 мөр мөн орно)")
                                     .replace("%1", str(len(prepared.missing)))
                                     .replace("%2", str(len(prepared.waiting))))
        self._update_button()

    def _adding(self) -> bool:
        return self.prepared is not None and bool(self.prepared.missing) and self.add_missing.isChecked()

    def _update_button(self) -> None:
        prepared = self.prepared
        self.import_button.setEnabled(prepared is not None and (bool(prepared.new) or self._adding()))

    def run_import(self) -> None:
        if self.prepared is None:
            return
        ctx, prepared, adding = self.state.ctx, self.prepared, self._adding()
        self.import_button.setEnabled(False)
        run_slow_op(self, self.state, "petitions", self.tr("Оруулж байна…"),
                    lambda progress: _cancellable(lambda: petitions_import.import_commit(
                        ctx, prepared, progress, add_missing=adding)),
                    self._done)

    def _done(self, result: dict | None) -> None:
        if result is None:  # cancelled: the transaction rolled back, nothing was written
            self._failed(InterruptedError())
            return
        self.result = result
        self.summary.setText(self.tr("Оруулсан: %1").replace("%1", str(result["imported"])))
        self.accept()
