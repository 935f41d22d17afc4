"""The main window's menus come from the one action registry (soum_desk.ui.actions)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from soum_desk.ui import actions
from soum_desk.ui.app import main_window_for


def _stop_timers(window) -> None:  # noqa: ANN001
    window.idle_timer.stop()
    window.backup_timer.stop()


def test_menus_hold_the_registered_actions_with_their_shortcuts(qtbot, ctx):
    window = main_window_for(ctx, ctx.actor)
    qtbot.addWidget(window)
    _stop_timers(window)
    assert set(window.menu_actions) == {spec.key for spec in actions.ACTIONS}
    file_actions = [a for a in window.menu_file.actions() if not a.isSeparator()]
    assert [a.text() for a in file_actions] == ["Нөөц хуулбар…", "Тохиргоо…", "Гарах (хэрэглэгч солих)",
                                                "Програмыг хаах"]
    assert [a.text() for a in window.menu_help.actions()] == ["Хэрэглэгчийн гарын авлага", "Програмын тухай"]
    assert window.menu_file.actions()[2].isSeparator()  # sign-out and quit stand apart
    shortcuts = {key: window.menu_actions[key].shortcut() for key in ("settings", "quit", "guide")}
    # Settings and Quit are written out: Qt's Preferences and Quit standard keys are unbound on Windows.
    assert shortcuts == {"settings": QKeySequence("Ctrl+,"), "quit": QKeySequence("Ctrl+Q"),
                         "guide": QKeySequence(QKeySequence.StandardKey.HelpContents)}
    window.menu_actions["backup"].trigger()
    assert window.stack.currentWidget() is window.views["backup"]


def test_an_action_is_disabled_when_its_area_is_hidden(qtbot, viewer_ctx):
    window = main_window_for(viewer_ctx, viewer_ctx.actor)
    qtbot.addWidget(window)
    _stop_timers(window)
    assert not window.has_area("backup")
    assert not window.menu_actions["backup"].isEnabled()  # it used to raise StopIteration
    # and it says why (issue 14): the roles that may, and the user's own
    assert window.menu_actions["backup"].toolTip() == \
        "Үүнийг зөвхөн «Админ», «Ажилтан», «Тамгын газрын дарга» эрхтэй хэрэглэгч хийнэ; та «Харагч» эрхээр нэвтэрсэн."
    assert window.menu_actions["settings"].isEnabled()
