"""The GUI shell: first set-up, sign-in, the Mongolian main window and its status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QListWidget

from soum_desk.domain.periods import Period
from soum_desk.services.core import office, users
from soum_desk.ui.app import main_window_for
from soum_desk.ui.login_dialog import LoginDialog
from soum_desk.ui.setup_dialog import SetupDialog
from tests.conftest import as_role


def test_setup_then_login_then_mongolian_main_window(qtbot, blank_ctx):
    setup = SetupDialog(blank_ctx)
    qtbot.addWidget(setup)
    setup.aimag.setCurrentIndex(setup.aimag.findData("MN-065"))
    setup.soum.setText("Есөнбулаг")
    assert setup.office_name.text() == "Есөнбулаг сумын Засаг даргын Тамгын газар"
    setup.admin_name.setText("Д.Админ")
    setup.password.setText("admin-pass-1")
    setup.password2.setText("admin-pass-1")
    setup.create()
    assert setup.result() == SetupDialog.DialogCode.Accepted, setup.error.text()
    assert office.is_initialised(blank_ctx)
    assert "5-р баг" in office.get_office(blank_ctx)["bags"]  # demo data was offered and ticked

    login = LoginDialog(blank_ctx)
    qtbot.addWidget(login)
    login.username.setText("admin")
    login.password.setText("admin-pass-1")
    login.try_login()
    assert login.actor is not None and login.actor.role == "admin"

    window = main_window_for(blank_ctx, login.actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "SoumDesk — Засаг даргын Тамгын газрын ажлын програм"
    status = " | ".join(w.text() for w in window.statusBar().findChildren(QLabel))
    assert "Есөнбулаг сумын Засаг даргын Тамгын газар" in status
    assert "Д.Админ (Админ)" in status
    assert Period.containing(date.today()).label("mn") in status
    nav = window.findChild(QListWidget, "nav")
    titles = [nav.item(i).text() for i in range(nav.count())]
    for title in ("Төлөвлөгөөний биелэлт", "Өргөдөл, гомдол", "Албан бичиг", "Архив", "Аудитын бүртгэл",
                  "Нөөц хуулбар"):
        assert title in titles
    assert "Багц хүлээн авах" not in titles  # province areas only in province mode
    assert titles[0] == "Хяналтын самбар"  # the dashboard is the first area


def test_setup_refuses_different_passwords(qtbot, blank_ctx):
    setup = SetupDialog(blank_ctx)
    qtbot.addWidget(setup)
    setup.aimag.setCurrentIndex(setup.aimag.findData("MN-049"))
    setup.soum.setText("Есөнбулаг")
    setup.password.setText("admin-pass-1")
    setup.password2.setText("admin-pass-2")
    setup.create()
    assert "таарахгүй" in setup.error.text()
    assert not office.is_initialised(blank_ctx)


def test_wrong_password_shows_the_error_label(qtbot, ctx):
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.username.setText("clerk")
    login.password.setText("not-the-password")
    login.try_login()
    assert login.actor is None
    assert login.error.text() == "Нэвтрэх нэр эсвэл нууц үг буруу байна."
    assert login.password.text() == ""
    assert login.result() != LoginDialog.DialogCode.Accepted


def test_areas_follow_the_role(qtbot, ctx, clerk_ctx, viewer_ctx):
    records = {"dashboard", "plans", "petitions", "letters", "archive"}
    for actor_ctx, present, absent in ((ctx, records | {"audit", "backup"}, {"province_import"}),
                                       (clerk_ctx, records | {"backup"}, {"audit", "province_import"}),
                                       (viewer_ctx, records, {"audit", "backup", "province_import"})):
        window = main_window_for(actor_ctx, actor_ctx.actor)
        qtbot.addWidget(window)
        keys = {a.key for a in window.areas}
        assert present <= keys and not (absent & keys), (actor_ctx.actor.role, keys)
        assert window.areas[0].key == "dashboard"


def test_idle_lock_signs_in_again(qtbot, ctx, monkeypatch):
    window = main_window_for(ctx, ctx.actor)
    qtbot.addWidget(window)
    window.show()

    def fake_exec(dialog):
        dialog.password.setText("admin-pass-1")
        dialog.try_login()
        return dialog.actor is not None

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    window.lock()
    assert window.isVisible()
    assert users.list_users(window.state.ctx)


def test_run_gui_walks_through_setup_and_login(qtbot, paths, monkeypatch):
    """The real start-up path of `soum-desk` with no subcommand, dialogs answered by the test."""
    from PySide6.QtWidgets import QApplication

    from soum_desk.ui import app as app_module

    def setup_exec(dialog):
        dialog.create()
        assert dialog.error.text() == "Аймгаа сонгоно уу."  # no aimag is chosen for you
        dialog.aimag.setCurrentIndex(dialog.aimag.findData("MN-065"))
        dialog.soum.setText("Есөнбулаг")
        dialog.password.setText("admin-pass-1")
        dialog.password2.setText("admin-pass-1")
        dialog.demo.setChecked(False)
        dialog.create()
        return dialog.result()

    def login_exec(dialog):
        assert dialog.username.text() == "admin"  # the administrator just created is filled in
        dialog.password.setText("admin-pass-1")
        dialog.try_login()
        return dialog.actor is not None

    shown = []

    def app_exec(_app):
        shown.extend(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible())
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(SetupDialog, "exec", setup_exec)
    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    monkeypatch.setattr(QApplication, "exec", app_exec)
    assert app_module.run_gui(paths) == 0
    assert len(shown) == 1
    assert shown[0].windowTitle().startswith("SoumDesk — Засаг даргын")
    shown[0].state.ctx.dispose()


def test_gui_offers_the_newest_good_backup_for_a_damaged_database(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from soum_desk.services.core import backup
    from soum_desk.ui import app as app_module
    from tests.services.test_recovery import damage

    good = backup.make_backup(ctx)
    paths = ctx.paths
    ctx.dispose()
    damage(paths.sqlite_path)
    asked = []
    monkeypatch.setattr("soum_desk.ui.messages.confirm", lambda _p, _t, text: asked.append(text) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    from soum_desk.errors import DatabaseDamaged
    from soum_desk.services.core.startup import open_context

    try:
        open_context(paths)
    except DatabaseDamaged as exc:
        recovered = app_module.offer_recovery(paths, exc)
    assert good.path.name in asked[0] and "сэргээх үү" in asked[0]
    assert office.get_office(recovered)["name"].startswith("Есөнбулаг")
    recovered.dispose()


def test_status_bar_warns_until_a_backup_is_made(qtbot, ctx):
    from soum_desk.services.core import backup

    window = main_window_for(ctx, ctx.actor)
    qtbot.addWidget(window)
    assert window.status_backup.text() == "Нөөц хуулбар хийгдээгүй байна"
    old = backup.make_backup(ctx, reason="auto")
    stale = old.path.with_name(backup.backup_file_name("auto", old.created_at.replace(year=2020)))
    old.path.rename(stale)
    window.state.bus.changed("backup")
    assert window.status_backup.text() == "Нөөц хуулбар 48 цагаас хуучин байна"
    backup.make_backup(ctx)
    window.state.bus.changed("backup")
    assert window.status_backup.text() == ""


def test_a_failed_automatic_backup_shows_in_the_status_bar_with_its_reason(qtbot, ctx, monkeypatch):
    """The timer's backup fails: the clerk reads why in the status bar, until one succeeds (issue 14)."""
    import sqlite3

    from soum_desk.services.core import backup

    window = main_window_for(ctx, as_role(ctx, "clerk").actor)
    qtbot.addWidget(window)
    window.stop_timers()
    monkeypatch.setattr(backup, "_copy_database",
                        lambda *_a: (_ for _ in ()).throw(sqlite3.OperationalError("database or disk is full")))
    monkeypatch.setattr(backup, "auto_backup_due", lambda _ctx: True)
    window.auto_backup()
    qtbot.waitUntil(lambda: "амжилтгүй" in window.status_backup.text(), timeout=10_000)
    assert window.status_backup.text() == \
        "Автомат нөөц хуулбар амжилтгүй: Диск дүүрсэн байна. Зай чөлөөлөөд дахин оролдоно уу."
    monkeypatch.undo()
    monkeypatch.setattr(backup, "auto_backup_due", lambda _ctx: True)
    window.auto_backup()
    qtbot.waitUntil(lambda: window.status_backup.text() == "", timeout=10_000)


def test_damage_found_after_the_first_paint_is_told_in_the_status_bar_and_a_dialog(qtbot, ctx, monkeypatch):
    """Issue 18/19: the full integrity check runs in the background once the window is shown."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    db = ctx.paths.sqlite_path
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE probe (word TEXT)")
    conn.execute("INSERT INTO probe VALUES ('ЦЭЦЭРЛЭГ-ХУВИРСАН-БАЙТ')")
    conn.execute("CREATE INDEX ix_probe ON probe (word)")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    data[data.index("ЦЭЦЭРЛЭГ-ХУВИРСАН-БАЙТ".encode())] ^= 0x01
    db.write_bytes(bytes(data))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: told.append(text))
    window = main_window_for(ctx, ctx.actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "эвдэрсэн" in window.status_integrity.text()
    assert "нөөцөөс сэргээнэ" in told[0] and "damaged" not in told[0].split("\n")[0]


def test_a_sound_database_says_nothing_after_the_first_paint(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: told.append(text))
    window = main_window_for(ctx, ctx.actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(1500)
    assert not told and window.status_integrity.text() == ""
