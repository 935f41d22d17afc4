"""Inventory tab: start a check of every unit, mark found / missing / damaged, finish, print the result."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain import clock
from soum_desk.services.archive import ops as archive_ops
from soum_desk.ui.archive.common import report_to_file, retention_text
from soum_desk.ui.messages import current_lang
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.column_fit import set_widths_at_least_titles
from soum_desk.ui.widgets.paged_model import ColumnSpec, PagedTableModel

COLUMNS = [
    ColumnSpec("archive_no", lambda: QCoreApplication.translate("InventoryTab", "Архивын №")),
    ColumnSpec("year", lambda: QCoreApplication.translate("InventoryTab", "Он")),
    ColumnSpec("title", lambda: QCoreApplication.translate("InventoryTab", "Гарчиг")),
    ColumnSpec("retention_text", lambda: QCoreApplication.translate("InventoryTab", "Хадгалах хугацаа")),
    ColumnSpec("result_label", lambda: QCoreApplication.translate("InventoryTab", "Үр дүн")),
]


class InventoryTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.inventories = QComboBox()
        self.inventories.currentIndexChanged.connect(lambda _i: self.show_items())
        # a page at a time (issue 18: 100,000 units were read and made into 500,000 table items to open the tab)
        self.model = PagedTableModel(COLUMNS, self._fetch, self._count, page_size=200, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        set_widths_at_least_titles(self.table, {0: 70, 1: 50, 2: 380, 3: 160})
        self.totals: dict[str, int] = {}
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

    def _fetch(self, offset: int, limit: int, _sort: str | None, _desc: bool) -> list[dict]:
        inv_id = self.inventories.currentData()
        if inv_id is None:
            return []
        labels = {r: (en if current_lang() == "en" else mn) for r, (mn, en) in archive_ops.RESULT_LABELS.items()}
        return [{**item, "retention_text": retention_text(item), "result_label": labels.get(item["result"] or "", "—")}
                for item in archive_ops.inventory_page(self.state.ctx, inv_id, offset=offset, limit=limit)]

    def _count(self) -> int:
        return sum(self.totals.values())

    def show_items(self) -> None:
        inv_id = self.inventories.currentData()
        self.totals = {}
        if inv_id is not None:
            counts = archive_ops.inventory_counts(self.state.ctx, inv_id)
            self.totals = {r: sum(c[r] for c in counts.values()) for r in (*archive_ops.RESULTS, "unchecked")}
        self.model.reload()
        if inv_id is None:
            self.summary.setText(self.tr("Тооллого алга."))
            return
        totals = self.totals
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
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [row["id"] for row in map(self.model.row_at, rows) if row is not None]
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
