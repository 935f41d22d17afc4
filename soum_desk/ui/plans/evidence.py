"""Evidence files (scans) of the measure's entry in the period: list, attach, open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from soum_desk.services.core import attachments
from soum_desk.services.plans import evidence as plans_evidence
from soum_desk.ui.messages import show_error
from soum_desk.ui.ops import run_slow_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.report_output import ask_open_path


class EvidencePanel(QGroupBox):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.measure_id: int | None = None
        self.period: str | None = None
        self.files = QListWidget()
        self.files.setObjectName("plans_evidence_files")
        self.files.setMaximumHeight(90)
        self.files.itemActivated.connect(lambda _item: self.open_selected())
        self.btn_attach = QPushButton()
        self.btn_attach.setObjectName("plans_evidence_attach")
        self.btn_open = QPushButton()
        self.btn_attach.clicked.connect(self.choose_and_attach)
        self.btn_open.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_attach)
        buttons.addWidget(self.btn_open)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Нотлох баримт (PDF, JPG, PNG)"))
        self.btn_attach.setText(self.tr("Хавсаргах…"))
        self.btn_open.setText(self.tr("Нээх"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_target(self, measure_id: int | None, period: str | None, editable: bool) -> None:
        self.measure_id, self.period = measure_id, period
        self.btn_attach.setEnabled(editable and measure_id is not None)
        self.reload()

    def reload(self) -> None:
        self.files.clear()
        if self.measure_id is None or self.period is None:
            return
        for link in plans_evidence.list_evidence(self.state.ctx, self.measure_id, self.period):
            item = QListWidgetItem(f"{link['filename']} ({link['size'] // 1024 + 1} KB)")
            item.setData(Qt.ItemDataRole.UserRole, link["id"])
            self.files.addItem(item)
        self.btn_open.setEnabled(self.files.count() > 0)

    def choose_and_attach(self) -> None:
        path = ask_open_path(self, self.tr("Нотлох баримт сонгох"), "PDF, JPG, PNG (*.pdf *.jpg *.jpeg *.png)",
                             "evidence")
        if path:
            self.attach(path)

    def attach(self, path: str) -> None:
        measure_id, period = self.measure_id, self.period
        run_slow_op(self, self.state, "plans", self.tr("Хавсаргаж байна…"),
                    lambda _p: plans_evidence.attach_evidence(self.state.ctx, measure_id, period, path),
                    lambda _link: self.reload())

    def open_selected(self) -> None:
        item = self.files.currentItem() or self.files.item(0)
        if item is None:
            return
        try:
            path = attachments.open_attachment(self.state.ctx, item.data(Qt.ItemDataRole.UserRole))
        except Exception as exc:  # a missing or damaged scan is explained, never shown
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
