"""«Аймагтай дугаар тулгах»: continue the bundle chain from the province's last bundle
(after «sequence conflict» or «chain broken» at the province; `services/bundle/ledger.adopt`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from soum_desk.services.bundle import ledger
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState


class ResyncDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.result_info: dict | None = None
        self.setWindowTitle(self.tr("Аймагтай дугаар тулгах"))
        note = QLabel(self.tr(
            "Аймаг багцыг «дугаар давхардсан» эсвэл «өмнөх багцын хэш таарахгүй» гэж буцаасан бол: аймгийн "
            "ажилтан «soum-desk --province province chain» командаар танай сүүлийн хүлээн авсан багцын дугаар, "
            "хэшийг өгнө. Тэдгээрийг энд оруулбал дараагийн багц түүний араас орж, түүнээс хойших танай "
            "багцууд «тасалдсан» гэж тэмдэглэгдэнэ."))
        note.setWordWrap(True)
        self.sequence = QSpinBox()
        self.sequence.setObjectName("resync_sequence")
        self.sequence.setRange(1, 2_000_000_000)
        self.digest = QLineEdit()
        self.digest.setObjectName("resync_digest")
        self.digest.setMaxLength(64)
        self.digest.setMinimumWidth(520)
        form = QFormLayout()
        form.addRow(self.tr("Аймгийн сүүлийн багцын №"), self.sequence)
        form.addRow(self.tr("Тэр багцын хэш"), self.digest)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Тулгах"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болих"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def apply(self) -> None:
        ctx, sequence, digest = self.state.ctx, self.sequence.value(), self.digest.text()
        done = run_op(self, self.state, "bundle", lambda: ledger.adopt(ctx, sequence, digest))
        if done is not None:
            self.result_info = done
            self.accept()
