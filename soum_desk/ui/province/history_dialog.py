"""Every bundle an office sent for a period (`province/history`): which one the consolidation uses,
which one lateness counts from, and why the others are not used."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from soum_desk.domain.formatting import format_date
from soum_desk.services.province import history as province_history
from soum_desk.ui.bundle.rows_model import RowsModel
from soum_desk.ui.messages import current_lang
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import fit_columns_remembered


def _day(text: str | None) -> str:
    return format_date(date.fromisoformat(text[:10])) if text else "–"


def _made(text: str | None) -> str:
    return f"{_day(text)} {datetime.fromisoformat(text):%H:%M}" if text else "–"


class HistoryDialog(QDialog):
    def __init__(self, state: AppState, office_code: str, office_name: str, period: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundle_history")
        self.setWindowTitle(self.tr("Багцын түүх"))
        en = current_lang() == "en"
        self.model = RowsModel([
            (self.tr("№"), "sequence"), (self.tr("Үүсгэсэн"), lambda r: _made(r["created_at"])),
            (self.tr("Ирсэн"), lambda r: _day(r["arrived_on"])),
            (self.tr("Дүгнэлт"), lambda r: r["label_en"] if en else r["label_mn"]),
            (self.tr("Ашиглаж буй"), lambda r: "✓" if r["used"] else ""),
            (self.tr("Хоцролтыг тооцох"), lambda r: "✓" if r["lateness_from"] else ""),
            (self.tr("Шалтгаан"), lambda r: r["reason_en"] if en else r["reason_mn"]),
        ])
        self.model.set_rows(province_history.history(state.ctx, office_code, period))
        self.table = QTableView()
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_columns_remembered(self.table, "province_history")
        heading = QLabel(f"<b>{office_name}</b> · {period}")
        note = QLabel(self.tr("Нэгтгэл, эрэмбэд хамгийн сүүлийн хүчинтэй багцыг ашиглана; хоцролтыг анхны "
                              "хүчинтэй багц ирсэн өдрөөс тооцно.") if self.model.rowCount() else
                      self.tr("Энэ үеийн багц ирээгүй."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Хаах"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, note, self.table, buttons):
            layout.addWidget(widget)
        self.resize(820, 320)


def show_history(state: AppState, row: dict, period: str, parent: QWidget) -> HistoryDialog:
    """Open the history of the office in `row` (a ranking, figures or import-result row)."""
    dialog = HistoryDialog(state, row["office_code"], row.get("name") or row.get("office_name") or row["office_code"],
                           period, parent)
    dialog.open()
    return dialog
