"""Issue 14: the province's import screen reads as a person reads — refusals with the time in the
office's format and the verdict in words, held bundles with the period in words, the arrival date
dotted and the reason in Mongolian — not «2026-12-04T08:56:17», «unknown_office», «2024Q4»."""

from __future__ import annotations

from soum_desk.ui.bus import DataBus
from soum_desk.ui.province.import_view import held_reason
from soum_desk.ui.state import AppState
from tests.bundle.conftest import register


def test_refusals_read_in_words(qtbot, province_ctx, make_office):
    from soum_desk.ui.province.import_view import ImportView

    good, stranger = make_office("Алтанбулаг"), make_office("Мандал")
    register(province_ctx, good)
    view = ImportView(AppState(province_ctx, DataBus(), province_mode=True))
    qtbot.addWidget(view)
    view.import_files([good.export("2024Q4"), stranger.export("2024Q4")])
    qtbot.waitUntil(lambda: view.results.rowCount() == 2, timeout=20_000)
    assert view.refusals.rowCount() == 1
    when, verdict = str(view.refusals.value(0, 0)), str(view.refusals.value(0, 3))
    assert "T" not in when and when.count(".") == 2, when
    assert verdict != "unknown_office" and any("а" <= ch <= "я" for ch in verdict.lower()), verdict


def test_a_held_bundles_reason_is_told_in_mongolian():
    row = {"reason": "Bundles 2…3 are missing; held for review."}
    assert held_reason(row) == "№2…№3 багц ирээгүй байна; хянуулахаар хадгаллаа."
