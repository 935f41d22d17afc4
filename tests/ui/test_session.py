"""Sign out and in as someone else, each user's language, the lock-out countdown, and disabled
actions that say why (issue 14)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QApplication, QPushButton

from soum_desk.errors import AuthenticationFailed
from soum_desk.services.core import settings, user_prefs, users
from soum_desk.ui.app import main_window_for
from soum_desk.ui.login_dialog import LoginDialog
from soum_desk.ui.session import SignInFlow
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, HEAD_PASSWORD, as_role


def _answers(monkeypatch, queue: list[tuple[str, str] | None]) -> list[str]:
    """LoginDialog.exec answered from `queue` (user, password), None = Cancel; returns the usernames shown."""
    prefilled: list[str] = []

    def fake_exec(dialog: LoginDialog) -> bool:
        prefilled.append(dialog.username.text())
        answer = queue.pop(0)
        if answer is None:
            return False
        dialog.username.setText(answer[0])
        dialog.password.setText(answer[1])
        dialog.try_login()
        return dialog.actor is not None

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    return prefilled


def _windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible()]


def test_sign_out_then_in_as_the_head_without_restarting(qtbot, ctx, monkeypatch):
    from soum_desk.ui.i18n import install_language

    prefilled = _answers(monkeypatch, [("clerk", CLERK_PASSWORD), ("head", HEAD_PASSWORD)])
    flow = SignInFlow(ctx)
    first = flow.sign_in()
    assert first is not None and first.state.ctx.actor.username == "clerk"
    assert not first.has_area("audit")
    first.menu_actions["sign_out"].trigger()  # File → «Гарах (хэрэглэгч солих)»
    qtbot.waitUntil(lambda: flow.window is not first, timeout=5000)
    second = flow.window
    assert second is not None and second.isVisible() and _windows() == [second]
    assert second.state.ctx.actor.username == "head" and second.has_area("audit")
    assert "Б.Дарга" in second.status_user.text()
    assert prefilled == ["", ""]  # the next user types their own name
    qtbot.waitUntil(lambda: not first.isVisible())
    assert not first.backup_timer.isActive() and not first.idle_timer.isActive()
    second.close()
    install_language("mn")


def test_cancelling_the_sign_in_after_sign_out_ends_the_program(qtbot, ctx, monkeypatch):
    _answers(monkeypatch, [("clerk", CLERK_PASSWORD), None])
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    flow = SignInFlow(ctx)
    window = flow.sign_in()
    assert window is not None
    assert flow.sign_out(window) is None
    assert quits == [True] and not window.isVisible()


def test_each_user_signs_in_to_their_own_language(qtbot, ctx, monkeypatch):
    from soum_desk.ui.admin.settings_dialog import SettingsDialog
    from soum_desk.ui.i18n import install_language

    _answers(monkeypatch, [("head", HEAD_PASSWORD), ("head", HEAD_PASSWORD), ("admin", ADMIN_PASSWORD)])
    flow = SignInFlow(ctx)
    try:
        window = flow.sign_in()
        assert window is not None and window.state.lang == "mn"
        dialog = SettingsDialog(window.state, window)  # the head may not change office settings …
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.save()  # … but chooses English for themself
        assert user_prefs.language_for(ctx, "head") == "en"
        assert settings.get(ctx, "ui.language") == "mn"  # the office's default is not theirs to change
        window = flow.sign_out(window)  # the head again: English, as chosen (it used to be lost)
        assert window is not None and window.state.lang == "en"
        assert window.menu_file.title() == "&File"
        window = flow.sign_out(window)  # the administrator never chose: the office's Mongolian
        assert window is not None and window.state.lang == "mn"
        assert QApplication.instance().property("soumdesk_lang") == "mn"
        window.close()
    finally:
        install_language("mn")


def test_a_forced_language_wins_over_the_users_own(qtbot, ctx, monkeypatch):
    from soum_desk.ui.i18n import install_language

    user_prefs.remember_language(as_role(ctx, "head"), "mn")
    _answers(monkeypatch, [("head", HEAD_PASSWORD)])
    try:
        window = SignInFlow(ctx, lang="en").sign_in()  # soum-desk --lang en
        assert window is not None and window.state.lang == "en"
        window.close()
    finally:
        install_language("mn")


def test_the_lock_out_message_counts_down(qtbot, ctx):
    settings.update_many(ctx, {"auth.max_failures": 3, "auth.lock_base_seconds": 60})
    for _ in range(3):  # the wrong passwords lock the account
        with contextlib.suppress(AuthenticationFailed):
            users.authenticate(ctx, "clerk", "wrong")
    now = [1000.0]
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.clock = lambda: now[0]
    login.username.setText("clerk")
    login.password.setText(CLERK_PASSWORD)
    login.try_login()
    assert login.actor is None
    first = login.error.text()
    assert "секундын дараа" in first and login.countdown.isActive()
    seconds = int(first.split("Бүртгэл түгжигдсэн байна. ")[1].split(" ")[0])
    assert 55 <= seconds <= 61
    now[0] += 20
    qtbot.waitUntil(lambda: login.error.text() != first, timeout=3000)  # the timer ticks each second
    assert f"{seconds - 20} секундын дараа" in login.error.text()
    now[0] += 60
    qtbot.waitUntil(lambda: not login.countdown.isActive(), timeout=3000)
    assert login.error.text() == "Түгжээ гарлаа. Нууц үгээ дахин оруулна уу."


def test_the_bundle_page_says_why_its_buttons_are_grey(qtbot, ctx):
    window = main_window_for(ctx, ctx.actor)  # the administrator: no signing, no approving
    qtbot.addWidget(window)
    window.stop_timers()
    view = window.open_area("bundle")
    assert not view.export.isEnabled() and not view.approve.isEnabled()
    assert view.role_note.isVisibleTo(view)
    assert "«Тамгын газрын дарга»" in view.role_note.text() and "«Админ»" in view.role_note.text()
    assert "«Тамгын газрын дарга»" in view.export.toolTip() and "«Админ»" in view.approve.toolTip()


def test_the_head_sees_no_note_on_the_bundle_page(qtbot, head_ctx):
    window = main_window_for(head_ctx, head_ctx.actor)
    qtbot.addWidget(window)
    window.stop_timers()
    view = window.open_area("bundle")
    assert view.export.isEnabled() and not view.role_note.isVisibleTo(view) and view.export.toolTip() == ""


def test_a_viewer_is_told_why_they_cannot_add_a_petition(qtbot, viewer_ctx):
    window = main_window_for(viewer_ctx, viewer_ctx.actor)
    qtbot.addWidget(window)
    window.stop_timers()
    view = window.open_area("petitions")
    assert not view.btn_new.isEnabled()
    assert "«Харагч»" in view.btn_new.toolTip()


def test_the_locked_screen_lets_another_user_sign_in(qtbot, ctx, monkeypatch):
    """The clerk left, the window locked: the head signs in from the locked screen, no restart."""
    _answers(monkeypatch, [("clerk", CLERK_PASSWORD), ("head", HEAD_PASSWORD)])
    flow = SignInFlow(ctx)
    first = flow.sign_in()
    assert first is not None
    real_exec = LoginDialog.exec

    def locked_exec(dialog: LoginDialog) -> bool:
        if dialog.username.isReadOnly():  # the locked screen: press «Өөр хэрэглэгчээр нэвтрэх»
            assert dialog.findChild(QPushButton, "login_switch_user").text() == "Өөр хэрэглэгчээр нэвтрэх"
            dialog.findChild(QPushButton, "login_switch_user").click()
            return False
        return real_exec(dialog)

    monkeypatch.setattr(LoginDialog, "exec", locked_exec)
    first.lock()
    qtbot.waitUntil(lambda: flow.window is not first, timeout=5000)
    assert flow.window is not None and flow.window.state.ctx.actor.username == "head"
    assert flow.window.isVisible()
    flow.window.close()


def test_read_only_settings_and_plan_buttons_say_why(qtbot, clerk_ctx, viewer_ctx):
    from soum_desk.ui.admin.settings_dialog import SettingsDialog
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.state import AppState

    dialog = SettingsDialog(AppState(ctx=clerk_ctx, bus=DataBus()))
    qtbot.addWidget(dialog)
    assert not dialog.tabs.widget(0).isEnabled()
    assert dialog.tabs.tabToolTip(0) == \
        "Үүнийг зөвхөн «Админ» эрхтэй хэрэглэгч хийнэ; та «Ажилтан» эрхээр нэвтэрсэн."
    assert dialog.tabs.tabToolTip(dialog.tabs.count() - 1) == ""  # the language is everyone's own
    window = main_window_for(viewer_ctx, viewer_ctx.actor)
    qtbot.addWidget(window)
    window.stop_timers()
    plans = window.open_area("plans")
    assert not plans.btn_new.isEnabled() and "«Харагч»" in plans.btn_new.toolTip()
    assert "«Харагч»" in plans.review.btn_approve.toolTip()
