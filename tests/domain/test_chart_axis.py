"""Issue 14: chart axes with round, exactly labelled ticks."""

from __future__ import annotations

import pytest

from soum_desk.domain.chart_axis import nice_axis


def _labels(axis) -> list[str]:
    return [f"{i * axis.step:.{axis.decimals}f}" for i in range(axis.ticks)]


@pytest.mark.parametrize(("values", "labels"), [
    ([4.26, 3.1], ["0", "1", "2", "3", "4", "5"]),  # was 0, 1, 2, 3, 5 with a 4.26 bar reading as 3.4
    ([], ["0", "1"]),  # an empty chart was 2, 1, 1, 0, 0
    ([0, None], ["0", "1"]),
    ([7], ["0", "2", "4", "6", "8"]),
    ([42, 17], ["0", "10", "20", "30", "40", "50"]),
    ([100], ["0", "20", "40", "60", "80", "100"]),
    ([0.37], ["0.0", "0.1", "0.2", "0.3", "0.4"]),
    ([1234], ["0", "500", "1000", "1500"]),
])
def test_ticks_are_round_and_hold_every_value(values, labels):
    axis = nice_axis(values)
    assert _labels(axis) == labels
    assert axis.top >= max([v for v in values if v is not None] + [0])


def test_the_screen_chart_uses_the_round_axis(qapp):
    from PySide6.QtCharts import QValueAxis
    from PySide6.QtCore import Qt

    from soum_desk.ui.dashboard.charts import build_chart

    data = {"title": ("Эрэмбэ", "Ranking"), "categories": ["А", "Б"],
            "series": [{"name": ("Оноо", "Score"), "values": [4.26, 3.1]}]}
    chart = build_chart(data, "mn")
    axis = next(a for a in chart.axes(Qt.Orientation.Vertical) if isinstance(a, QValueAxis))
    assert (axis.min(), axis.max(), axis.tickCount(), axis.labelFormat()) == (0, 5, 6, "%.0f")


def test_the_printed_chart_uses_the_same_round_axis():
    from soum_desk.reports.charts import chart_drawing

    data = {"title": ("Эрэмбэ", "Ranking"), "categories": ["А", "Б"],
            "series": [{"name": ("Оноо", "Score"), "values": [4.26, 3.1]}]}
    drawing = chart_drawing(data, 400, 250)
    chart = next(c for c in drawing.contents if hasattr(c, "valueAxis"))
    assert (chart.valueAxis.valueMax, chart.valueAxis.valueStep) == (5, 1)  # was 0–5 in uneven steps
