"""GUI start-up: open the database, first-run set-up, sign in, main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from soum_desk import APP_NAME
from soum_desk.config import AppPaths, resources_dir
from soum_desk.errors import SoumDeskError

if TYPE_CHECKING:
    from soum_desk.services.context import Actor, AppContext
    from soum_desk.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "soumdesk.png")))
    return app


def run_gui(paths: AppPaths, *, lang: str | None = None, province: bool = False) -> int:
    from soum_desk.services import office, settings
    from soum_desk.services.startup import check_defusedxml, open_context
    from soum_desk.ui.i18n import install_language
    from soum_desk.ui.login_dialog import LoginDialog
    from soum_desk.ui.messages import error_text
    from soum_desk.ui.setup_dialog import SetupDialog

    app = make_application()
    install_language(lang or "mn")
    try:
        check_defusedxml()
        ctx = open_context(paths)
    except SoumDeskError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 3
    if not office.is_initialised(ctx) and not SetupDialog(ctx, province=province).exec():
        return 0
    ctx.lang = lang or settings.get(ctx, "ui.language")
    install_language(ctx.lang)
    login = LoginDialog(ctx)
    if not login.exec() or login.actor is None:
        return 0
    window = main_window_for(ctx, login.actor, province=province)
    window.show()
    return app.exec()


def main_window_for(ctx: AppContext, actor: Actor, *, province: bool = False) -> MainWindow:
    """The main window for a signed-in user (also used by the start-up benchmark)."""
    from soum_desk.services import office
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.main_window import MainWindow
    from soum_desk.ui.state import AppState

    province_mode = province or office.get_office(ctx)["is_province"]
    state = AppState(ctx=ctx.as_actor(actor), bus=DataBus(), province_mode=province_mode)
    return MainWindow(state)
