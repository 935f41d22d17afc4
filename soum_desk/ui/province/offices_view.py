"""Registered offices and their public keys; register a key file, revoke a key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.province import registry as province
from soum_desk.ui.bundle.rows_model import RowsModel
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.language_refresh import LanguageRefreshedView
from soum_desk.ui.widgets.report_output import ask_open_path


def _flatten(offices: list[dict]) -> list[dict]:
    rows = []
    for office in offices:
        for key in office["keys"] or [{}]:
            rows.append({**office, **key, "status": (f"⛔ {key['revoked_from']}" if key.get("revoked_from")
                                                      else f"→ {key['valid_until'][:10]}" if key.get("valid_until")
                                                      else "✓")})
    return rows


class OfficesView(LanguageRefreshedView):
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
        self.chain = QPushButton()  # what an office resynchronises onto (issue 19, docs/bundle.md)
        self.chain.setObjectName("chain_head")
        self.chain.clicked.connect(self.show_chain_head)
        buttons = QHBoxLayout()
        for widget in (self.kind, self.add, self.revoke, self.chain, self.own_key):
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
        self.chain.setText(self.tr("Сүүлийн багц (дугаар тулгах)…"))

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

    def chain_head_text(self, office_code: str) -> str | None:
        """The selected office's last imported bundle and the command its head runs to resynchronise."""
        ctx = self.state.ctx
        head = run_op(self, self.state, None, lambda: province.chain_head(ctx, office_code))
        if head is None:
            return None
        if not head["sequence"]:
            return self.tr("%1: энэ байгууллагаас багц ирээгүй байна.").replace("%1", office_code)
        return (self.tr("%1: аймгийн сүүлд хүлээн авсан багц №%2\nХэш: %3\n\nСумын дарга «Аймагт илгээх багц» → "
                        "«Аймагтай дугаар тулгах…» хэсэгт эдгээрийг оруулна, эсвэл:\n%4")
                .replace("%1", office_code).replace("%2", str(head["sequence"])).replace("%3", head["digest"])
                .replace("%4", f"soum-desk bundle resync --sequence {head['sequence']} --digest {head['digest']}"))

    def show_chain_head(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        text = self.chain_head_text(self.model.row(rows[0].row())["code"])
        if text is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Сүүлийн багц"), text, parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

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
