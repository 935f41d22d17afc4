"""What a person reads on the screen: the visible texts of every area, to compare two languages."""

from __future__ import annotations

import re

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


def left_over(live: dict, fresh: dict, wrong) -> list[str]:  # noqa: ANN001
    """Texts of the other language shown after the switch that a fresh start does not show."""
    return sorted(f"{area}: {kind} {text!r}" for area in live for kind, text in live[area] - fresh[area]
                  if wrong(text))
