"""Bench-only child process: the GUI start-up of `soum-desk`.

Not part of the app: it lives in bench/ and takes the password from the benchmark's own
synthetic office (SOUM_DESK_PASSWORD).

    python -m bench.startup_app DATA_DIR USER
        signed in without the dialog: follows `soum_desk.ui.app.run_gui` step by step (as it was
        before issue 18's sign-in-first start-up), prints `SHOWN` at the main window's first paint.
    python bench/startup_app.py DATA_DIR USER --dialog SECONDS
        the real `soum-desk --data-dir DATA_DIR` (`soum_desk.cli.main`) with a clerk at the
        keyboard: prints `DIALOG` at the sign-in dialog's first paint, types the user name and the
        password and presses «Нэвтрэх» SECONDS later (typing), and prints `SHOWN <ms>` at the main
        window's first paint, <ms> counted from the press. Run by path so that the soum_desk it
        starts is the one on PYTHONPATH (a before/after tree).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time


def with_dialog(data_dir: str, username: str, typing_seconds: float) -> None:
    """Only Qt is loaded before `soum_desk.cli.main` runs: the QApplication made here is the one
    `make_application` would make (it reuses it), so nothing is done twice."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    app = QApplication([sys.argv[0]])
    pressed: list[float] = []

    def press(dialog) -> None:  # noqa: ANN001
        dialog.username.setText(username)
        dialog.password.setText(os.environ["SOUM_DESK_PASSWORD"])
        pressed.append(time.perf_counter())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    class FirstPaints(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
            if event.type() != QEvent.Type.Paint:
                return False
            kind = type(obj).__name__
            if kind == "LoginDialog" and not pressed and not getattr(self, "dialog", False):
                self.dialog = True
                print("DIALOG", flush=True)
                QTimer.singleShot(int(typing_seconds * 1000), lambda: press(obj))
            elif kind == "MainWindow" and pressed:
                print(f"SHOWN {(time.perf_counter() - pressed[0]) * 1000:.1f}", flush=True)
                app.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaints()
    app.installEventFilter(watcher)
    sys.argv = ["soum-desk", "--data-dir", data_dir]
    from soum_desk.cli import main as soum_desk

    with contextlib.suppress(SystemExit):  # run_gui's exit code
        soum_desk()


def main() -> None:
    data_dir, username = sys.argv[1], sys.argv[2]
    if "--dialog" in sys.argv:
        with_dialog(data_dir, username, float(sys.argv[sys.argv.index("--dialog") + 1]))
        return
    from PySide6.QtCore import QEvent, QObject

    from soum_desk.applog import setup_logging
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import settings, user_prefs, users
    from soum_desk.services.core.startup import check_defusedxml, open_context
    from soum_desk.ui.app import main_window_for, make_application
    from soum_desk.ui.crash_guard import install_crash_guard
    from soum_desk.ui.i18n import install_language

    app = make_application([sys.argv[0]])
    paths = resolve_paths(data_dir)
    install_crash_guard(setup_logging(paths.data_dir))
    install_language("mn")
    check_defusedxml()
    try:  # as run_gui: the quick check only after an unclean exit (since issue 18)
        from soum_desk.services.core import integrity

        ctx = open_context(paths, check=integrity.unclean_exit(paths))
    except ImportError:  # an older tree, for before/after figures
        ctx = open_context(paths)
    ctx.lang = settings.get(ctx, "ui.language")
    install_language(ctx.lang)
    actor = users.authenticate(ctx, username, os.environ["SOUM_DESK_PASSWORD"])
    lang = user_prefs.language_for(ctx, actor.username)  # as ui/session.SignInFlow.open_window
    if lang != ctx.lang:
        ctx.lang = lang
        install_language(lang)
    window = main_window_for(ctx, actor)

    class FirstPaint(QObject):
        def eventFilter(self, _obj, event) -> bool:  # noqa: ANN001, N802
            if event.type() == QEvent.Type.Paint:
                print("SHOWN", flush=True)
                app.quit()
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    ctx.dispose()


if __name__ == "__main__":
    main()
