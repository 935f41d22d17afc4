"""First start: register the office and its administrator, and offer demo data.

The set-up runs off the GUI thread with a progress dialog; its Cancel leaves nothing written
(`services/first_setup.py`), and the form stays filled for another try."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.aimags import all_aimags
from soum_desk.services import first_setup
from soum_desk.services.core.context import AppContext
from soum_desk.ui.messages import error_text
from soum_desk.ui.worker import run_in_background


class SetupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, province: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.province = province
        self.setWindowTitle(self.tr("SoumDesk — анхны тохиргоо"))
        self.busy = False
        self.aimag = QComboBox()
        self.aimag.setObjectName("setup_aimag")
        self.aimag.addItem(self.tr("— аймгаа сонгоно уу —"), None)  # no default: a wrong aimag is easy to miss
        for aimag in all_aimags():
            self.aimag.addItem(f"{aimag.mn} ({aimag.code})", aimag.code)
        self.soum = QLineEdit()
        self.soum.setObjectName("setup_soum")
        self.bag = QLineEdit()
        self.bag.setPlaceholderText(self.tr("Зөвхөн багийн Засаг даргын хувьд"))
        self.office_name = QLineEdit()
        self.office_name.setObjectName("setup_office")
        self.soum.textChanged.connect(self._suggest_office_name)
        self.bags = QLineEdit()
        self.bags.setPlaceholderText(self.tr("1-р баг, 2-р баг, … (таслалаар)"))
        self.admin = QLineEdit("admin")
        self.admin.setObjectName("setup_admin")
        self.admin_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setObjectName("setup_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("setup_password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox(self.tr("Жишээ өгөгдөл ачаалах (туршиж үзэхэд)"))
        self.demo.setObjectName("setup_demo")
        self.demo.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("setup_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Аймаг:"), self.aimag)
        form.addRow(self.tr("Сум:"), self.soum)
        form.addRow(self.tr("Баг:"), self.bag)
        form.addRow(self.tr("Байгууллагын нэр:"), self.office_name)
        form.addRow(self.tr("Багууд:"), self.bags)
        form.addRow(self.tr("Админы нэвтрэх нэр:"), self.admin)
        form.addRow(self.tr("Админы овог нэр:"), self.admin_name)
        form.addRow(self.tr("Нууц үг:"), self.password)
        form.addRow(self.tr("Нууц үг давтах:"), self.password2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Үүсгэх"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болих"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Тавтай морил! Байгууллагынхаа мэдээллийг оруулж, админ хэрэглэгч үүсгэнэ үү."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if province:
            self._as_province(form, intro)
        self.resize(520, 0)

    def _as_province(self, form: QFormLayout, intro: QLabel) -> None:
        """The province's hub has no soum, bags or demo petitions: it receives the soums' bundles."""
        self.setWindowTitle(self.tr("SoumDesk — аймгийн нэгтгэл: анхны тохиргоо"))
        intro.setText(self.tr("Тавтай морил! Аймгийн Засаг даргын Тамгын газрын мэдээллийг оруулж, "
                              "админ хэрэглэгч үүсгэнэ үү. Сумдын илгээсэн багцыг энд хүлээн авч нэгтгэнэ."))
        for field in (self.soum, self.bag, self.bags):
            form.setRowVisible(field, False)
        self.demo.setChecked(False)
        self.demo.hide()
        self.aimag.currentIndexChanged.connect(self._suggest_province_name)

    def _suggest_province_name(self) -> None:
        aimag = self.aimag.currentText().split(" (")[0]
        if self.aimag.currentData() is not None and not self.office_name.isModified():
            self.office_name.setText(self.tr("%1 аймгийн Засаг даргын Тамгын газар").replace("%1", aimag))

    def _suggest_office_name(self, soum: str) -> None:
        if not self.office_name.isModified():
            self.office_name.setText(self.tr("%1 сумын Засаг даргын Тамгын газар").replace("%1", soum.strip()))

    def create(self) -> None:
        if self.aimag.currentData() is None:
            self.error.setText(self.tr("Аймгаа сонгоно уу."))
            self.aimag.setFocus()
            return
        if self.password.text() != self.password2.text():
            self.error.setText(self.tr("Нууц үгнүүд таарахгүй байна."))
            return
        fields = {"aimag_code": self.aimag.currentData(), "soum_name": self.soum.text(),
                  "bag_name": self.bag.text().strip() or None, "office_name": self.office_name.text(),
                  "admin_username": self.admin.text(), "admin_password": self.password.text(),
                  "admin_full_name": self.admin_name.text(), "province": self.province,
                  "bags": [b for b in self.bags.text().split(",") if b.strip()]}
        demo = self.demo.isChecked()
        ctx = self.ctx
        self._set_busy(True)
        self.error.clear()
        label = (self.tr("Байгууллагыг бүртгэж, жишээ өгөгдөл ачаалж байна…") if demo
                 else self.tr("Байгууллагыг бүртгэж байна…"))
        run_in_background(self, label, lambda progress: first_setup.set_up(ctx, demo=demo, progress=progress, **fields),
                          self._created, self._failed, cancellable=first_setup.can_cancel(ctx, demo))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)

    def _created(self, _office: dict) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, InterruptedError):
            self.error.setText(self.tr("Цуцаллаа: юу ч хадгалаагүй. Дахин «Үүсгэх»-ийг дарж болно."))
            return
        self.error.setText(error_text(exc))

    def reject(self) -> None:
        """Not while the set-up runs: its own Cancel (in the progress dialog) stops it cleanly."""
        if not self.busy:
            super().reject()
