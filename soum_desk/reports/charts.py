"""Charts for the PDF reports (reportlab graphics), drawn from `services.chart_series` data.

The app's QtCharts and these drawings take the same series dicts, so the printed
chart and the one on screen show the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from soum_desk.domain.chart_axis import Axis, nice_axis
from soum_desk.reports.pdf import FONT, PdfReport, register_fonts

COLORS = ["#1f5f99", "#d08c2b", "#4b8b3b", "#8c3b5f"]
LINE_COLOR = "#b00020"


def _text(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def chart_drawing(data: dict, width: float, height: float, lang: str = "mn"):
    """A bar chart (and a percent line on its own 0–100 scale) with a title and a legend."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height - 12, _text(data["title"], lang), fontName=FONT, fontSize=10,
                       textAnchor="middle"))
    categories = data["categories_en"] if lang == "en" and "categories_en" in data else data["categories"]
    many = len(categories) > 8
    chart = VerticalBarChart()
    chart.y = 80 if many else 42
    # a few bars keep a bar's width (one year's bar is not stretched across the page), centred
    chart.width = min(width - 80, max(160, 80 * len(categories)))  # type: ignore[assignment]  # stub: int
    chart.height = height - chart.y - 24  # type: ignore[assignment]  # float sizes; stub: int
    chart.x = max(40, (width - chart.width) / 2)  # type: ignore[assignment]
    chart.data = [[0 if v is None else v for v in s["values"]] for s in data["series"]] or [[0]]
    values = [v for s in data["series"] for v in s["values"] if v is not None]
    scale = Axis(100.0, 6, 0) if data.get("percent") else nice_axis(values)  # the screen's axis too
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = scale.top
    chart.valueAxis.valueStep = scale.step
    chart.valueAxis.labelTextFormat = f"%.{scale.decimals}f"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [str(c)[:18] for c in categories]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    if many:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    for index in range(len(data["series"])):
        chart.bars[index].fillColor = colors.HexColor(COLORS[index % len(COLORS)])
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend_items = [(colors.HexColor(COLORS[i % len(COLORS)]), _text(s["name"], lang))
                    for i, s in enumerate(data["series"])]
    line_points = [v for v in (data.get("line") or {}).get("values", []) if v is not None]
    if len(line_points) >= 2:  # reportlab cannot draw a line through fewer than two points
        line = HorizontalLineChart()
        line.x, line.y, line.width, line.height = chart.x, chart.y, chart.width, chart.height
        line.data = [[None if v is None else v for v in data["line"]["values"]]]
        line.valueAxis.valueMin, line.valueAxis.valueMax = 0, 100
        line.valueAxis.visible = False
        line.categoryAxis.visible = False
        line.categoryAxis.categoryNames = chart.categoryAxis.categoryNames
        line.lines[0].strokeColor = colors.HexColor(LINE_COLOR)
        line.lines[0].strokeWidth = 1.5
        drawing.add(line)
        drawing.add(String(width - 36, chart.y + chart.height + 2, "100%", fontName=FONT, fontSize=7))
        legend_items.append((colors.HexColor(LINE_COLOR), _text(data["line"]["name"], lang) + " (0–100%)"))
    legend = Legend()
    legend.x, legend.y = 40, 10
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 150
    legend.colorNamePairs = legend_items
    drawing.add(legend)
    return drawing


def add_chart_page(report: PdfReport, heading: str, charts: Sequence[dict], lang: str = "mn", *,
                   new_page: bool = True) -> None:
    """The charts one under another, full width, under `heading`: on a new page, or (`new_page=False`)
    on the current one when the heading and the first chart fit there, so no page is left near-empty."""
    if not charts:
        return
    width = report.frame_width
    height = 200 if not report.landscape else 170
    if new_page:
        report.page_break()
    else:
        from reportlab.platypus import CondPageBreak

        report.story.append(CondPageBreak(height + 40))
    start = len(report.story)
    report.heading(heading)
    for index, data in enumerate(charts):
        report.story.append(chart_drawing(data, width, height, lang))
        if index == 0:
            report.keep_together(start)
        report.spacer(4)
