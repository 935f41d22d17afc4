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
from soum_desk.errors import DatabaseDamaged, SoumDeskError, UserError

if TYPE_CHECKING:
    from soum_desk.services.core.context import Actor, AppContext
    from soum_desk.services.core.quick_open import QuickOffice
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
    from soum_desk.services.core import integrity
    from soum_desk.services.core.quick_open import open_for_sign_in
    from soum_desk.services.core.start_checks import check_defusedxml
    from soum_desk.ui.i18n import install_language
    from soum_desk.ui.messages import error_text

    install_language(lang or "mn")
    try:
        check_defusedxml()
        try:  # checked here only after a crash; else in the background after the first paint
            unclean = integrity.unclean_exit(paths)
            quick = open_for_sign_in(paths, check=unclean)
            if quick is not None:  # issue 18: the sign-in dialog before the ORM is loaded
                return _sign_in_while_loading(app, quick, lang=lang, province=province)
            from soum_desk.services.core.startup import open_context

            ctx = open_context(paths, check=unclean)
        except DatabaseDamaged as damaged:
            recovered = offer_recovery(paths, damaged)
            if recovered is None:
                return 3
            ctx = recovered
    except SoumDeskError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 3
    return _set_up_and_sign_in(app, ctx, lang=lang, province=province)


def _set_up_and_sign_in(app: QApplication, ctx: AppContext, *, lang: str | None, province: bool) -> int:
    """A new office (set-up first), one to migrate, a database server, a recovered file: the
    database is opened through the ORM before the sign-in dialog."""
    from soum_desk.services.core import integrity, office, settings
    from soum_desk.ui.i18n import install_language
    from soum_desk.ui.session import SignInFlow
    from soum_desk.ui.setup_dialog import SetupDialog

    warn_lost_audit_entries(ctx)
    integrity.mark_open(ctx.paths)
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
        integrity.mark_closed(ctx.paths)


def _sign_in_while_loading(app: QApplication, quick: QuickOffice, *, lang: str | None, province: bool) -> int:
    """A set-up SQLite office at this schema: the sign-in dialog at once, the ORM and the main
    window's code loading behind it (`ui/preload`), the password checked on plain sqlite3 and
    written through the ORM. The audit log's loss warning comes after the sign-in, before the window."""
    from soum_desk.services.core import integrity
    from soum_desk.ui.i18n import install_language
    from soum_desk.ui.login_dialog import LoginDialog
    from soum_desk.ui.preload import Preload, start_after_first_paint

    integrity.mark_open(quick.paths)
    try:
        preload = Preload(quick)
        install_language(lang or quick.language)  # the office's default, until someone signs in
        login = LoginDialog(None, check=preload.sign_in)
        start_after_first_paint(login, preload)
        try:
            actor = login.actor if login.exec() else None
        finally:
            login.deleteLater()
        if actor is None:
            preload.close()
            return 0
        from soum_desk.ui.session import SignInFlow

        ctx = preload.context()
        ctx.lang = lang or quick.language
        _tell(preload.audit_warning)
        flow = SignInFlow(ctx, lang=lang, province=province)  # kept while the program runs (sign-out)
        flow.open_window(actor)
        return app.exec()
    finally:
        integrity.mark_closed(quick.paths)


def warn_lost_audit_entries(ctx: AppContext) -> None:
    """Tell the clerk at start when the audit log no longer reaches the head kept beside the
    database (the latest saved work lost after a crash, or the log cut); the app goes on."""
    from soum_desk.services.core.startup import audit_warning

    _tell(audit_warning(ctx))


def _tell(warning: UserError | None) -> None:
    from soum_desk.ui.messages import error_text

    if warning is not None:
        QMessageBox.warning(None, APP_NAME, error_text(warning))


def offer_recovery(paths: AppPaths, damaged: DatabaseDamaged) -> AppContext | None:
    """Say the database is damaged; offer the newest good backup. None if not recovered."""
    from soum_desk.services.core import recovery
    from soum_desk.services.core.startup import open_context
    from soum_desk.ui.login_dialog import LoginDialog
    from soum_desk.ui.messages import confirm, error_text

    if damaged.backup is None:
        QMessageBox.critical(None, APP_NAME, error_text(damaged))
        return None
    question = QCoreApplication.translate(
        "recovery", "%1\n\nЭнэ нөөцөөс сэргээх үү? Эвдэрсэн файлыг устгахгүй, хажууд нь хадгална.")
    if not confirm(None, APP_NAME, question.replace("%1", error_text(damaged))):
        return None
    backup_file = damaged.backup
    sign_in = LoginDialog(None, check=lambda name, password: recovery.sign_in_to_backup(backup_file, name, password),
                          note=QCoreApplication.translate(
                              "recovery", "Нөөц файлын админы нэр, нууц үгээр нэвтэрнэ үү: нөөцийн хэрэглэгчид "
                                          "сэргээсний дараа програмын хэрэглэгчид болно."))
    if not sign_in.exec():
        return None
    aside, actor = recovery.replace_damaged_database(paths, backup_file, sign_in.username.text(),
                                                     sign_in.password.text())
    ctx = open_context(paths)
    recovery.record_recovery(ctx, backup_file, aside, actor)
    done = QCoreApplication.translate("recovery", "Сэргээлээ. Эвдэрсэн файл: %1")
    QMessageBox.information(None, APP_NAME, done.replace("%1", str(aside)))
    return ctx


def main_window_for(ctx: AppContext, actor: Actor, *, province: bool = False) -> MainWindow:
    """The main window for a signed-in user (built in `ui/main_window`; kept here for its callers)."""
    from soum_desk.ui.main_window import main_window_for as build

    return build(ctx, actor, province=province)
