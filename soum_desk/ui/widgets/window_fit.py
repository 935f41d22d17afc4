"""Windows that fit the clerk's laptop and come back the size they were left.

Offices use 1366×768 laptops: the work area under the taskbar is about 1366×728, and a window's
title bar takes some 30 px more. A window asks for the size it would like; it gets at most what the
screen has. Sizes the clerk chose are kept per window (QSettings, an INI file in the user's profile)
and restored, clamped to the screen again (a laptop that was docked to a large monitor).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

from soum_desk.ui.widgets.column_fit import fit_columns

FRAME_ALLOWANCE = (16, 40)  # the window manager's borders and title bar, which resize() does not count
ORGANISATION, APPLICATION = "SoumDesk", "SoumDesk-window"
SETTINGS_FILE_ENV = "SOUM_DESK_UI_SETTINGS"  # another INI file (tests: one per test)
FIT_SAMPLE = 200  # rows measured for a column's width: a province's offices, a page of the audit log


def ui_settings() -> QSettings:
    """Where window sizes, column widths and last folders are kept (not the office's database)."""
    other = os.environ.get(SETTINGS_FILE_ENV)
    if other:
        return QSettings(other, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def screen_area(window: QWidget) -> QRect:
    """The work area of the screen the window is on (the primary one before it is shown)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted_size(window: QWidget, width: int, height: int) -> tuple[int, int]:
    """`width`×`height`, shrunk to what the screen's work area holds with the window's frame."""
    area = screen_area(window)
    return (min(width, area.width() - FRAME_ALLOWANCE[0]), min(height, area.height() - FRAME_ALLOWANCE[1]))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to the size the window would like, never larger than the screen."""
    window.resize(*fitted_size(window, width, height))


class _GeometryKeeper(QObject):
    """Saves the window's geometry when it is hidden (closed, accepted or rejected)."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self._key = key
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            ui_settings().setValue(f"geometry/{self._key}", watched.saveGeometry())
        return False


def remember_geometry(window: QWidget, key: str, width: int, height: int) -> None:
    """Give the window its remembered size (or `width`×`height` the first time), always within the
    screen, and remember the size the clerk leaves it at."""
    saved = ui_settings().value(f"geometry/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        fit_to_screen(window, window.width(), window.height())
        area = screen_area(window)
        if not area.intersects(window.frameGeometry()):  # left on a monitor that is gone
            window.move(area.topLeft())
    else:
        fit_to_screen(window, width, height)
    _GeometryKeeper(window, key)


_FITTING = "soumdesk_fitting"  # set on a header while the program (not the clerk) sizes its columns
_KEEPING = "soumdesk_keeping"  # set once the header saves the widths the clerk drags


def _header(table: QAbstractItemView) -> QHeaderView:
    return table.header() if isinstance(table, QTreeView) else table.horizontalHeader()  # type: ignore[attr-defined]


def _column_setting(key: str, count: int) -> str:
    return f"columns/{key}/{count}"  # a table whose columns changed starts afresh


def _saved_widths(key: str, count: int) -> list[int]:
    saved = ui_settings().value(_column_setting(key, count))
    if isinstance(saved, str) and saved:
        widths = [int(w) for w in saved.split(",") if w.strip().isdigit()]
        if len(widths) == count:
            return widths
    return []


def _apply_widths(header: QHeaderView, widths: list[int]) -> None:
    header.setProperty(_FITTING, True)
    try:
        for column, width in enumerate(widths):
            if width > 0 and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(column, width)
    finally:
        header.setProperty(_FITTING, False)


def _keep_dragged_widths(header: QHeaderView, key: str) -> None:
    """Save the widths after the clerk drags a column edge (not after the program sizes them)."""
    if header.property(_KEEPING):
        return
    header.setProperty(_KEEPING, True)
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(400)  # one write after a drag, not one per pixel

    def save() -> None:
        count = header.count()
        ui_settings().setValue(_column_setting(key, count),
                               ",".join(str(header.sectionSize(c)) for c in range(count)))

    def resized(*_args: object) -> None:
        if not header.property(_FITTING):
            timer.start()

    timer.timeout.connect(save)
    header.sectionResized.connect(resized)


def remember_columns(table: QAbstractItemView, key: str) -> None:
    """Give the table's columns the widths the clerk left them at (if the table still has the same
    columns) and keep the widths the clerk drags them to. Only widths: the sort order is the list's
    own business and restoring it would reload the list."""
    header = _header(table)
    widths = _saved_widths(key, header.count())
    if widths:
        _apply_widths(header, widths)
    _keep_dragged_widths(header, key)


def fit_columns_remembered(table: QAbstractItemView, key: str, fit: Callable[[], None] | None = None) -> None:
    """Size the columns for their contents (`fit`, default `column_fit.fit_columns` over the first
    `FIT_SAMPLE` rows) unless the clerk has dragged them before: then their widths come back, on
    every refresh of the list."""
    header = _header(table)
    widths = _saved_widths(key, header.count())
    header.setProperty(_FITTING, True)
    try:
        if widths:
            _apply_widths(header, widths)
        elif fit is not None:
            fit()
        elif isinstance(table, QTreeView):
            for column in range(header.count()):
                table.resizeColumnToContents(column)
        elif isinstance(table, QTableView):
            fit_columns(table, sample=FIT_SAMPLE)  # not resizeColumnsToContents: every cell's size hint (issue 18)
    finally:
        header.setProperty(_FITTING, False)
    _keep_dragged_widths(header, key)


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Put the splitter where the clerk left it and keep where they drag it."""
    saved = ui_settings().value(f"splitters/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(
        lambda *_args: ui_settings().setValue(f"splitters/{key}", splitter.saveState()))
