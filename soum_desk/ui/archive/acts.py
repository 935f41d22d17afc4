"""Acts tab: propose a transfer or destruction of units whose retention ended; the head approves;
the approved act's PDF is kept as an attachment and opened after a hash check."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain import retention as ret
from soum_desk.services.archive import ops as archive_ops
from soum_desk.services.archive import units as archive_units
from soum_desk.services.archive.units import UnitFilter
from soum_desk.ui.archive.common import retention_text
from soum_desk.ui.messages import current_lang
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.attachments_panel import AttachmentsPanel
from soum_desk.ui.widgets.event_date_edit import EventDateEdit
from soum_desk.ui.widgets.window_fit import remember_geometry


class ProposeActDialog(QDialog):
    """Lists only the units an act of this kind may take today (retention ended, right class)."""

    def __init__(self, state: AppState, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.kind = state, kind
        mn, en = ret.ACT_LABELS[kind]
        self.setWindowTitle(en if current_lang() == "en" else mn)
        self.act_no = QLineEdit()
        self.act_date = EventDateEdit()
        self.act_date.setAccessibleName(self.tr("Огноо"))
        self.recipient = QLineEdit()
        self.reason = QLineEdit(self.tr("Хадгалах хугацаа дууссан") if kind == ret.DESTRUCTION else "")
        self.units = QListWidget()
        wanted = (ret.PERMANENT,) if kind == ret.TRANSFER else (ret.TEMPORARY, ret.YEARS70)
        for unit in archive_units.list_units(state.ctx, UnitFilter(status="received", expired_on=date.today()),
                                             limit=100_000):
            if unit["retention"] in wanted:
                item = QListWidgetItem(f"№{unit['archive_no']} · {unit['year']} · {unit['title']} · "
                                       f"{retention_text(unit)}")
                item.setData(0x0100, unit["id"])
                item.setCheckState(item.checkState().Unchecked)
                self.units.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Актын дугаар"), self.act_no)
        form.addRow(self.tr("Огноо"), self.act_date)
        if kind == ret.TRANSFER:
            form.addRow(self.tr("Хүлээн авах улсын архив"), self.recipient)
        form.addRow(self.tr("Үндэслэл"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.units, 1)
        layout.addWidget(buttons)
        remember_geometry(self, "archive_acts", 720, 480)
        self.saved = None

    def checked_ids(self) -> list[int]:
        return [self.units.item(i).data(0x0100) for i in range(self.units.count())
                if self.units.item(i).checkState() == self.units.item(i).checkState().Checked]

    def save(self) -> None:
        """Propose the act; on an error the message is shown and the dialog stays open."""
        ctx, ids, act_no, day = self.state.ctx, self.checked_ids(), self.act_no.text(), self.act_date.value()
        recipient, reason = self.recipient.text() or None, self.reason.text() or None
        run_op(self, self.state, "archive",
               lambda: archive_ops.propose_act(ctx, self.kind, ids, act_no=act_no, act_date=day,
                                               recipient=recipient, reason=reason),
               self._saved)

    def _saved(self, result: dict) -> None:
        self.saved = result
        self.accept()


class ActsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels([self.tr("Төрөл"), self.tr("Дугаар"), self.tr("Огноо"),
                                              self.tr("Нэгж"), self.tr("Төлөв"), self.tr("Баталсан")])
        self.table.itemSelectionChanged.connect(self.show_pdf)
        self.pdf = AttachmentsPanel(state, "archive_act", self)
        self.pdf.add_button.hide()
        top = QHBoxLayout()
        for text, slot in ((self.tr("Устгах акт…"), lambda: self.propose(ret.DESTRUCTION)),
                           (self.tr("Улсын архивт шилжүүлэх акт…"), lambda: self.propose(ret.TRANSFER)),
                           (self.tr("Батлах (дарга)"), self.approve)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            top.addWidget(button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.pdf, 1)
        self.refresh()

    def refresh(self) -> None:
        acts = archive_ops.list_acts(self.state.ctx)
        self.table.setRowCount(len(acts))
        for row, act in enumerate(acts):
            mn, en = ret.ACT_LABELS[act["kind"]]
            status = self.tr("Батлагдсан") if act["status"] == "approved" else self.tr("Төсөл")
            for col, value in enumerate((en if current_lang() == "en" else mn, act["act_no"], act["act_date"],
                                         str(len(act["unit_ids"])), status, act["approved_by"] or "")):
                cell = QTableWidgetItem(value)
                cell.setData(0x0100, act["id"])
                self.table.setItem(row, col, cell)
        self.show_pdf()

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(0x0100) if item else None

    def show_pdf(self) -> None:
        self.pdf.set_record(self.selected_id())

    def propose(self, kind: str) -> None:
        if ProposeActDialog(self.state, kind, self).exec():
            self.refresh()

    def approve(self) -> None:
        act_id = self.selected_id()
        if act_id is None:
            return
        run_op(self, self.state, "archive", lambda: archive_ops.approve_act(self.state.ctx, act_id),
               lambda _result: self.refresh())
