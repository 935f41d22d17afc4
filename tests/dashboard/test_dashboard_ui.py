"""The dashboard in the main window: true figures, tiles open filtered lists, the overdue panel."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from soum_desk.services.dashboard import figures as dashboard
from soum_desk.services.letters.queries import LetterFilter, count_letters
from soum_desk.services.petitions import queries as petitions_query
from soum_desk.ui.app import main_window_for


def _window(qtbot, ctx):
    window = main_window_for(ctx, ctx.actor)
    qtbot.addWidget(window)
    window.show()
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: view.summary is not None and bool(view.charts), timeout=20_000)
    return window, view


def _value(view, key):
    return view.tiles[key].value.text()


def test_dashboard_is_first_and_shows_true_figures(qtbot, demo_ctx):
    window, view = _window(qtbot, demo_ctx)
    assert window.areas[0].key == "dashboard"
    assert window.stack.currentWidget() is view
    pf = petitions_query.PetitionFilter
    assert _value(view, "petitions_overdue") == str(petitions_query.overdue_count(demo_ctx))
    assert _value(view, "petitions_open") == f"{petitions_query.count(demo_ctx, pf(status='open')):,}".replace(",", " ")
    assert _value(view, "petitions_due_soon") == str(petitions_query.count(demo_ctx, pf(due_soon=True)))
    assert _value(view, "letters_overdue") == str(count_letters(demo_ctx, LetterFilter(status="overdue")))
    assert len(view.charts) == 5
    assert view.findChild(type(view.charts_grid.itemAt(0).widget()), "chart_0") is not None


def test_a_tile_opens_the_filtered_list(qtbot, demo_ctx):
    window, view = _window(qtbot, demo_ctx)
    qtbot.mouseClick(view.tiles["petitions_overdue"], Qt.MouseButton.LeftButton)
    petitions = window.stack.currentWidget()
    assert petitions is window.views["petitions"]
    assert petitions.overdue.isChecked()
    assert petitions.model.total == petitions_query.overdue_count(demo_ctx)
    window.open_area("dashboard")
    qtbot.mouseClick(view.tiles["letters_overdue"], Qt.MouseButton.LeftButton)
    letters = window.stack.currentWidget()
    assert letters is window.views["letters"]
    assert letters.model.total == count_letters(demo_ctx, LetterFilter(status="overdue"))
    window.open_area("dashboard")
    qtbot.mouseClick(view.tiles["plans_reported"], Qt.MouseButton.LeftButton)
    plans = window.stack.currentWidget()
    assert plans is window.views["plans"]
    assert plans.entry.filter.currentData() == "not_reported"
    # by keyboard: a tile takes the focus and Enter opens its list
    window.open_area("dashboard")
    tile = view.tiles["petitions_overdue"]
    assert tile.focusPolicy() & Qt.FocusPolicy.TabFocus and tile.accessibleName()
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.views["petitions"]


def test_overdue_since_last_opened_panel(qtbot, demo_ctx):
    dashboard.mark_opened(demo_ctx, datetime.now() - timedelta(days=10))
    expected = dashboard.overdue_since(demo_ctx, datetime.now() - timedelta(days=10))
    window, view = _window(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: view.since_list.count() == len(expected), timeout=10_000)
    assert view.since_panel.isVisible() == bool(expected)
    assert dashboard.last_opened(demo_ctx).date() == datetime.now().date()


def test_refreshes_when_records_change(qtbot, demo_ctx):
    window, view = _window(qtbot, demo_ctx)
    first = view.summary
    view.summary = None
    window.state.bus.changed("petitions")
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10_000)
    assert view.summary["petitions"] == first["petitions"]
