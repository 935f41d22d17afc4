"""The head corrects a closed petition: the resolution date or text, with the reason (audited)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from soum_desk.services.petitions import actions as petitions
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.event_date_edit import EventDateEdit


class CorrectDialog(QDialog):
    def __init__(self, state: AppState, petition: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.petition = petition
        self.setWindowTitle(self.tr("Залруулах: %1").replace("%1", petition["reg_no"]))
        self.setMinimumWidth(540)
        resolved = date.fromisoformat(petition["resolved_on"]) if petition.get("resolved_on") else None
        self.on = EventDateEdit(resolved)
        self.on.setAccessibleName(self.tr("Шийдвэрлэсэн огноо"))
        self.resolution = QPlainTextEdit(petition.get("resolution") or "")
        self.resolution.setTabChangesFocus(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Жишээ нь: огноог буруу оруулсан"))
        form = QFormLayout(self)
        form.addRow(self.tr("Шийдвэрлэсэн огноо"), self.on)
        form.addRow(self.tr("Шийдвэрлэлт"), self.resolution)
        form.addRow(self.tr("Залруулгын шалтгаан"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.reason.setFocus()

    def save(self) -> None:
        run_op(self, self.state, "petitions",
               lambda: petitions.correct(self.state.ctx, self.petition["id"], reason=self.reason.text(),
                                         resolved_on=self.on.value(),
                                         resolution=self.resolution.toPlainText()),
               lambda _row: self.accept())
