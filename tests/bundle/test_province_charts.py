"""Province charts: the ranking chart's bars are the ranking table's scores; submissions by status."""

from __future__ import annotations

from soum_desk.services.dashboard import charts as chart_series
from soum_desk.services.province import views as province_views
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState
from tests.bundle.conftest import register


def test_ranking_chart_and_submission_table(qtbot, province_ctx, make_office):
    from soum_desk.services.province import imports as province_import
    from soum_desk.ui.province.charts_view import STATUS_COLORS, ProvinceChartsView

    first, second = make_office("Алтанбулаг"), make_office("Мандал")
    register(province_ctx, first)
    register(province_ctx, second)
    province_import.import_files(province_ctx, [first.export("2024Q4")])
    ranked = province_views.ranking_table(province_ctx, "2024Q4")
    chart = chart_series.province_ranking(province_ctx, "2024Q4")
    scored = [r for r in ranked if r["score"] is not None]
    assert chart["categories"] == [r["name"] for r in scored]
    for final, penalty, row in zip(chart["series"][0]["values"], chart["series"][1]["values"], scored, strict=True):
        assert abs(final + penalty - row["score"]) < 0.01
    rows = chart_series.province_submissions(province_ctx, ["2024Q3", "2024Q4"])
    statuses = {r["name"]: r["statuses"] for r in rows}
    assert sorted(s["2024Q4"] for s in statuses.values()) in (["missing", "on_time"], ["late", "missing"])
    assert all(s["2024Q3"] == "missing" for s in statuses.values())
    view = ProvinceChartsView(AppState(province_ctx, DataBus(), province_mode=True))
    qtbot.addWidget(view)
    view.period.setText("2024Q4")
    view.count.setValue(2)
    view.data = None
    view.refresh()
    qtbot.waitUntil(lambda: view.error.text() or (view.data is not None and view.data["periods"][-1] == "2024Q4"),
                    timeout=20_000)
    assert view.error.text() == ""
    assert view.data["periods"] == ["2024Q3", "2024Q4"]
    assert view.table.rowCount() == 2
    item = view.table.item(0, 1)
    assert item.background().color().name() == STATUS_COLORS[item.data(0x0100)]
