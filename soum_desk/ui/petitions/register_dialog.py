"""The fast register form: one petition per form, keyboard friendly, due date shown as you type.

Tab moves on (also out of the summary box), Ctrl+Enter saves, «Хадгалаад шинэ» keeps the dialog
open for the next petition with the cursor back on the channel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.formatting import format_date
from soum_desk.services.core import office
from soum_desk.services.petitions import actions as petitions
from soum_desk.ui.ops import run_op
from soum_desk.ui.petitions.widgets import code_combo, current_value, text_combo
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.event_date_edit import EventDateTimeEdit, now
from soum_desk.ui.widgets.saved_record import may_discard
from soum_desk.ui.widgets.window_fit import remember_geometry


class RegisterDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        state.ctx._cache.pop("petitions.rules", None)  # the deadline rules may have changed since
        self.saved: list[dict] = []
        lang = state.lang
        self.setWindowTitle(self.tr("Өргөдөл бүртгэх"))
        self.received = EventDateTimeEdit()
        self.received.setAccessibleName(self.tr("Хүлээн авсан"))
        self.channel = code_combo("channel", lang)
        self.kind = code_combo("kind", lang)
        self.source = code_combo("source", lang)
        self.source_ref = QLineEdit()
        self.source_ref.setPlaceholderText(self.tr("Байгууллага, албан бичгийн дугаар"))
        bags = [b["name"] for b in office.list_bags(state.ctx)]
        self.topic = text_combo(petitions.topics(state.ctx), any_text="", editable=True)
        self.bag = text_combo(bags, any_text="")
        self.official = text_combo(self._officials(), any_text="", editable=True)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("Өргөдлийн товч агуулга"))
        self.due = QLabel()
        self.due.setObjectName("due_label")
        form = QFormLayout()
        form.addRow(self.tr("Хүлээн авсан"), self.received)
        form.addRow(self.tr("Суваг"), self.channel)
        form.addRow(self.tr("Төрөл"), self.kind)
        form.addRow(self.tr("Эх сурвалж"), self.source)
        form.addRow(self.tr("Шилжүүлсэн"), self.source_ref)
        form.addRow(self.tr("Агуулгын ангилал"), self.topic)
        form.addRow(self.tr("Баг"), self.bag)
        form.addRow(self.tr("Товч агуулга"), self.summary)
        form.addRow(self.tr("Хариуцах"), self.official)
        form.addRow(self.tr("Шийдвэрлэх хугацаа"), self.due)
        self.anonymous = QCheckBox(self.tr("Нэргүй өргөдөл"))
        self.name = QLineEdit()
        self.register_no = QLineEdit()
        self.register_no.setValidator(QRegularExpressionValidator(r"^[А-ЯЁӨҮа-яёөү]{0,2}\d{0,8}$"))
        self.register_no.setPlaceholderText("УБ85010112")
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.person_bag = text_combo(bags, any_text="")
        person = QGroupBox(self.tr("Өргөдөл гаргагч (хувийн мэдээлэл)"))
        person_form = QFormLayout(person)
        person_form.addRow(self.anonymous)
        person_form.addRow(self.tr("Овог нэр"), self.name)
        person_form.addRow(self.tr("Регистрийн дугаар"), self.register_no)
        person_form.addRow(self.tr("Утас"), self.phone)
        person_form.addRow(self.tr("Хаяг"), self.address)
        person_form.addRow(self.tr("Баг"), self.person_bag)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Хадгалах"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_new_button = buttons.addButton(self.tr("Хадгалаад шинэ"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(lambda: self.save(close=True))
        self.save_new_button.clicked.connect(lambda: self.save(close=False))
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.save(close=True))
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(person, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        self.status = QLabel()
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        for signal in (self.received.dateTimeChanged, self.channel.currentIndexChanged,
                       self.kind.currentIndexChanged, self.source.currentIndexChanged):
            signal.connect(self.update_due)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        self.update_due()
        self.channel.setFocus()
        remember_geometry(self, "petitions_register_dialog", 860, 520)

    def _officials(self) -> list[str]:
        from soum_desk.services.petitions import queries as petitions_query

        return petitions_query.filter_options(self.state.ctx)["officials"]

    def _source_changed(self) -> None:
        self.source_ref.setEnabled(self.source.currentData() == "org")

    def _anonymous_toggled(self, on: bool) -> None:
        for widget in (self.name, self.register_no, self.phone, self.address, self.person_bag):
            widget.setEnabled(not on)

    def update_due(self) -> None:
        received = self.received.value()
        due = petitions.preview_due(self.state.ctx, received.date(), source=self.source.currentData(),
                                    channel=self.channel.currentData(), kind=self.kind.currentData())
        days = (due - received.date()).days
        self.due.setText(self.tr("%1 (%2 хоног)").replace("%1", format_date(due)).replace("%2", str(days)))

    def values(self) -> dict:
        anonymous = self.anonymous.isChecked()
        return {
            "received_at": self.received.value(),
            "channel": self.channel.currentData(), "kind": self.kind.currentData(),
            "source": self.source.currentData(), "source_ref": self.source_ref.text(),
            "topic": current_value(self.topic), "bag": current_value(self.bag) or None,
            "official": current_value(self.official) or None, "summary": self.summary.toPlainText(),
            "anonymous": anonymous,
            "petitioner": None if anonymous else {
                "name": self.name.text(), "register_no": self.register_no.text(), "phone": self.phone.text(),
                "address": self.address.text(), "bag": current_value(self.person_bag) or None},
        }

    def save(self, *, close: bool) -> dict | None:
        """Register the petition; on an error the form keeps what was typed."""
        return run_op(self, self.state, "petitions", lambda: petitions.register(self.state.ctx, **self.values()),
                      lambda result: self._saved(result, close=close))

    def _saved(self, result: dict, *, close: bool) -> None:
        self.saved.append(result)
        self.status.setText(self.tr("Бүртгэлээ: %1, хугацаа %2").replace("%1", result["reg_no"])
                            .replace("%2", result["due"].replace("-", ".")))
        if close:
            self.accept()
        else:
            self._clear_for_next()

    def has_typed(self) -> bool:
        """Anything the clerk typed that a close would drop."""
        texts = [self.summary.toPlainText(), self.name.text(), self.register_no.text(), self.phone.text(),
                 self.address.text(), self.source_ref.text()]
        return any(t.strip() for t in texts)

    def reject(self) -> None:  # Esc, Cancel and the window's ✕
        if may_discard(self, self.has_typed):
            super().reject()

    def _clear_for_next(self) -> None:
        for widget in (self.summary, self.name, self.register_no, self.phone, self.address, self.source_ref):
            widget.clear()
        self.anonymous.setChecked(False)
        self.received.set_value(now())
        self.channel.setFocus(Qt.FocusReason.OtherFocusReason)
