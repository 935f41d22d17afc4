"""Switching the language in Settings re-words every open area at once, as if the app had started in it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from soum_desk import i18n_build
from tests.bundle.conftest import open_demo_office
from tests.ui.visible_texts import CYRILLIC, left_over, walk


@pytest.fixture
def demo_window(qtbot, paths, data_templates):
    """A main window over the demo office (the head signed in), every area opened once, in Mongolian."""
    from soum_desk.ui.app import main_window_for
    from soum_desk.ui.i18n import install_language

    i18n_build.compile_qm()
    install_language("mn")
    ctx = open_demo_office(paths, data_templates)

    def make(lang: str):
        ctx.lang = lang
        install_language(lang)
        window = main_window_for(ctx, ctx.actor)
        qtbot.addWidget(window)
        window.show()
        for area in window.areas:
            window.open_area(area.key)
        qtbot.wait(300)  # the dashboard loads in the background
        return window

    yield make
    install_language("mn")


def figure_labels(review) -> list[str]:  # noqa: ANN001
    return [review.figures.itemAt(i).widget().text() for i in range(review.figures.count())]


def test_every_area_switches_language_live(qtbot, demo_window):
    from soum_desk.ui.admin.settings_dialog import switch_language

    window = demo_window("mn")
    bundle = window.views["bundle"]
    assert bundle.approve.text() == "Батлах" and "улирал" in bundle.period_edit.currentText()
    plans = window.views["plans"]
    plans.tabs.setCurrentIndex(2)  # the head's review with the period's figures
    assert "Нийт арга хэмжээ" in figure_labels(plans.review)
    switch_language(window.state, "en")
    qtbot.waitUntil(lambda: "Q" in window.views["dashboard"].heading.text(), timeout=10_000)
    live_english = walk(window, qtbot)
    assert bundle.approve.text() == "Approve" and bundle.period_edit.currentText().startswith("Q")
    assert bundle.keys_model.headerData(0, Qt.Orientation.Horizontal) == "Fingerprint"
    units = window.views["archive"].units
    retention = {units.model.index(r, 4).data() for r in range(units.model.rowCount())}
    assert retention and not any(CYRILLIC.search(t) for t in retention), retention
    assert "measures" in figure_labels(plans.review)

    fresh_english = walk(demo_window("en"), qtbot)
    assert left_over(live_english, fresh_english, CYRILLIC.search) == []

    switch_language(window.state, "mn")
    qtbot.waitUntil(lambda: "улирал" in window.views["dashboard"].heading.text(), timeout=10_000)
    assert bundle.approve.text() == "Батлах"
    live_mongolian = walk(window, qtbot)
    fresh_mongolian = walk(demo_window("mn"), qtbot)
    assert left_over(live_mongolian, fresh_mongolian, lambda t: re.search("[A-Za-z]{3}", t)) == []
