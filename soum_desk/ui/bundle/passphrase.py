"""Asking for the key passphrase (never the login password)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, confirm: bool = False, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Түлхүүрийн нууц үг"))
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphrase_confirm")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Нууц үг:"), self.first)
        if confirm:
            form.addRow(self.tr("Дахин:"), self.second)
        self.confirm = confirm
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = note or self.tr("Түлхүүрийн нууц үг нь нэвтрэх нууц үгээс өөр байна.")
        explanation = QLabel(text)
        explanation.setWordWrap(True)  # a long note wraps instead of widening the dialog past the screen
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def check(self) -> None:
        if self.confirm and self.first.text() != self.second.text():
            self.error.setText(self.tr("Хоёр нууц үг таарахгүй байна."))
            return
        self.accept()

    def value(self) -> str:
        return self.first.text()


def ask_passphrase(parent: QWidget | None, *, confirm: bool = False, note: str = "") -> str | None:
    dialog = PassphraseDialog(parent, confirm=confirm, note=note)
    return dialog.value() if dialog.exec() else None
