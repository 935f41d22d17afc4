"""Consolidated figures and the ranking for a period, and the province report (PDF/XLSX)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.formatting import format_number, format_percent
from soum_desk.errors import SoumDeskError
from soum_desk.services.province import views as province_views
from soum_desk.services.province.report import accountability_text
from soum_desk.ui.bundle.rows_model import RowsModel
from soum_desk.ui.messages import show_error
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.period_picker import PeriodPicker
from soum_desk.ui.widgets.report_output import ask_save_path, open_report
from soum_desk.ui.worker import run_in_background


def _pct(value: float | None) -> str:
    return format_percent(round(value, 1)) if value is not None else "–"


def _score(value: float | None) -> str:
    return format_number(value, 2) if value is not None else "–"


class RankingView(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.period = PeriodPicker(state.lang)  # the newest imported period, else the last closed quarter
        newest = province_views.latest_imported_period(state.ctx)
        if newest:
            self.period.setText(newest)
        self.period.setObjectName("ranking_period")
        self.show_button = QPushButton()
        self.show_button.setObjectName("ranking_show")
        self.show_button.clicked.connect(self.refresh)
        self.pdf = QPushButton("PDF…")
        self.pdf.clicked.connect(lambda: self.report(".pdf"))
        self.xlsx = QPushButton("XLSX…")
        self.xlsx.clicked.connect(lambda: self.report(".xlsx"))
        self.missing = QLabel()
        self.missing.setObjectName("ranking_missing")
        self.missing.setWordWrap(True)
        self.ranking = RowsModel([("", lambda r: r["rank"] or "–"), ("", "name"), ("", lambda r: _score(r["score"])),
                                  ("", "late_days"), ("", lambda r: _score(r["final"])), ("", "arrived_on"),
                                  ("", accountability_text)])
        self.figures = RowsModel([("", "name"), ("", lambda r: _pct(r.get("plan_average"))),
                                  ("", lambda r: _score(r.get("plan_score"))), ("", "petitions_received"),
                                  ("", lambda r: _pct(r["petitions_on_time_percent"])), ("", "petitions_overdue"),
                                  ("", "letters_incoming"), ("", "letters_outgoing"),
                                  ("", lambda r: _pct(r["letters_on_time_percent"])),
                                  ("", lambda r: "/".join(str(r.get(k) if r.get(k) is not None else "–") for k in
                                                          ("archive_permanent", "archive_70_years",
                                                           "archive_temporary")))])
        self.tabs = QTabWidget()
        self.tables: list[QTableView] = []
        for model, name in ((self.ranking, "ranking"), (self.figures, "figures")):
            table = QTableView()
            self.tables.append(table)
            table.setObjectName(f"province_{name}")
            table.setModel(model)
            table.horizontalHeader().setStretchLastSection(True)
            table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            table.doubleClicked.connect(lambda index, model=model: self.open_history(model.row(index.row())))
            self.tabs.addTab(table, "")
        top = QHBoxLayout()
        self.period_label = QLabel()
        for widget in (self.period_label, self.period, self.show_button, self.pdf, self.xlsx):
            top.addWidget(widget)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh()
        state.bus.records_changed.connect(lambda kind: kind in ("province", "*") and self.refresh())

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Үе:"))
        self.show_button.setText(self.tr("Харах"))
        self.ranking.set_titles([self.tr("Байр"), self.tr("Сум / агентлаг"), self.tr("Үнэлгээ (0–5)"),
                                 self.tr("Хоцорсон өдөр"), self.tr("Эцсийн оноо"), self.tr("Ирсэн"),
                                 self.tr("Хариуцлага (11.2)")])
        self.figures.set_titles([self.tr("Сум / агентлаг"), self.tr("Төлөвлөгөө %"), self.tr("Оноо"),
                                 self.tr("Өргөдөл"), self.tr("Хугацаандаа %"), self.tr("Хэтэрсэн"),
                                 self.tr("Ирсэн бичиг"), self.tr("Явсан бичиг"), self.tr("Хариу хугацаандаа %"),
                                 self.tr("Архив байнга/70/түр")])
        self.tabs.setTabText(0, self.tr("Эрэмбэ"))
        self.tabs.setTabText(1, self.tr("Нэгтгэсэн үзүүлэлт"))
        for table in self.tables:
            table.setToolTip(self.tr("Давхар товшвол тухайн байгууллагын энэ үеийн багцын түүх нээгдэнэ."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()  # the «not submitted» line
        super().changeEvent(event)

    def refresh(self) -> None:
        try:
            ranked = province_views.ranking_table(self.state.ctx, self.period.text())
            figures = province_views.consolidated(self.state.ctx, self.period.text())
        except SoumDeskError as exc:
            show_error(self, exc)
            return
        self.ranking.set_rows(ranked)
        self.figures.set_rows([r for r in figures if r["submitted"]])
        for table in self.tables:
            table.resizeColumnsToContents()
        missing = [r["name"] for r in figures if not r["submitted"]]
        self.missing.setText(self.tr("Ирүүлээгүй: %1").replace("%1", ", ".join(missing)) if missing
                             else self.tr("Бүх байгууллага ирүүлсэн."))

    def open_history(self, row: dict) -> QWidget:
        """Every bundle the office sent for the period, with the one used (double-click on its row)."""
        from soum_desk.ui.province.history_dialog import show_history

        return show_history(self.state, row, self.period.text().strip(), self)

    def report(self, suffix: str) -> None:
        from soum_desk.services.province import report as province_report

        code = self.period.text().strip()
        target = ask_save_path(self, f"province-{code}{suffix}", (suffix,))
        if not target:
            return
        ctx = self.state.ctx
        run_in_background(self, self.tr("Тайлан бэлтгэж байна…"),
                          lambda _progress: province_report.make_report(ctx, code, Path(target)),
                          lambda path: open_report(self, path))
