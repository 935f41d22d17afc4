"""The head corrects a registered letter: the registration form with a required reason (audited)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from soum_desk.services.letters import actions as letters
from soum_desk.ui.letters.form import LetterDialog
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState


class CorrectLetterDialog(LetterDialog):
    """The letter's fields as registered, and the reason; saving calls `letters.correct`."""

    def __init__(self, state: AppState, letter: dict, parent: QWidget | None = None) -> None:
        super().__init__(state, letter["direction"], letter, parent)
        self.setWindowTitle(self.tr("Бичиг залруулах: №%1").replace("%1", letter["reg_no"]))
        self.reason = QLineEdit()
        self.reason.setObjectName("letter_correct_reason")
        self.reason.setPlaceholderText(self.tr("Жишээ нь: огноог буруу оруулсан"))
        self.reason.setAccessibleName(self.tr("Залруулгын шалтгаан"))
        self.form.addRow(self.tr("Залруулгын шалтгаан"), self.reason)
        self.setMinimumWidth(560)
        self.reason.setFocus()

    def save(self) -> None:
        """Correct the letter; on an error (no reason, nothing changed…) the form stays open."""
        ctx, values, letter_id = self.state.ctx, self.values(), self.letter["id"] if self.letter else 0
        run_op(self, self.state, "letters",
               lambda: letters.correct(ctx, letter_id, reason=self.reason.text(), **values), self._saved)
