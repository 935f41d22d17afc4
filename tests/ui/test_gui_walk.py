"""Issue 14: a walk through every area of the demo office on a 1366×768 laptop, in Mongolian and in
English, as a clerk would see it. It fails on a window larger than the screen, a button, label or
column header whose text is cut, and — in English — a button, header, tab, box title or hint still
in Mongolian."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QTabWidget,
    QWidget,
)

from soum_desk import i18n_build
from soum_desk.ui.widgets import window_fit
from tests.bundle.conftest import open_demo_office

LAPTOP = QRect(0, 0, 1366, 728)  # the work area of a 1366×768 screen under the taskbar
CYRILLIC = re.compile("[А-Яа-яЁёӨөҮү]")


def cut_texts(root: QWidget) -> list[str]:
    """Buttons, one-line labels and column headers whose text is wider than their room."""
    out: list[str] = []
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if button.isVisibleTo(root) and text:
            room = button.width() - (22 if isinstance(button, QCheckBox) else 8)
            menu = getattr(button, "menu", None)
            if menu is not None and menu() is not None:  # the menu arrow takes room
                room -= button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
            if button.fontMetrics().horizontalAdvance(text) > room:
                out.append(f"button «{text}» ({button.width()} px)")
    for label in root.findChildren(QLabel):
        text = label.text()
        one_line = (label.isVisibleTo(root) and text and not label.wordWrap() and "<" not in text
                    and label.textFormat() != Qt.TextFormat.RichText)
        if one_line and max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n")) > label.width() + 1:
            out.append(f"label «{text[:60]}» ({label.width()} px)")
    for table in root.findChildren(QTableView):
        if not table.isVisibleTo(root) or table.model() is None:
            continue
        header = table.horizontalHeader()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(table.model().columnCount()):
            text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            if not header.isSectionHidden(column) and (
                    header.fontMetrics().horizontalAdvance(text) + margin > header.sectionSize(column)):
                out.append(f"header «{text}» ({header.sectionSize(column)} px)")
    return out


def mongolian_chrome(root: QWidget) -> list[str]:
    """The program's own words (not the office's records) still in Mongolian."""
    texts: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTableView) and w.model() is not None:
            texts += [str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(w.model().columnCount())]
    return sorted({t for t in texts if CYRILLIC.search(t)})


SMALL_LAPTOP = QRect(0, 0, 1280, 680)  # a 1280×720 screen under the taskbar


@pytest.fixture(params=[LAPTOP, SMALL_LAPTOP], ids=["1366x768", "1280x720"])
def laptop(monkeypatch, request) -> QRect:
    monkeypatch.setattr(window_fit, "screen_area", lambda _window: request.param)
    return request.param


@pytest.mark.parametrize("lang", ["mn", "en"])
def test_every_area_fits_the_laptop_and_speaks_one_language(qtbot, paths, data_templates, laptop, lang):
    from soum_desk.ui.app import main_window_for
    from soum_desk.ui.i18n import install_language

    i18n_build.compile_qm()
    ctx = open_demo_office(paths, data_templates)
    ctx.lang = lang
    install_language(lang)
    try:
        window = main_window_for(ctx, ctx.actor)
        qtbot.addWidget(window)
        window.resize(laptop.width() - 16, laptop.height() - 40)  # maximised under the title bar
        window.show()
        problems: list[str] = []
        assert window.width() + 16 <= laptop.width() and window.height() + 40 <= laptop.height()
        for area in window.areas:
            view = window.open_area(area.key)
            qtbot.wait(200)  # background loads and column fitting
            problems += [f"{area.key}: {p}" for p in cut_texts(view)]
            if lang == "en":
                problems += [f"{area.key}: Mongolian «{t}»" for t in mongolian_chrome(view)]
            assert window.width() + 16 <= laptop.width(), (area.key, window.size())
        assert problems == []
    finally:
        install_language("mn")
        ctx.dispose()
