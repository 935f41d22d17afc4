"""Bench-only child process: the GUI start-up of `soum-desk`, signed in without the dialog.

Not part of the app: it lives in bench/ and takes the password from the benchmark's own
synthetic office. It follows `soum_desk.ui.app.run_gui` step by step, then prints
`SHOWN <seconds since interpreter start>` at the main window's first paint and quits.

    python -m bench.startup_app DATA_DIR USER   (password in SOUM_DESK_PASSWORD)
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    data_dir, username = sys.argv[1], sys.argv[2]
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
