"""The main window: navigation list of areas, a stack of area views, status bar, menus."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from soum_desk import APP_NAME
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import allows
from soum_desk.services.core import backup, office, settings, users
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.ui import area_list
from soum_desk.ui.actions import ACTIONS, MENUS
from soum_desk.ui.areas import AreaSpec
from soum_desk.ui.role_notes import why_not
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import remember_geometry

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    sign_out_requested = Signal()  # File → Sign out; `ui/session.SignInFlow` asks who comes next

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.setObjectName("main_window")
        self.areas: list[AreaSpec] = [
            a for a in area_list.AREAS
            if allows(state.ctx.actor.role, a.permission)
            and not (a.office_only and state.province_mode)
            and not (a.province_only and not state.province_mode)
        ]
        self.views: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setMaximumWidth(240)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        for area in self.areas:
            item = QListWidgetItem(area.title())
            item.setData(0x0100, area.key)
            self.nav.addItem(item)
            placeholder = QWidget()
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self.show_area)
        self.status_office = QLabel()
        self.status_user = QLabel()
        self.status_period = QLabel()
        self.status_backup = QLabel()
        self.status_backup.setObjectName("status_backup")
        self.status_backup.setStyleSheet("color: #b00020; padding: 0 10px")
        self.auto_backup_error = ""  # why the last automatic backup failed, until one succeeds
        self.can_switch_user = False  # set by `ui/session.SignInFlow`, which handles sign_out_requested
        self.status_integrity = QLabel()  # the background integrity check's finding, if any
        self.status_integrity.setObjectName("status_integrity")
        self.status_integrity.setStyleSheet("color: #b00020; font-weight: bold; padding: 0 10px")
        self.integrity_problem = ""
        self._integrity_started = False
        self.statusBar().addWidget(self.status_integrity)
        self.statusBar().addWidget(self.status_backup)
        for label in (self.status_office, self.status_user, self.status_period):
            label.setStyleSheet("padding: 0 10px")
            self.statusBar().addPermanentWidget(label)
        self._build_menus()
        self.retranslate()
        remember_geometry(self, "main_window", 1200, 760)
        if self.areas:
            self.nav.setCurrentRow(0)
        self._setup_timers()
        state.bus.records_changed.connect(self._on_records_changed)

    def _on_records_changed(self, kind: str) -> None:
        if kind in ("*", "settings", "office", "backup"):
            self.refresh_status()

    # --- areas -------------------------------------------------------------
    def area_view(self, key: str) -> QWidget:
        """The view of area `key`, created on first use (keeps start-up fast)."""
        if key not in self.views:
            index = next(i for i, a in enumerate(self.areas) if a.key == key)
            view = self.areas[index].factory(self.state)
            view.setObjectName(f"area_{key}")
            old = self.stack.widget(index)
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.views[key] = view
        return self.views[key]

    def show_area(self, row: int) -> None:
        if row < 0:
            return
        key = self.areas[row].key
        view = self.area_view(key)
        self.stack.setCurrentWidget(view)

    def open_area(self, key: str) -> QWidget:
        row = next(i for i, a in enumerate(self.areas) if a.key == key)
        self.nav.setCurrentRow(row)
        return self.views[key]

    def has_area(self, key: str) -> bool:
        return any(a.key == key for a in self.areas)

    # --- menus and status ---------------------------------------------------
    def _build_menus(self) -> None:
        """The menu bar, from the one registry of actions (`soum_desk.ui.actions`)."""
        self.menus: dict[str, QMenu] = {}
        for menu in MENUS:
            self.menus[menu.key] = self.menuBar().addMenu("")
            self.menus[menu.key].setToolTipsVisible(True)
        self.menu_file, self.menu_help = self.menus["file"], self.menus["help"]
        self.menu_actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = QAction(self)
            action.setObjectName(f"action_{spec.key}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, spec=spec: spec.handler(self))
            if spec.separator_before:
                self.menus[spec.menu].addSeparator()
            self.menus[spec.menu].addAction(action)
            self.menu_actions[spec.key] = action
        self.update_actions()

    def update_actions(self) -> None:
        for spec in ACTIONS:
            if spec.enabled_if is not None:
                action = self.menu_actions[spec.key]
                action.setEnabled(spec.enabled_if(self))
                if spec.permission is not None:  # a disabled action says why
                    action.setToolTip("" if action.isEnabled() else why_not(self.state.ctx.actor.role, spec.permission))

    def retranslate(self) -> None:
        subtitle = self.tr("Засаг даргын Тамгын газрын ажлын програм")
        self.setWindowTitle(f"{APP_NAME} — {subtitle}")
        for menu in MENUS:
            self.menus[menu.key].setTitle(menu.title())
        for spec in ACTIONS:
            self.menu_actions[spec.key].setText(spec.text())
        self.update_actions()
        for row, area in enumerate(self.areas):
            self.nav.item(row).setText(area.title())
        # as wide as the longest area name, no wider: on a 1366 px laptop every pixel is the list's
        nav_width = max(140, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12)
        self.nav.setMaximumWidth(nav_width)
        splitter = self.centralWidget()
        if isinstance(splitter, QSplitter) and not getattr(self, "_nav_sized", False):
            # once: a language switch must not undo a width the clerk dragged
            splitter.setSizes([nav_width, max(splitter.width() - nav_width, 1)])
            self._nav_sized = True
        self.refresh_status()

    def refresh_status(self) -> None:
        ctx = self.state.ctx
        info = office.get_office(ctx)
        self.status_office.setText(f"{info['name']}")
        actor = ctx.actor
        self.status_user.setText(f"{actor.full_name or actor.username} ({users.role_label(actor.role, ctx.lang)})")
        period = Period.containing(date.today(), "Q")
        self.status_period.setText(self.tr("Улирал: %1").replace("%1", period.label(ctx.lang)))
        warning = self._backup_warning()
        self.status_backup.setText(warning)
        self.status_backup.setToolTip(warning)

    def _backup_warning(self) -> str:
        """A red note in the status bar: the automatic backup failed (and why), or the newest
        backup is older than the setting allows."""
        if self.state.ctx.paths.sqlite_path is None:
            return ""
        failure = backup.last_auto_failure(self.state.ctx)
        reason = self.auto_backup_error if failure is None else failure["en" if self.state.lang == "en" else "mn"]
        if reason:
            return self.tr("Автомат нөөц хуулбар амжилтгүй: %1").replace("%1", reason)
        newest = next(iter(backup.list_backups(self.state.ctx)), None)
        hours = int(settings.get(self.state.ctx, "backup.warn_age_hours"))
        if newest is None:
            return self.tr("Нөөц хуулбар хийгдээгүй байна")
        if (datetime.now() - newest.created_at).total_seconds() < hours * 3600:
            return ""
        return self.tr("Нөөц хуулбар %1 цагаас хуучин байна").replace("%1", str(hours))

    def open_settings(self) -> None:
        from soum_desk.ui.admin.settings_dialog import SettingsDialog

        SettingsDialog(self.state, self).exec()  # a save emits "settings": the status bar refreshes

    def open_guide(self) -> None:
        from soum_desk.ui.help_dialog import show_guide

        show_guide(self, self.state.ctx.lang)

    def sign_out(self) -> None:
        """Hand the computer to the next user: the sign-in flow closes this window."""
        log.info("sign-out requested by user id %s", self.state.ctx.actor.user_id)
        self.sign_out_requested.emit()

    def about(self) -> None:
        from soum_desk.ui.about_dialog import AboutDialog

        dialog = self.findChild(AboutDialog, "about_dialog") or AboutDialog(self.state.ctx.paths.db_url, self)
        dialog.show()
        dialog.raise_()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- timers: idle lock and automatic backup ------------------------------
    def _setup_timers(self) -> None:
        ctx = self.state.ctx
        self.idle_minutes = int(settings.get(ctx, "ui.idle_lock_minutes"))
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        if self.idle_minutes > 0:
            self.idle_timer.start(self.idle_minutes * 60_000)
            QApplication.instance().installEventFilter(self)
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.auto_backup)
        self.backup_timer.start(60_000)

    def stop_timers(self) -> None:
        """No idle lock or backup from a window that is being closed (sign-out)."""
        self.idle_timer.stop()
        self.backup_timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove):
            self.idle_timer.start(self.idle_minutes * 60_000)
        return False

    def lock(self) -> None:
        from soum_desk.ui.login_dialog import LoginDialog

        self.hide()
        dialog = LoginDialog(self.state.ctx, None, username=self.state.ctx.actor.username, locked_screen=True,
                             switch_user=self.can_switch_user)
        if dialog.exec() and dialog.actor is not None:
            self.state.ctx = self.state.ctx.as_actor(dialog.actor)
            self.show()
            self.idle_timer.start(self.idle_minutes * 60_000)
        elif dialog.switch_user:
            self.sign_out()  # the next person at the computer signs in without a restart
        else:
            self.close()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self._integrity_started:  # once, after the first paint, when the event loop is idle
            self._integrity_started = True
            QTimer.singleShot(500, self.check_integrity)

    def check_integrity(self) -> None:
        """The full integrity check on a background thread (`services/core/integrity`); the clerk
        goes on working, and is told in the status bar and a dialog if the data is damaged."""
        from soum_desk.services.core import integrity
        from soum_desk.ui.worker import run_in_background

        paths = self.state.ctx.paths
        run_in_background(self, "", lambda _p: integrity.verify(paths), lambda _r: None,
                          self._integrity_failed, show_dialog=False)

    def _integrity_failed(self, exc: Exception) -> None:
        from soum_desk.errors import DatabaseDamaged, SoumDeskError
        from soum_desk.ui.messages import error_text

        detail = error_text(exc) if isinstance(exc, SoumDeskError) else str(exc)
        if isinstance(exc, DatabaseDamaged):
            self.integrity_problem = self.tr("Өгөгдлийн сан эвдэрсэн: ажлаа зогсоож, нөөцөөс сэргээнэ үү")
            intro = self.tr("Өгөгдлийн сангийн бүрэн шалгалт эвдрэл илрүүллээ. Шинэ бичлэг оруулахаасаа өмнө "
                            "системийн администраторт хандаж, нөөцөөс сэргээнэ үү.")
        else:
            self.integrity_problem = self.tr("Өгөгдлийн санг шалгаж чадсангүй (диск)")
            intro = self.tr("Өгөгдлийн сангийн файлыг уншиж чадсангүй: дискээ шалгана уу (дүүрсэн, зөвхөн "
                            "уншигдах эсвэл гэмтэлтэй). Өгөгдөл эвдэрсэн гэсэн үг биш.")
        self.status_integrity.setText(self.integrity_problem)
        self.status_integrity.setToolTip(detail)
        QMessageBox.warning(self, APP_NAME, f"{intro}\n\n{detail}")

    def auto_backup(self) -> None:
        """The timer's backup, when due. Not a user action, so not `run_slow_op`: no progress
        dialog and no message box every minute. A failure is logged by the service and kept
        until a backup succeeds; the status bar and the dashboard say it failed and why."""
        from soum_desk.ui.worker import run_in_background

        ctx = self.state.ctx
        if not backup.auto_backup_due(ctx):
            return
        run_in_background(self, "", lambda _p: backup.run_auto_backup(ctx),
                          lambda _r: self._auto_backup_ended(None), self._auto_backup_ended, show_dialog=False)

    def _auto_backup_ended(self, exc: Exception | None) -> None:
        """Remembered here too: a full disk may not let the service write down the failure."""
        from soum_desk.errors import SoumDeskError
        from soum_desk.ui.messages import error_text

        self.auto_backup_error = "" if exc is None else error_text(exc) if isinstance(exc, SoumDeskError) \
            else self.tr("програмын алдаа (дэлгэрэнгүйг лог файлаас харна уу)")
        self.state.bus.changed("backup")


def main_window_for(ctx: AppContext, actor: Actor, *, province: bool = False) -> MainWindow:
    """The main window for a signed-in user (also used by the start-up benchmark)."""
    from soum_desk.services.core import office
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.state import AppState

    province_mode = province or office.get_office(ctx)["is_province"]
    state = AppState(ctx=ctx.as_actor(actor), bus=DataBus(), province_mode=province_mode)
    return MainWindow(state)
