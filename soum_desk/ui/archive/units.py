"""Storage units tab: paged list with filters, receive scheduled units, counts by retention class."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain import clock
from soum_desk.domain import retention as ret
from soum_desk.services.archive import units as archive_units
from soum_desk.services.archive.records import UNIT_STATUS_LABELS
from soum_desk.services.archive.units import UnitFilter
from soum_desk.services.core import office
from soum_desk.ui.archive.common import report_to_file, retention_text
from soum_desk.ui.messages import current_lang
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.column_fit import set_widths_at_least_titles
from soum_desk.ui.widgets.event_date_edit import OptionalEventDate
from soum_desk.ui.widgets.paged_model import ColumnSpec, PagedTableModel


def _label(pair: tuple[str, str]) -> str:
    return pair[1] if current_lang() == "en" else pair[0]


COLUMNS = [
    ColumnSpec("archive_no", lambda: QCoreApplication.translate("UnitsTab", "Архивын №")), ColumnSpec("year", lambda: QCoreApplication.translate("UnitsTab", "Он")),
    ColumnSpec("title", lambda: QCoreApplication.translate("UnitsTab", "Гарчиг")), ColumnSpec("unit", lambda: QCoreApplication.translate("UnitsTab", "Нэгж")),
    ColumnSpec("retention_label", lambda: QCoreApplication.translate("UnitsTab", "Хадгалах хугацаа")),
    ColumnSpec("retention_end", lambda: QCoreApplication.translate("UnitsTab", "Хугацаа дуусах")),
    ColumnSpec("scheduled_on", lambda: QCoreApplication.translate("UnitsTab", "Хуваарь")), ColumnSpec("received_on", lambda: QCoreApplication.translate("UnitsTab", "Хүлээн авсан")),
    ColumnSpec("status", lambda: QCoreApplication.translate("UnitsTab", "Төлөв"), format=lambda v: _label(UNIT_STATUS_LABELS[v])),
]
EXPIRED = QColor("#e8e0f8")


class AddUnitDialog(QDialog):
    """Record a storage unit already held (older holdings) or one to be handed over."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Хадгаламжийн нэгж нэмэх"))
        self.title = QLineEdit()
        self.year = QSpinBox()
        self.year.setRange(1921, 2100)
        self.year.setValue(date.today().year - 1)
        self.retention = QComboBox()
        for key, pair in ret.RETENTION_LABELS.items():
            self.retention.addItem(_label(pair), key)
        self.years = QSpinBox()
        self.years.setRange(1, 69)
        self.years.setValue(5)
        self.unit = QComboBox()
        self.unit.addItem("—", None)
        for unit in office.list_units(state.ctx):
            self.unit.addItem(unit["name"], unit["name"])
        self.sheets = QSpinBox()
        self.sheets.setRange(0, 100_000)
        self.received = OptionalEventDate(clock.today())
        self.received.setAccessibleName(self.tr("Хүлээн авсан (тэмдэглээгүй бол хуваарьт)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Гарчиг"), self.title)
        form.addRow(self.tr("Он"), self.year)
        form.addRow(self.tr("Хадгалах хугацаа"), self.retention)
        form.addRow(self.tr("Түр: жил"), self.years)
        form.addRow(self.tr("Нэгж"), self.unit)
        form.addRow(self.tr("Хуудас"), self.sheets)
        form.addRow(self.tr("Хүлээн авсан (тэмдэглээгүй бол хуваарьт)"), self.received)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(580)
        self.saved = None

    def save(self) -> None:
        ctx, kind, received = self.state.ctx, self.retention.currentData(), self.received.value()
        values = {"title": self.title.text(), "year": self.year.value(), "retention": kind,
                  "retention_years": self.years.value() if kind == ret.TEMPORARY else None,
                  "unit": self.unit.currentData(), "sheets": self.sheets.value() or None}
        run_op(self, self.state, "archive",
               lambda: archive_units.add_unit(ctx, **values, received_on=received), self._saved)

    def _saved(self, result: dict) -> None:
        self.saved = result
        self.accept()


class UnitsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        today = date.today()
        self.model = PagedTableModel(
            COLUMNS, self._fetch, self._count, parent=self,
            row_color=lambda r: EXPIRED if r["status"] == "received" and r["retention"] != ret.PERMANENT
            and date.fromisoformat(r["retention_end"]) <= today else None)
        self.status = QComboBox()
        self.status.addItem(self.tr("Бүх төлөв"), None)
        for key, pair in UNIT_STATUS_LABELS.items():
            self.status.addItem(_label(pair), key)
        self.retention = QComboBox()
        self.retention.addItem(self.tr("Бүх хугацаа"), None)
        for key, pair in ret.RETENTION_LABELS.items():
            self.retention.addItem(_label(pair), key)
        for box in (self.status, self.retention):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        set_widths_at_least_titles(self.table, {0: 70, 1: 50, 2: 380, 3: 200})
        self.counts = QLabel()
        receive = QPushButton(self.tr("Сонгосныг хүлээн авах"))
        receive.clicked.connect(self.receive_selected)
        report = QPushButton(self.tr("Тоо, хадгалах хугацаагаар…"))
        report.clicked.connect(self.counts_report)
        add = QPushButton(self.tr("Нэгж нэмэх…"))
        add.clicked.connect(lambda: AddUnitDialog(self.state, self).exec())
        top = QHBoxLayout()
        for widget in (self.status, self.retention, add, receive, report):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        self.refresh()

    def current_filter(self) -> UnitFilter:
        return UnitFilter(status=self.status.currentData(), retention=self.retention.currentData())

    def _fetch(self, offset: int, limit: int, _sort: str | None, _desc: bool) -> list[dict]:
        rows = archive_units.list_units(self.state.ctx, self.current_filter(), offset=offset, limit=limit)
        return [{**row, "retention_label": retention_text(row)} for row in rows]

    def _count(self) -> int:
        return archive_units.count_units(self.state.ctx, self.current_filter())

    def refresh(self) -> None:
        self.model.reload()
        held = archive_units.counts_by_retention(self.state.ctx)
        year = date.today().year
        got = archive_units.counts_by_retention(self.state.ctx, received_from=date(year, 1, 1),
                                                received_to=date(year, 12, 31), status=None)
        text = self.tr("Архивт: байнга %1 ш, түр %2 ш, 70 жилийн %3 ш, нийт %4 · энэ онд хүлээн авсан: %5")
        for key, value in zip(("%1", "%2", "%3", "%4", "%5"), (held["permanent"], held["temporary"], held["years70"],
                                                                held["total"], got["total"]), strict=True):
            text = text.replace(key, str(value))
        self.counts.setText(text)

    def selected_units(self) -> list[dict]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def receive_selected(self) -> None:
        ids = [u["id"] for u in self.selected_units() if u["status"] == "scheduled"]
        if not ids:
            return
        run_op(self, self.state, "archive", lambda: archive_units.receive_units(self.state.ctx, ids, clock.today()))

    def counts_report(self, path: str | None = None) -> None:
        from soum_desk.services.archive.report import counts_report

        year = date.today().year
        report_to_file(self, f"archive-counts-{year}.pdf",
                       lambda ctx, p, progress, chosen: counts_report(ctx, date(year, 1, 1), date(year, 12, 31), p, progress,
                                                                      chosen),
                       path)
