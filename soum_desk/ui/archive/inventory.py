"""Inventory tab: start a check of every unit, mark found / missing / damaged, finish, print the result."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain import clock
from soum_desk.services.archive import ops as archive_ops
from soum_desk.ui.archive.common import report_to_file, retention_text
from soum_desk.ui.messages import current_lang
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState


class InventoryTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.inventories = QComboBox()
        self.inventories.currentIndexChanged.connect(lambda _i: self.show_items())
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels([self.tr("Архивын №"), self.tr("Он"), self.tr("Гарчиг"),
                                              self.tr("Хадгалах хугацаа"), self.tr("Үр дүн")])
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.inventories, 1)
        for text, slot in ((self.tr("Тооллого эхлүүлэх"), self.start), (self.tr("Дууссан"), self.finish),
                           (self.tr("Дүн хэвлэх…"), self.print_result)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            top.addWidget(button)
        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Сонгосон нэгж:")))
        for result in archive_ops.RESULTS:
            mn, en = archive_ops.RESULT_LABELS[result]
            button = QPushButton(en if current_lang() == "en" else mn)
            button.clicked.connect(lambda _c=False, r=result: self.mark(r))
            marks.addWidget(button)
        marks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(marks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        keep = select or self.inventories.currentData()
        self.inventories.blockSignals(True)
        self.inventories.clear()
        for inv in archive_ops.list_inventories(self.state.ctx):
            done = self.tr("дууссан %1").replace("%1", inv["finished_on"]) if inv["finished_on"] else self.tr("явагдаж буй")
            self.inventories.addItem(self.tr("Тооллого №%1, %2 (%3)").replace("%1", str(inv["id"]))
                                     .replace("%2", inv["started_on"]).replace("%3", done), inv["id"])
        self.inventories.setCurrentIndex(max(0, self.inventories.findData(keep)))
        self.inventories.blockSignals(False)
        self.show_items()

    def show_items(self) -> None:
        inv_id = self.inventories.currentData()
        self.table.setRowCount(0)
        if inv_id is None:
            self.summary.setText(self.tr("Тооллого алга."))
            return
        result = archive_ops.inventory_result(self.state.ctx, inv_id)
        labels = {r: (en if current_lang() == "en" else mn) for r, (mn, en) in archive_ops.RESULT_LABELS.items()}
        self.table.setRowCount(len(result["items"]))
        for row, item in enumerate(result["items"]):
            for col, value in enumerate((item["archive_no"], str(item["year"]), item["title"], retention_text(item),
                                         labels.get(item["result"], "—"))):
                cell = QTableWidgetItem(value)
                cell.setData(0x0100, item["id"])
                self.table.setItem(row, col, cell)
        totals = {r: sum(c[r] for c in result["counts"].values()) for r in (*archive_ops.RESULTS, "unchecked")}
        self.summary.setText(self.tr("Байгаа %1 · дутсан %2 · гэмтсэн %3 · шалгаагүй %4")
                             .replace("%1", str(totals["found"])).replace("%2", str(totals["missing"]))
                             .replace("%3", str(totals["damaged"])).replace("%4", str(totals["unchecked"])))

    def _run(self, fn: Callable[[], object], select: int | None = None) -> None:
        """Run one write; on success refresh (selecting `select` or the new record) and tell the other views."""
        run_op(self, self.state, "archive", fn,
               lambda value: self.refresh(select or (value.get("id") if isinstance(value, dict) else None)))

    def start(self) -> None:
        self._run(lambda: archive_ops.start_inventory(self.state.ctx, clock.today()))

    def mark(self, result: str) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        ids = [self.table.item(r, 0).data(0x0100) for r in rows]
        if ids:
            inv_id = self.inventories.currentData()
            self._run(lambda: archive_ops.mark_items(self.state.ctx, inv_id, dict.fromkeys(ids, result)), inv_id)

    def finish(self) -> None:
        inv_id = self.inventories.currentData()
        if inv_id is not None:
            self._run(lambda: archive_ops.finish_inventory(self.state.ctx, inv_id, clock.today()), inv_id)

    def print_result(self, path: str | None = None) -> None:
        from soum_desk.services.archive.report import inventory_report

        inv_id = self.inventories.currentData()
        if inv_id is not None:
            report_to_file(self, f"inventory-{inv_id}.pdf", lambda ctx, p, progress, chosen: inventory_report(ctx, inv_id, p, progress, chosen), path)
