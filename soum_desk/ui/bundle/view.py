"""The «Багц» area at an office: keys, period approval (head), export wizard, export history, and
the periods changed since their bundle was sent (with a button for the correction bundle)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.formatting import format_date, format_moment
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission, allows
from soum_desk.errors import SoumDeskError
from soum_desk.services.bundle import changes as bundle_changes
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import key_card
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import users
from soum_desk.ui.bundle.passphrase import ask_passphrase
from soum_desk.ui.bundle.rows_model import RowsModel
from soum_desk.ui.messages import confirm
from soum_desk.ui.ops import run_op
from soum_desk.ui.role_notes import allowed_roles, explain_disabled, role_name
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.period_picker import PeriodPicker
from soum_desk.ui.widgets.report_output import ask_save_path, open_report
from soum_desk.ui.widgets.window_fit import fit_columns_remembered
from soum_desk.ui.worker import run_in_background

# Record kinds whose changes can make a sent period differ from its bundle (`bundle/changes`).
CONTENT_KINDS = ("*", "plans", "petitions", "letters", "archive", "bundle")


class BundleView(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        role = state.ctx.actor.role if state.ctx.actor else "viewer"
        self.can_sign = allows(role, Permission.SIGN)
        self.can_approve = allows(role, Permission.APPROVE)
        self.keys_model = RowsModel([("", "fingerprint"), ("", self.kind_text), ("", self.status_text),
                                     ("", lambda row: format_moment(row["created_at"]))])
        self.exports_model = RowsModel([("", "sequence"), ("", self.period_text),
                                        ("", lambda row: format_moment(row["created_at"])),
                                        ("", lambda row: users.display_name(self.state.ctx, row["exported_by"])),
                                        ("", "file_name"), ("", self.export_state_text)])
        self.keys_table = QTableView()
        self.keys_table.setObjectName("keys_table")
        self.keys_table.setModel(self.keys_model)
        self.exports_table = QTableView()
        self.exports_table.setObjectName("exports_table")
        self.exports_table.setModel(self.exports_model)
        for table in (self.keys_table, self.exports_table):
            table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setStretchLastSection(True)
        self.new_key = QPushButton()
        self.new_key.setObjectName("new_key")
        self.new_key.clicked.connect(self.create_key)
        self.export_key = QPushButton()
        self.export_key.clicked.connect(self.export_public_key)
        self.revoke = QPushButton()
        self.revoke.clicked.connect(self.revoke_key)
        self.key_card = QPushButton()
        self.key_card.setObjectName("key_card")
        self.key_card.clicked.connect(self.print_key_card)
        self.period_edit = PeriodPicker(state.lang)  # approval: the last closed quarter by default
        self.period_edit.setObjectName("approve_period")
        self.approve = QPushButton()
        self.approve.setObjectName("approve_button")
        self.approve.clicked.connect(self.approve_period)
        self.approved_label = QLabel()
        self.export = QPushButton()
        self.export.setObjectName("export_button")
        self.export.clicked.connect(self.open_wizard)
        self.resync = QPushButton()  # after «sequence conflict» / «chain broken» at the province (issue 19)
        self.resync.setObjectName("resync_button")
        self.resync.clicked.connect(self.open_resync)
        for button in (self.new_key, self.revoke, self.export, self.resync):
            button.setEnabled(self.can_sign)
        self.approve.setEnabled(self.can_approve)
        self.changed: list[dict] = []
        self._checking = self._recheck = False
        self.changes_box = self._build_changes_box()
        self.role = role
        self.role_note = QLabel()  # why the buttons are grey for this role (issue 14)
        self.role_note.setObjectName("bundle_role_note")
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 6px")
        self.role_note.setVisible(not (self.can_sign and self.can_approve))

        self.keys_box = QGroupBox()
        keys_layout = QVBoxLayout(self.keys_box)
        keys_layout.addWidget(self.keys_table)
        key_buttons = QHBoxLayout()
        for button in (self.new_key, self.export_key, self.key_card, self.revoke):
            key_buttons.addWidget(button)
        key_buttons.addStretch()
        keys_layout.addLayout(key_buttons)
        self.approve_box = QGroupBox()
        approve_layout = QHBoxLayout(self.approve_box)
        approve_layout.addWidget(self.period_edit)
        approve_layout.addWidget(self.approve)
        approve_layout.addWidget(self.approved_label, 1)
        self.exports_box = QGroupBox()
        exports_layout = QVBoxLayout(self.exports_box)
        export_buttons = QHBoxLayout()
        export_buttons.addWidget(self.export)
        export_buttons.addWidget(self.resync)
        export_buttons.addStretch()
        exports_layout.addLayout(export_buttons)
        exports_layout.addWidget(self.exports_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.role_note)
        layout.addWidget(self.changes_box)
        layout.addWidget(self.keys_box)
        layout.addWidget(self.approve_box)
        layout.addWidget(self.exports_box, 1)
        self.retranslate()
        self.refresh()
        self.check_changes()
        state.bus.records_changed.connect(self._changed)

    def _build_changes_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("changes_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet("#changes_box { background: #fff4e5; }")
        self.changes_note = QLabel()
        self.changes_note.setObjectName("changes_note")
        self.changes_note.setWordWrap(True)
        self.correct = QPushButton()
        self.correct.setObjectName("correction_button")
        self.correct.setEnabled(self.can_sign)
        self.correct.clicked.connect(self.send_correction)
        row = QHBoxLayout(box)
        row.addWidget(self.changes_note, 1)
        row.addWidget(self.correct)
        box.hide()
        return box

    def retranslate(self) -> None:
        self.keys_box.setTitle(self.tr("Гарын үсгийн түлхүүр"))
        self.keys_model.set_titles([self.tr("Хурууны хээ"), self.tr("Төрөл"), self.tr("Төлөв"), self.tr("Үүсгэсэн")])
        self.exports_model.set_titles([self.tr("№"), self.tr("Үе"), self.tr("Огноо"), self.tr("Хэн"),
                                       self.tr("Файл"), self.tr("Төлөв")])
        self.new_key.setText(self.tr("Шинэ түлхүүр…"))
        self.export_key.setText(self.tr("Нийтийн түлхүүр гаргах…"))
        self.revoke.setText(self.tr("Хүчингүй болгох…"))
        self.key_card.setText(self.tr("Түлхүүрийн карт хэвлэх…"))
        self.key_card.setToolTip(self.tr("Аймагт түлхүүрээ бүртгүүлэхэд хэвлэж, хоёр тал гарын үсэг зурна"))
        self.approve_box.setTitle(self.tr("Тайлант үеийг экспортлохоор батлах (дарга)"))
        self.approve.setText(self.tr("Батлах"))
        self.exports_box.setTitle(self.tr("Аймагт илгээсэн багцууд"))
        self.export.setText(self.tr("Багц гаргах (флаш диск)…"))
        self.resync.setText(self.tr("Аймагтай дугаар тулгах…"))
        self.correct.setText(self.tr("Засварын багц илгээх…"))
        for button in (self.new_key, self.revoke, self.export, self.resync):
            explain_disabled(button, self.role, Permission.SIGN)
        explain_disabled(self.approve, self.role, Permission.APPROVE)
        self.role_note.setText(self.tr(
            "Түлхүүр үүсгэх, багц гаргах, тайлант үе батлахыг зөвхөн «%1» эрхтэй хэрэглэгч хийнэ; та «%2» эрхээр "
            "нэвтэрсэн. Энэ хуудсыг харж, нийтийн түлхүүр гаргаж болно.")
            .replace("%1", allowed_roles(Permission.SIGN)).replace("%2", role_name(self.role)))
        self._show_changes(self.changed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()  # the keys' and exports' states are worded in the language
        super().changeEvent(event)

    def status_text(self, row: dict) -> str:
        labels = {"active": self.tr("Хүчинтэй"), "retired": self.tr("Солигдсон (хуучин багцад хүчинтэй)"),
                  "revoked": self.tr("Хүчингүй болсон")}
        return labels.get(row["status"], row["status"])

    def kind_text(self, row: dict) -> str:
        return {"ed25519": self.tr("Гарын үсэг"), "x25519": self.tr("Шифрлэлт")}.get(row["kind"], row["kind"])

    def period_text(self, row: dict) -> str:
        try:
            return Period.parse(row["period"]).label(self.state.lang)
        except SoumDeskError:
            return str(row["period"])

    def export_state_text(self, row: dict) -> str:
        """An export killed part way keeps its number; the clerk sees it was not finished."""
        labels = {"done": self.tr("Бичигдсэн"),
                  "writing": self.tr("Дуусаагүй (дараагийн экспорт шалгана)"),
                  "interrupted": self.tr("Тасалдсан — аймагт илгээхгүй")}
        return labels.get(row.get("state", "done"), row.get("state", ""))

    def _changed(self, kind: str) -> None:
        if kind in ("bundle", "*"):
            self.refresh()
        if kind in CONTENT_KINDS:
            self.check_changes()

    # --- changed since sent (off the GUI thread: each period's payload is recomputed) -------------
    def check_changes(self) -> None:
        if self._checking:
            self._recheck = True
            return
        self._checking = True
        ctx = self.state.ctx
        run_in_background(self, "", lambda _p: bundle_changes.changed_since_sent(ctx), self._checked,
                          self._check_failed, show_dialog=False)

    def _checked(self, changed: list[dict]) -> None:
        self._checking = False
        self._show_changes(changed)
        if self._recheck:
            self._recheck = False
            self.check_changes()

    def _check_failed(self, _exc: Exception) -> None:
        self._checking = False  # the note stays as it was; the next change checks again

    def _show_changes(self, changed: list[dict]) -> None:
        self.changed = changed
        if not changed:
            self.changes_box.hide()
            return
        lines = [self.tr("%1 — №%2 багц %3-нд илгээсэн").replace("%1", c["period_label"])
                 .replace("%2", str(c["sequence"])).replace("%3", format_date(date.fromisoformat(c["sent_at"][:10])))
                 for c in changed]
        self.changes_note.setText(
            self.tr("Илгээснээс хойш өөрчлөгдсөн: аймагт байгаа тоо хуучирсан. Засварын багц илгээвэл аймаг "
                    "сүүлийнхийг ашиглана; хоцролтыг анхны багцаас тооцно.") + "\n• " + "\n• ".join(lines))
        self.changes_box.show()

    def send_correction(self) -> None:
        """Open the export wizard on the newest changed period (the others stay in its list)."""
        if self.changed:
            self.open_wizard(self.changed[0]["period"])

    def refresh(self) -> None:
        ctx = self.state.ctx
        self.keys_model.set_rows(bundle_keys.list_keys(ctx))
        self.exports_model.set_rows(bundle_export.list_exports(ctx))
        for table, key in ((self.keys_table, "bundle_keys"), (self.exports_table, "bundle_exports")):
            fit_columns_remembered(table, key)
        approved = [a["period"] for a in bundle_export.list_approvals(ctx)]
        self.approved_label.setText(self.tr("Батлагдсан: %1").replace("%1", ", ".join(approved) or "—"))

    def _call(self, fn, *args) -> object | None:  # noqa: ANN001
        """One write: its error shown, or else the "bundle" change emitted (`ui/ops.run_op`)."""
        return run_op(self, self.state, "bundle", lambda: fn(*args))

    def create_key(self) -> None:
        secret = ask_passphrase(self, confirm=True, note=self.tr(
            "Шинэ түлхүүр үүсгэнэ. Өмнөх түлхүүр хуучин багцуудад хүчинтэй хэвээр үлдэнэ. "
            "Нийтийн түлхүүрээ аймагт биечлэн бүртгүүлнэ үү."))
        if secret is not None:
            self._call(bundle_keys.create_key, self.state.ctx, secret)

    def export_public_key(self) -> None:
        target = ask_save_path(self, "public-key.json", (".json",), purpose="keys")
        if target and self._call(bundle_keys.export_public_key, self.state.ctx, Path(target)) is not None:
            self.print_key_card()  # the card goes to the province with the file

    def print_key_card(self) -> None:
        """The card of the selected key (the active one when none is selected), in the preview."""
        rows = self.keys_table.selectionModel().selectedRows()
        key_id = self.keys_model.row(rows[0].row())["key_id"] if rows else None
        target = Path(tempfile.mkdtemp(prefix="soumdesk-card-")) / self.tr("Түлхүүрийн карт.pdf")
        made = self._call(lambda: key_card.write_key_card(self.state.ctx, target, key_id=key_id,
                                                          lang=self.state.lang))
        if made is not None:
            self.card_preview = open_report(self, made)

    def revoke_key(self) -> None:
        rows = self.keys_table.selectionModel().selectedRows()
        if not rows:
            return
        key = self.keys_model.row(rows[0].row())
        reason, ok = QInputDialog.getText(self, self.tr("Хүчингүй болгох"), self.tr("Шалтгаан:"))
        if ok and reason.strip():
            self._call(bundle_keys.revoke_key, self.state.ctx, key["key_id"], reason)

    def approve_period(self) -> None:
        """Approve the period; before its last day the head first confirms the list of what is unfinished."""
        ctx, period = self.state.ctx, self.period_edit.text()
        open_now = run_op(self, self.state, None, lambda: bundle_export.unfinished(ctx, period))
        if open_now is None:
            return
        if open_now["running"] and not confirm(self, self.tr("Дуусаагүй үеийг батлах уу?"), self.tr(
                "%1 үе %2-нд дуусна. Одоо батлавал дараах нь дуусаагүй хэвээр аймагт илгээгдэнэ:\n"
                "• биелэлт оруулаагүй арга хэмжээ: %3\n• шийдвэрлээгүй өргөдөл: %4\n"
                "• хариу өгөөгүй албан бичиг: %5\n\nЭрт батлах уу?")
                .replace("%1", open_now["period"]).replace("%2", format_date(date.fromisoformat(open_now["ends"])))
                .replace("%3", str(open_now["measures_without_entry"]))
                .replace("%4", str(open_now["open_petitions"])).replace("%5", str(open_now["open_letters"]))):
            return
        if self._call(lambda: bundle_export.approve_period(ctx, period, confirm_early=True)) is not None:
            self.period_edit.clear()

    def open_wizard(self, period: str | None = None) -> None:
        from soum_desk.ui.bundle.export_wizard import ExportWizard

        ExportWizard(self.state, self, period=period).exec()

    def open_resync(self) -> None:
        from soum_desk.ui.bundle.resync_dialog import ResyncDialog

        ResyncDialog(self.state, self).exec()
