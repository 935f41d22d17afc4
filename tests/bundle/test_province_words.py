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


def test_a_closed_view_rereads_after_a_language_change_only_when_shown_again(qtbot, province_ctx):
    """A view behind another area (or closed) is not asked at the switch — its database may be gone
    by then — and re-reads, in the new language, when it is shown."""
    from soum_desk.ui.i18n import install_language
    from soum_desk.ui.province.offices_view import OfficesView

    view = OfficesView(AppState(province_ctx, DataBus(), province_mode=True))
    qtbot.addWidget(view)
    reads: list[int] = []
    view.refresh = lambda: reads.append(1)  # type: ignore[method-assign]
    try:
        install_language("en")
        qtbot.wait(20)  # the language change is delivered by the event loop
        assert reads == []
        view.show()
        qtbot.wait(20)
        assert reads == [1]
        install_language("mn")  # on screen now: at once
        qtbot.wait(20)
        assert reads == [1, 1]
    finally:
        install_language("mn")
