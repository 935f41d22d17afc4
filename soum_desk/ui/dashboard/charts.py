"""QtCharts views of `services.chart_series` data (the same series the PDF reports draw)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from soum_desk.domain.chart_axis import Axis, nice_axis
from soum_desk.services.dashboard.charts import text

COLORS = ["#1f5f99", "#d08c2b", "#4b8b3b", "#8c3b5f"]


def build_chart(data: dict, lang: str) -> QChart:
    """A bar chart of `data["series"]`, with `data["line"]` (a percent) on a right-hand axis."""
    chart = QChart()
    chart.setTitle(text(data["title"], lang))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    categories = data["categories_en"] if lang == "en" and "categories_en" in data else data["categories"]
    bars = QStackedBarSeries() if data.get("stacked") else QBarSeries()
    values: list[float] = []
    for index, series in enumerate(data["series"]):
        bar_set = QBarSet(text(series["name"], lang))
        bar_set.setColor(QColor(COLORS[index % len(COLORS)]))
        for value in series["values"]:
            bar_set.append(0.0 if value is None else float(value))
        values += [v for v in series["values"] if v is not None]
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    axis_x.setLabelsAngle(-90 if len(categories) > 8 else 0)
    small = axis_x.labelsFont()
    small.setPointSizeF(max(small.pointSizeF() - 1.5, 6.0))
    axis_x.setLabelsFont(small)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    axis_y = QValueAxis()
    scale = Axis(100.0, 6, 0) if data.get("percent") else nice_axis(values)
    axis_y.setRange(0, scale.top)
    axis_y.setTickCount(scale.ticks)
    axis_y.setLabelFormat(f"%.{scale.decimals}f")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    if data.get("line"):
        line = QLineSeries()
        line.setName(text(data["line"]["name"], lang))
        line.setPen(QPen(QColor("#b00020"), 2))
        for x, value in enumerate(data["line"]["values"]):
            if value is not None:
                line.append(float(x), float(value))
        chart.addSeries(line)
        axis_pct = QValueAxis()
        axis_pct.setRange(0, 100)
        axis_pct.setLabelFormat("%d%%")
        chart.addAxis(axis_pct, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(axis_x)
        line.attachAxis(axis_pct)
    return chart


def chart_view(data: dict, lang: str) -> QChartView:
    view = QChartView(build_chart(data, lang))
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(300)
    return view
