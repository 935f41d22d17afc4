"""GUI start-up: open the database, first-run set-up, sign in, main window."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from soum_desk import APP_NAME
from soum_desk.config import AppPaths, resources_dir
from soum_desk.errors import DatabaseDamaged, SoumDeskError

if TYPE_CHECKING:
    from soum_desk.services.core.context import Actor, AppContext
    from soum_desk.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "soumdesk.png")))
    return app


def run_gui(paths: AppPaths, *, lang: str | None = None, province: bool = False) -> int:
    from soum_desk.applog import setup_logging
    from soum_desk.ui.crash_guard import install_crash_guard

    app = make_application()
    guard = install_crash_guard(setup_logging(paths.data_dir))
    code = 1
    try:
        code = _run(app, paths, lang=lang, province=province)
        return code
    finally:
        logging.getLogger(__name__).info("SoumDesk closed (exit code %s)", code)
        guard.restore()


def _run(app: QApplication, paths: AppPaths, *, lang: str | None, province: bool) -> int:
    from soum_desk.services.core import integrity, office, settings
    from soum_desk.services.core.startup import check_defusedxml, open_context
    from soum_desk.ui.i18n import install_language
    from soum_desk.ui.messages import error_text
    from soum_desk.ui.session import SignInFlow
    from soum_desk.ui.setup_dialog import SetupDialog

    install_language(lang or "mn")
    try:
        check_defusedxml()
        try:  # checked here only after a crash; else in the background after the first paint
            ctx = open_context(paths, check=integrity.unclean_exit(paths))
        except DatabaseDamaged as damaged:
            ctx = offer_recovery(paths, damaged)
            if ctx is None:
                return 3
    except SoumDeskError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 3
    integrity.mark_open(paths)
    try:
        first_user = ""
        if not office.is_initialised(ctx):
            setup = SetupDialog(ctx, province=province)
            if not setup.exec():
                return 0
            first_user = setup.admin.text().strip()
        ctx.lang = lang or settings.get(ctx, "ui.language")  # the office's default, until someone signs in
        install_language(ctx.lang)
        flow = SignInFlow(ctx, lang=lang, province=province)
        if flow.sign_in(first_user) is None:
            return 0
        return app.exec()
    finally:  # a crash or power cut leaves the marker: the next start checks before opening
        integrity.mark_closed(paths)


def offer_recovery(paths: AppPaths, damaged: DatabaseDamaged) -> AppContext | None:
    """Say the database is damaged; offer the newest good backup. None if not recovered."""
    from soum_desk.services.core import recovery
    from soum_desk.services.core.startup import open_context
    from soum_desk.ui.messages import confirm, error_text

    if damaged.backup is None:
        QMessageBox.critical(None, APP_NAME, error_text(damaged))
        return None
    question = QCoreApplication.translate(
        "recovery", "%1\n\nЭнэ нөөцөөс сэргээх үү? Эвдэрсэн файлыг устгахгүй, хажууд нь хадгална.")
    if not confirm(None, APP_NAME, question.replace("%1", error_text(damaged))):
        return None
    aside = recovery.replace_damaged_database(paths, damaged.backup)
    ctx = open_context(paths)
    recovery.record_recovery(ctx, damaged.backup, aside)
    done = QCoreApplication.translate("recovery", "Сэргээлээ. Эвдэрсэн файл: %1")
    QMessageBox.information(None, APP_NAME, done.replace("%1", str(aside)))
    return ctx




def main_window_for(ctx: AppContext, actor: Actor, *, province: bool = False) -> MainWindow:
    """The main window for a signed-in user (built in `ui/main_window`; kept here for its callers)."""
    from soum_desk.ui.main_window import main_window_for as build

    return build(ctx, actor, province=province)
