"""A new plan document: kind, year, title, approving act."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from soum_desk.services.plans.tree import KINDS
from soum_desk.ui.messages import current_lang
from soum_desk.ui.widgets.event_date_edit import OptionalEventDate
from soum_desk.ui.widgets.window_fit import remember_geometry


class DocumentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, document: dict | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Шинэ төлөвлөгөө") if document is None else self.tr("Төлөвлөгөөний мэдээлэл"))
        self.kind = QComboBox()
        english = current_lang() == "en"
        for code, (mn, en) in KINDS.items():
            self.kind.addItem(en if english else mn, code)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.title = QLineEdit()
        self.title.setObjectName("document_title")
        self.act_number = QLineEdit()
        self.act_date = OptionalEventDate()
        self.act_date.setAccessibleName(self.tr("Баталсан огноо"))
        if document is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(document["kind"])))
            self.year.setValue(document["year"])
            self.title.setText(document["title"])
            self.act_number.setText(document.get("act_number") or "")
            act_date = document.get("act_date")
            self.act_date.set_value(date.fromisoformat(act_date) if act_date else None)
        form = QFormLayout(self)
        for label, widget in ((self.tr("Төрөл"), self.kind), (self.tr("Он"), self.year),
                              (self.tr("Гарчиг"), self.title), (self.tr("Баталсан шийдвэрийн дугаар"), self.act_number),
                              (self.tr("Баталсан огноо"), self.act_date)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Хадгалах"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Цуцлах"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        remember_geometry(self, "plans_document_dialog", 560, 220)

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "year": self.year.value(), "title": self.title.text(),
                "act_number": self.act_number.text().strip() or None, "act_date": self.act_date.value()}
