"""The self-test's Qt check (`soum_desk.selftest`): plugins, icon, main window with every area.

Runs offscreen unless a platform is set, so it works without a screen and shows nothing.
The self-test passes the exception that marks a failed check, so this module does not
import `soum_desk.selftest` (which imports it when the check runs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from soum_desk.services.core.context import AppContext


def check_main_window(ctx: AppContext, failed: type[Exception] = RuntimeError) -> str:
    """What the window check found; raises `failed` when something is wrong."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QApplication

    from soum_desk.ui.app import make_application
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.main_window import MainWindow
    from soum_desk.ui.state import AppState

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    found = {p.name.split(".")[0].removeprefix("lib") for p in plugins.glob("*")}
    missing = {native, "qoffscreen"} - found
    if missing:
        raise failed(f"Qt platform plugins missing in {plugins}: {sorted(missing)}")
    app = make_application([sys.argv[0]])
    if app.windowIcon().isNull():
        raise failed("the program icon (resources/icons/soumdesk.png) did not load")
    window = MainWindow(AppState(ctx=ctx, bus=DataBus()))
    try:
        for area in window.areas:  # every area's view is built, as a clerk opening each would
            window.area_view(area.key)
        window.grab()
        QApplication.processEvents()
        shown = len(window.areas)
    finally:
        window.idle_timer.stop()
        window.backup_timer.stop()
        app.removeEventFilter(window)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return f"{app.platformName()}: main window with {shown} areas; plugins {native}, qoffscreen present"
