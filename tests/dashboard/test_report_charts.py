"""The PDF reports carry a chart page drawn from the same series."""

from __future__ import annotations

from datetime import date

from soum_desk.domain.periods import Period
from soum_desk.reports.charts import chart_drawing
from soum_desk.services.petitions import charts as petitions_charts
from soum_desk.services.petitions import report as petitions_reports
from soum_desk.services.petitions import stats as petitions_stats
from tests.dashboard.test_chart_series import _petitions


def test_petitions_report_charts_are_the_report_figures(ctx, tmp_path):
    _petitions(ctx, 400)
    period = Period.parse("2024H2")
    charts = petitions_charts.petitions_report_charts(ctx, period, period.end)
    assert charts[0]["categories"] == ["2024Q3", "2024Q4"]
    for code, received in zip(charts[0]["categories"], charts[0]["series"][0]["values"], strict=True):
        assert received == petitions_stats.figures_dict(ctx, code)["received"]
    assert sum(charts[1]["series"][0]["values"]) == petitions_stats.figures_dict(ctx, period)["received"]
    with_charts = petitions_reports.make_report(ctx, period, "pdf", tmp_path / "p.pdf")
    assert with_charts.read_bytes().count(b"/Type /Page\n") >= 2 or with_charts.stat().st_size > 10_000


def test_chart_drawing_renders_in_both_languages(ctx):
    from reportlab.graphics import renderPDF

    _petitions(ctx, 200)
    data = petitions_charts.petitions_by_quarter(ctx, [2024], today=date(2025, 2, 1))
    for lang in ("mn", "en"):
        assert renderPDF.drawToString(chart_drawing(data, 500, 200, lang)).startswith(b"%PDF")
