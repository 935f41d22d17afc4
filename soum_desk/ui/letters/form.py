"""The registration form: fast to fill, organisation suggested as you type, replies linked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from soum_desk.services.archive import records as archive
from soum_desk.services.letters import actions as letters
from soum_desk.services.letters import queries as letters_query
from soum_desk.ui.letters.answer_picker import AnswerPicker
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.event_date_edit import EventDateEdit, OptionalEventDate
from soum_desk.ui.widgets.saved_record import may_discard
from soum_desk.ui.widgets.window_fit import remember_geometry


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class LetterDialog(QDialog):
    """Register a new letter (`letter` None) or edit one; `saved` holds the result."""

    def __init__(self, state: AppState, direction: str, letter: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.direction, self.letter, self.saved = state, direction, letter, None
        self.answers: list[dict] = []
        ctx = state.ctx
        incoming = direction == "in"
        self.setWindowTitle(self.tr("Ирсэн бичиг бүртгэх") if incoming else self.tr("Явсан бичиг бүртгэх"))
        self.reg_date = EventDateEdit()
        self.counterpart = QLineEdit()
        completer = QCompleter(letters.list_counterparts(ctx), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.counterpart.setCompleter(completer)
        self.their_ref = QLineEdit()
        self.their_date = OptionalEventDate()
        self.their_date.setAccessibleName(self.tr("Тэдний огноо"))
        self.subject = QLineEdit()
        self.pages = QSpinBox()
        self.pages.setRange(0, 10_000)
        self.case_file = QComboBox()
        self.case_file.addItem("—", None)
        for case in archive.case_files_for_year(ctx, date.today().year):
            self.case_file.addItem(f"{case['index_code']} {case['title']}", case["id"])
        self.assignee = QComboBox()
        self.assignee.setEditable(True)
        self.assignee.addItems([""] + letters_query.assignees(ctx))
        self.reply = QCheckBox(self.tr("Хариутай бичиг"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("хоосон бол хуулийн хугацаагаар"))
        self.note = QLineEdit()
        self.form = form = QFormLayout()
        form.addRow(self.tr("Огноо"), self.reg_date)
        form.addRow(self.tr("Байгууллага"), self.counterpart)
        form.addRow(self.tr("Товч агуулга"), self.subject)
        if incoming:
            form.addRow(self.tr("Тэдний дугаар"), self.their_ref)
            form.addRow(self.tr("Тэдний огноо"), self.their_date)
        form.addRow(self.tr("Хуудас"), self.pages)
        form.addRow(self.tr("Хэрэг (индекс)"), self.case_file)
        form.addRow(self.tr("Хариуцагч"), self.assignee)
        if incoming:
            form.addRow("", self.reply)
            form.addRow(self.tr("Хариу өгөх хугацаа"), self.due)
        form.addRow(self.tr("Тэмдэглэл"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not incoming and letter is None:
            self.answers_label = QLabel(self.tr("Хариулж буй ирсэн бичиг: байхгүй"))
            pick = QPushButton(self.tr("Ирсэн бичиг сонгох…"))
            pick.clicked.connect(self.pick_answers)
            row = QHBoxLayout()
            row.addWidget(self.answers_label, 1)
            row.addWidget(pick)
            layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)  # the reply-due hint and long organisation names fit
        if letter is not None:
            self._fill(letter)
        self._initial = self._typed_texts()
        remember_geometry(self, "letter_dialog", 620, 0)  # wide enough for a subject and the placeholders

    def _fill(self, letter: dict) -> None:
        self.reg_date.setDate(to_qdate(date.fromisoformat(letter["reg_date"])))
        self.counterpart.setText(letter["counterpart"])
        self.subject.setText(letter["subject"])
        self.their_ref.setText(letter["their_ref"] or "")
        self.their_date.set_value(date.fromisoformat(letter["their_date"]) if letter["their_date"] else None)
        self.pages.setValue(letter["pages"] or 0)
        index = self.case_file.findData(letter["case_file_id"])
        self.case_file.setCurrentIndex(max(index, 0))
        self.assignee.setCurrentText(letter["assignee"] or "")
        self.reply.setChecked(letter["reply_required"])
        self.due.setText((letter["due_date"] or "").replace("-", "."))
        self.note.setText(letter["note"] or "")

    def pick_answers(self) -> None:
        picker = AnswerPicker(self.state, self.counterpart.text(), self)
        if picker.exec():
            self.answers = picker.chosen()
            names = ", ".join(f"№{a['reg_no']}" for a in self.answers) or self.tr("байхгүй")
            self.answers_label.setText(self.tr("Хариулж буй ирсэн бичиг: %1").replace("%1", names))
            if not self.counterpart.text() and self.answers:
                self.counterpart.setText(self.answers[0]["counterpart"])

    def values(self) -> dict:
        qd = self.reg_date.date()
        data = {"reg_date": date(qd.year(), qd.month(), qd.day()), "counterpart": self.counterpart.text(),
                "subject": self.subject.text(), "their_ref": self.their_ref.text(),
                "their_date": self.their_date.value(), "pages": self.pages.value() or None,
                "case_file_id": self.case_file.currentData(), "assignee": self.assignee.currentText(),
                "reply_required": self.reply.isChecked(), "due_date": self.due.text() or None,
                "note": self.note.text()}
        return data

    def save(self) -> None:
        """Register or update; on an error the message is shown and the form stays open."""
        ctx, values, letter = self.state.ctx, self.values(), self.letter
        if letter is None:
            answers = [a["id"] for a in self.answers]
            run_op(self, self.state, "letters",
                   lambda: letters.register_letter(ctx, direction=self.direction, answers=answers, **values),
                   self._saved)
        else:
            run_op(self, self.state, "letters", lambda: letters.update_letter(ctx, letter["id"], **values),
                   self._saved)

    def has_typed(self) -> bool:
        """A new letter with anything typed, or an edited one changed, would be lost by a close."""
        if self.letter is not None:
            return self.saved is None and self._typed_texts() != self._initial
        return any(t.strip() for t in self._typed_texts())

    def _typed_texts(self) -> list[str]:
        return [self.counterpart.text(), self.subject.text(), self.their_ref.text(), str(self.their_date.value() or ""),
                self.note.text(), self.due.text()]

    def reject(self) -> None:  # Esc, Cancel and the window's ✕
        if may_discard(self, self.has_typed):
            super().reject()

    def _saved(self, result: dict) -> None:
        self.saved = result
        self.accept()
