"""Province charts: offices ranked by score with the lateness penalty, and who submitted when."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.periods import Period
from soum_desk.services.dashboard import charts as chart_series
from soum_desk.services.province import views as province_views
from soum_desk.ui.dashboard.charts import build_chart
from soum_desk.ui.messages import error_text
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.period_picker import PeriodPicker
from soum_desk.ui.widgets.window_fit import fit_columns_remembered
from soum_desk.ui.worker import run_in_background

STATUS_COLORS = {"on_time": "#c8e6c9", "late": "#ffe0b2", "missing": "#ffcdd2"}


def previous_periods(last: str, count: int) -> list[str]:
    p = Period.parse(last)
    codes = []
    for _ in range(count):
        codes.append(p.code)
        p = p.previous()
    return list(reversed(codes))


class ProvinceChartsView(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        from PySide6.QtCharts import QChartView

        self.state = state
        self.data: dict | None = None
        self._request = 0  # only the newest request's answer is shown
        self.period = PeriodPicker(state.lang)  # the newest imported period, else the last closed quarter
        newest = province_views.latest_imported_period(state.ctx)
        if newest:
            self.period.setText(newest)
        self.period.setObjectName("charts_period")
        self.count = QSpinBox()
        self.count.setRange(1, 12)
        self.count.setValue(4)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.refresh)
        self.period_label, self.count_label, self.error = QLabel(), QLabel(), QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.chart = QChartView()
        self.chart.setMinimumHeight(320)
        self.table = QTableWidget()
        self.table.setObjectName("submissions")
        top = QHBoxLayout()
        for widget in (self.period_label, self.period, self.count_label, self.count, self.show_button):
            top.addWidget(widget)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        self.retranslate()
        self.refresh()
        state.bus.records_changed.connect(lambda kind: kind in ("province", "*") and self.refresh())

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Үе:"))
        self.count_label.setText(self.tr("Хэдэн үе:"))
        self.show_button.setText(self.tr("Харах"))
        if self.data is not None:
            self._show(self.data)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        ctx, code, count = self.state.ctx, self.period.text().strip(), self.count.value()

        def work(_p: object) -> dict:
            periods = previous_periods(code, count)
            return {"periods": periods, "ranking": chart_series.province_ranking(ctx, periods[-1]),
                    "submissions": chart_series.province_submissions(ctx, periods)}

        self._request += 1
        token = self._request

        def done(data: dict) -> None:
            if token == self._request:
                self._show(data)

        run_in_background(self, "", work, done, lambda e: self.error.setText(error_text(e)), show_dialog=False)

    def _show(self, data: dict) -> None:
        self.data = data
        self.error.clear()
        self.chart.setChart(build_chart(data["ranking"], self.state.lang))
        labels = {"on_time": self.tr("Хугацаандаа"), "late": self.tr("Хоцорсон (%1 өдөр)"),
                  "missing": self.tr("Ирүүлээгүй")}
        rows = data["submissions"]
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(data["periods"]) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Сум / агентлаг")] + data["periods"])
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(row["name"]))
            for c, code in enumerate(data["periods"], start=1):
                status = row["statuses"].get(code, "missing")
                item = QTableWidgetItem(labels[status].replace("%1", str(row["late_days"].get(code, 0))))
                item.setBackground(QBrush(QColor(STATUS_COLORS[status])))
                item.setData(0x0100, status)
                self.table.setItem(r, c, item)
        fit_columns_remembered(self.table, "province_submissions")
