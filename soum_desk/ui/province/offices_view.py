"""Registered offices and their public keys; register a key file, revoke a key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.province import registry as province
from soum_desk.ui.bundle.rows_model import RowsModel
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.report_output import ask_open_path


def _flatten(offices: list[dict]) -> list[dict]:
    rows = []
    for office in offices:
        for key in office["keys"] or [{}]:
            rows.append({**office, **key, "status": (f"⛔ {key['revoked_from']}" if key.get("revoked_from")
                                                      else f"→ {key['valid_until'][:10]}" if key.get("valid_until")
                                                      else "✓")})
    return rows


class OfficesView(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.model = RowsModel([("", "name"), ("", "kind"), ("", "fingerprint"), ("", "valid_from"),
                                ("", "status")])
        self.table = QTableView()
        self.table.setObjectName("offices_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.kind = QComboBox()
        self.kind.addItem("", "soum")
        self.kind.addItem("", "agency")
        self.add = QPushButton()
        self.add.setObjectName("add_key")
        self.add.clicked.connect(self.add_key)
        self.revoke = QPushButton()
        self.revoke.clicked.connect(self.revoke_key)
        self.own_key = QPushButton()
        self.own_key.clicked.connect(self.export_own_key)
        buttons = QHBoxLayout()
        for widget in (self.kind, self.add, self.revoke, self.own_key):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.retranslate()
        self.refresh()
        state.bus.records_changed.connect(lambda kind: kind in ("province", "*") and self.refresh())

    def retranslate(self) -> None:
        self.model.set_titles([self.tr("Байгууллага"), self.tr("Төрөл"), self.tr("Хурууны хээ"),
                               self.tr("Хүчинтэй эхэлсэн"), self.tr("Төлөв")])
        self.kind.setItemText(0, self.tr("Сум"))
        self.kind.setItemText(1, self.tr("Агентлаг"))
        self.add.setText(self.tr("Түлхүүр бүртгэх…"))
        self.revoke.setText(self.tr("Хүчингүй болгох…"))
        self.own_key.setText(self.tr("Аймгийн шифрлэлтийн түлхүүр гаргах…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.model.set_rows(_flatten(province.list_offices(self.state.ctx)))

    def add_key(self) -> None:
        path = ask_open_path(self, self.tr("Нийтийн түлхүүрийн файл"), "JSON (*.json)", "keys")
        if not path:
            return
        fingerprint, ok = QInputDialog.getText(
            self, self.tr("Хурууны хээ"), self.tr("Хэвлэсэн хуудсан дээрх хурууны хээг оруулна уу:"))
        if not ok:
            return
        ctx, kind = self.state.ctx, self.kind.currentData()
        run_op(self, self.state, "province",
               lambda: province.register_key_file(ctx, Path(path), kind=kind, fingerprint=fingerprint.strip() or None))

    def revoke_key(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.model.row(rows[0].row()).get("key_id"):
            return
        key = self.model.row(rows[0].row())
        reason, ok = QInputDialog.getText(self, self.tr("Хүчингүй болгох"),
                                          self.tr("Шалтгаан (өнөөдрөөс хүчингүй):"))
        if ok and reason.strip():
            ctx = self.state.ctx
            run_op(self, self.state, "province", lambda: province.revoke_key(ctx, key["key_id"], date.today(), reason))

    def export_own_key(self) -> None:
        from soum_desk.ui.bundle.passphrase import ask_passphrase

        if bundle_keys.active_key(self.state.ctx, "x25519") is None:
            secret = ask_passphrase(self, confirm=True, note=self.tr(
                "Аймгийн шифрлэлтийн түлхүүр үүсгэнэ: сумд хувийн мэдээллийг үүгээр шифрлэнэ."))
            if secret is None:
                return
            ctx = self.state.ctx
            if run_op(self, self.state, "province", lambda: bundle_keys.create_key(ctx, secret, kind="x25519")) is None:
                return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Аймгийн нийтийн түлхүүр"), "province-key.json",
                                                "JSON (*.json)")
        if target:
            ctx = self.state.ctx
            run_op(self, self.state, None, lambda: bundle_keys.export_public_key(ctx, Path(target)))
