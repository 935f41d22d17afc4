"""Figures of a period on screen, and the quarterly report as PDF or XLSX (off the GUI thread)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.periods import Period
from soum_desk.reports.petitions_report import figure_rows
from soum_desk.services.petitions import report as petitions_reports
from soum_desk.services.petitions import stats as petitions_stats
from soum_desk.ui.messages import show_error
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.report_output import ask_save_path, open_report
from soum_desk.ui.widgets.signing_box import SigningBox
from soum_desk.ui.widgets.window_fit import remember_geometry
from soum_desk.ui.worker import run_in_background


def recent_periods(today: date, quarters: int = 8) -> list[Period]:
    current = Period.containing(today, "Q")
    out = [current]
    for _ in range(quarters - 1):
        out.append(out[-1].previous())
    out += [Period(today.year, "H", 1 if today.month <= 6 else 2), Period(today.year, "Y", 1),
            Period(today.year - 1, "Y", 1)]
    return out


class ReportDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Өргөдлийн үзүүлэлт, тайлан"))
        self.period = QComboBox()
        for p in recent_periods(date.today()):
            self.period.addItem(p.label(state.lang), p.code)
        self.period.setCurrentIndex(1)  # the last finished quarter
        self.use_as_of = QCheckBox(self.tr("Байдлаарх огноо"))
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setDisplayFormat("yyyy.MM.dd")
        self.as_of.setCalendarPopup(True)
        self.as_of.setEnabled(False)
        self.use_as_of.toggled.connect(self.as_of.setEnabled)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("figures")
        self.table.setHorizontalHeaderLabels([self.tr("Үзүүлэлт"), self.tr("Тоо")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.top = QLabel()
        self.top.setWordWrap(True)
        self.btn_pdf = QPushButton(self.tr("PDF тайлан…"))
        self.btn_xlsx = QPushButton(self.tr("Excel тайлан…"))
        self.btn_pdf.clicked.connect(lambda: self.export("pdf"))
        self.btn_xlsx.clicked.connect(lambda: self.export("xlsx"))
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Тайлант үе")), self.period, self.use_as_of, self.as_of):
            bar.addWidget(widget)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.btn_pdf)
        buttons.addWidget(self.btn_xlsx)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.top)
        self.signing = SigningBox(state, "petitions")
        layout.addWidget(self.signing)
        layout.addLayout(buttons)
        self.period.currentIndexChanged.connect(self.refresh)
        self.as_of.dateChanged.connect(self.refresh)
        self.use_as_of.toggled.connect(self.refresh)
        remember_geometry(self, "petitions_report_dialog", 620, 640)
        self.refresh()

    def selected(self) -> tuple[Period, date | None]:
        as_of = self.as_of.date().toPython() if self.use_as_of.isChecked() else None
        return Period.parse(self.period.currentData()), as_of

    def refresh(self) -> None:
        period, as_of = self.selected()
        try:
            data = petitions_stats.figures_dict(self.state.ctx, period, as_of)
        except Exception as exc:
            show_error(self, exc)
            return
        rows = figure_rows(data, self.state.lang)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(row.cells[1]))
            self.table.setItem(i, 1, QTableWidgetItem(row.cells[2]))
        self.table.resizeColumnToContents(0)
        topics = ", ".join(f"{t['topic']} ({t['count']})" for t in data["top_topics"])
        self.top.setText(self.tr("Хамгийн их давтамжтай: %1").replace("%1", topics or "—"))
        self.data = data

    def export(self, fmt: str) -> None:
        period, as_of = self.selected()
        path = ask_save_path(self, f"petitions_{period.code}.{fmt}", (f".{fmt}",))
        if not path:
            return
        ctx, chosen = self.state.ctx, self.signing.signing()
        self.signing.remember()
        run_in_background(self, self.tr("Тайлан бэлтгэж байна…"),
                          lambda progress: petitions_reports.make_report(ctx, period, fmt, path, as_of=as_of,
                                                                         progress=progress, signing=chosen),
                          self._done)

    def _done(self, path) -> None:  # noqa: ANN001
        self.last_path = str(path)
        self.top.setText(self.tr("Хадгаллаа: %1").replace("%1", str(path)))
        open_report(self, path)
