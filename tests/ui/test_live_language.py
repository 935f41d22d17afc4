"""Switching the language in Settings re-words every open area at once, as if the app had started in it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from soum_desk import i18n_build
from tests.bundle.conftest import open_demo_office

CYRILLIC = re.compile("[А-Яа-яЁёӨөҮү]")


def visible_texts(root: QWidget) -> set[tuple[str, str]]:
    """(widget kind, text) of the labels, buttons, boxes, tabs, choices, placeholders and table cells
    under `root` (the first rows of each table)."""
    out: set[tuple[str, str]] = set()
    for w in [root, *root.findChildren(QWidget)]:
        kind = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, QLabel | QAbstractButton):
            out.add((kind, w.text()))
        elif isinstance(w, QGroupBox):
            out.add((kind, w.title()))
        elif isinstance(w, QTabWidget):
            out.update((kind, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            out.update((kind, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            out.add((kind, w.placeholderText()))
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            out.update((kind, str(model.headerData(c, Qt.Orientation.Horizontal)))
                       for c in range(model.columnCount()))
            out.update((kind, str(model.index(r, c).data())) for r in range(min(model.rowCount(), 5))
                       for c in range(model.columnCount()))
    return out


def walk(window, qtbot) -> dict[str, set[tuple[str, str]]]:
    seen = {}
    for area in window.areas:
        view = window.open_area(area.key)
        qtbot.wait(20)
        seen[area.key] = visible_texts(view)
    return seen


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


def left_over(live: dict, fresh: dict, wrong) -> list[str]:  # noqa: ANN001
    """Texts of the other language shown after the switch that a fresh start does not show."""
    return sorted(f"{area}: {kind} {text!r}" for area in live for kind, text in live[area] - fresh[area]
                  if wrong(text))


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
