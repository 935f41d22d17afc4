"""Issue 18: `soum-desk` shows its sign-in dialog before SQLAlchemy's ORM and the models are
loaded (they load on a thread while the clerk types); the password is checked and recorded as
before: a wrong one is told and audited, the right one opens the main window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from soum_desk.db.models import AuditEntry, User
from soum_desk.services.core import integrity
from soum_desk.services.core.startup import open_context
from soum_desk.ui import app as app_module
from soum_desk.ui.login_dialog import LoginDialog
from tests.conftest import CLERK_PASSWORD

# Run as `soum-desk --data-dir D`; the preload thread is held until the dialog has been shown,
# so what the GUI thread imported by then is what the dialog needed.
CHILD = """
import json, sys, threading
from PySide6.QtWidgets import QApplication
from soum_desk.ui import preload
from soum_desk.ui.login_dialog import LoginDialog

folder, password = sys.argv[1:3]
gate = threading.Event()
load = preload.Preload._load
preload.Preload._load = lambda self: (gate.wait(), load(self))
seen = {}

def sign_in(dialog):
    dialog.show()
    QApplication.processEvents()
    seen["shown"] = dialog.isVisible()
    seen["loaded"] = sorted(m for m in ("sqlalchemy.orm", "soum_desk.db.models") if m in sys.modules)
    gate.set()
    dialog.username.setText("clerk")
    dialog.password.setText(password)
    dialog.try_login()
    return dialog.actor is not None

def run(_app):
    seen["window"] = [w.windowTitle() for w in QApplication.topLevelWidgets()
                      if w.objectName() == "main_window" and w.isVisible()]
    return 0

LoginDialog.exec = sign_in
QApplication.exec = run
sys.argv = ["soum-desk", "--data-dir", folder]
try:
    from soum_desk.cli import main
    main()
except SystemExit as exc:
    seen["exit"] = exc.code
print(json.dumps(seen, ensure_ascii=False))
"""


def test_the_sign_in_dialog_shows_before_the_orm_is_loaded(ctx):
    ctx.dispose()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", CHILD, str(ctx.paths.data_dir), CLERK_PASSWORD], env=env,
                         capture_output=True, text=True, timeout=120, cwd=root)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["shown"] and seen["loaded"] == [], seen
    assert seen.get("exit") == 0 and len(seen.get("window", ())) == 1, (seen, out.stderr[-3000:])
    assert seen["window"][0].startswith("SoumDesk"), seen


def test_a_wrong_then_the_right_password_at_start_is_told_audited_and_opens_the_window(qtbot, ctx, monkeypatch):
    paths = ctx.paths
    ctx.dispose()
    told = []

    def sign_in(dialog):
        assert dialog.ctx is None  # the quick way: the ORM's context is not there yet
        dialog.username.setText("clerk")
        dialog.password.setText("not-the-password")
        dialog.try_login()
        told.append(dialog.error.text())
        dialog.password.setText(CLERK_PASSWORD)
        dialog.try_login()
        return dialog.actor is not None

    shown = []

    def app_exec(_app):
        shown.extend(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible())
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    monkeypatch.setattr(QApplication, "exec", app_exec)
    assert app_module.run_gui(paths) == 0
    assert told == ["Нэвтрэх нэр эсвэл нууц үг буруу байна."]
    assert len(shown) == 1 and shown[0].state.ctx.actor.username == "clerk"
    shown[0].state.ctx.dispose()
    assert not integrity.unclean_exit(paths)  # closed cleanly
    after = open_context(paths)
    try:
        with after.reading() as session:
            clerk = session.scalar(select(User).where(User.username == "clerk"))
            assert clerk is not None and clerk.failed_logins == 0 and clerk.last_login_at is not None
            log = [(e.action, e.entity_id, e.after) for e in
                   session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(2))]
        assert log == [("auth.login", str(clerk.id), None),
                       ("auth.login_failed", str(clerk.id), '{"failed_logins":1,"username":"clerk"}')]
    finally:
        after.dispose()


def test_cancelling_the_sign_in_at_start_ends_the_program(qtbot, ctx, monkeypatch):
    paths = ctx.paths
    ctx.dispose()
    monkeypatch.setattr(LoginDialog, "exec", lambda _dialog: False)
    assert app_module.run_gui(paths) == 0
    assert not integrity.unclean_exit(paths)


def test_lost_audit_entries_are_told_after_the_sign_in_before_the_window(qtbot, ctx, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from soum_desk.services.letters import actions as letters

    letters.register_letter(ctx, direction="in", reg_date="2024.01.10", counterpart="Аймгийн ЗДТГ", subject="Мэдээ")
    ctx.dispose()
    conn = sqlite3.connect(ctx.paths.sqlite_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
    conn.commit()
    conn.close()
    events = []

    def sign_in(dialog):
        dialog.username.setText("clerk")
        dialog.password.setText(CLERK_PASSWORD)
        dialog.try_login()
        events.append("signed in")
        return dialog.actor is not None

    def app_exec(_app):
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible()]
        events.append(f"{len(windows)} window")
        for window in windows:
            window.close()
            window.state.ctx.dispose()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    monkeypatch.setattr(QApplication, "exec", app_exec)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: events.append(text)))
    assert app_module.run_gui(ctx.paths) == 0
    assert events[0] == "signed in" and "Аудитын бүртгэлд 1 бичлэг дутуу" in events[1] and events[2] == "1 window"
