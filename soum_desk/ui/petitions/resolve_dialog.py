"""Closing a petition: resolved, forwarded to the competent body, or returned."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from soum_desk.domain.petition_codes import CLOSED_STATUSES, label
from soum_desk.services.petitions import actions as petitions
from soum_desk.ui.ops import run_op
from soum_desk.ui.petitions.widgets import code_combo
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.event_date_edit import EventDateEdit


class ResolveDialog(QDialog):
    def __init__(self, state: AppState, petition: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.petition = petition
        self.result_row: dict | None = None
        self.setWindowTitle(self.tr("Шийдвэрлэх: %1").replace("%1", petition["reg_no"]))
        self.status = QComboBox()
        for code in CLOSED_STATUSES:
            self.status.addItem(label("status", code, state.lang), code)
        self.on = EventDateEdit()
        self.answer = code_combo("answer", state.lang)
        self.forwarded_to = QLineEdit()
        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Төлөв"), self.status)
        form.addRow(self.tr("Огноо"), self.on)
        form.addRow(self.tr("Шийдвэрлэлт"), self.resolution)
        form.addRow(self.tr("Хариу өгсөн хэлбэр"), self.answer)
        form.addRow(self.tr("Шилжүүлсэн байгууллага"), self.forwarded_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.status.currentIndexChanged.connect(
            lambda: self.forwarded_to.setEnabled(self.status.currentData() == "forwarded"))
        self.forwarded_to.setEnabled(False)
        self.resolution.setFocus()

    def save(self) -> None:
        run_op(self, self.state, "petitions",
               lambda: petitions.close(self.state.ctx, self.petition["id"], status=self.status.currentData(),
                                       resolution=self.resolution.toPlainText(), on=self.on.value(),
                                       answer_method=self.answer.currentData(),
                                       forwarded_to=self.forwarded_to.text()),
               self._closed)

    def _closed(self, row: dict) -> None:
        self.result_row = row
        self.accept()
