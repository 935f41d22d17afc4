"""Backups: the list, «back up now», and restore with a confirmation that names what is replaced."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.formatting import format_number
from soum_desk.domain.roles import Permission, allows
from soum_desk.services.core import backup, office, settings
from soum_desk.services.core.rows import BackupFacts
from soum_desk.ui.areas import AreaSpec
from soum_desk.ui.messages import confirm
from soum_desk.ui.ops import run_op, run_slow_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.report_output import ask_open_path
from soum_desk.ui.widgets.window_fit import fit_columns_remembered


def reason_label(reason: str) -> str:
    labels = {
        "manual": QCoreApplication.translate("BackupView", "гараар"),
        "auto": QCoreApplication.translate("BackupView", "автомат"),
        "pre-migration": QCoreApplication.translate("BackupView", "шинэчлэлийн өмнө"),
        "pre-restore": QCoreApplication.translate("BackupView", "сэргээхийн өмнө"),
        "pre-import": QCoreApplication.translate("BackupView", "импортын өмнө"),
        "pre-export": QCoreApplication.translate("BackupView", "экспортын өмнө"),
    }
    return labels.get(reason, reason)


def size_text(size_bytes: int, lang: str) -> str:
    return f"{format_number(size_bytes / 1_048_576, 1, lang=lang)} MB"


class BackupView(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.backups: list[backup.BackupInfo] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backup_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("backup_restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton()
        self.restore_file_button.setObjectName("backup_restore_file")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        may_restore = allows(state.ctx.actor.role, Permission.RESTORE)
        self.restore_button.setVisible(may_restore)
        self.restore_file_button.setVisible(may_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        self.retranslate()
        state.bus.records_changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Огноо"), self.tr("Шалтгаан"), self.tr("Хэмжээ")])
        self.backup_button.setText(self.tr("Одоо нөөцлөх"))
        self.restore_button.setText(self.tr("Сонгосноос сэргээх…"))
        self.restore_file_button.setText(self.tr("Файлаас сэргээх…"))
        self.folder_label.setText(self.tr("Хавтас: %1").replace("%1", str(self.state.ctx.paths.backups_dir)))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changed(self, kind: str) -> None:
        if kind in ("backup", "*"):
            self.reload()

    def reload(self) -> None:
        self.backups = backup.list_backups(self.state.ctx)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [info.created_at.strftime("%Y.%m.%d %H:%M:%S"), reason_label(info.reason),
                     size_text(info.size_bytes, self.state.lang)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        fit_columns_remembered(self.table, "backups")
        if self.backups:
            self.table.selectRow(0)
        self._update_status()

    def _update_status(self) -> None:
        newest = self.backups[0].created_at if self.backups else None
        warn_hours = int(settings.get(self.state.ctx, "backup.warn_age_hours"))
        if newest is None:
            text, warn = self.tr("Нөөц хуулбар хийгдээгүй байна."), True
        else:
            hours = (datetime.now() - newest).total_seconds() / 3600
            text = self.tr("Сүүлийн нөөц: %1").replace("%1", newest.strftime("%Y.%m.%d %H:%M"))
            warn = hours > warn_hours
            if warn:
                text += " — " + self.tr("%1 цагаас хуучин байна, одоо нөөцлөнө үү.").replace("%1", str(warn_hours))
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020" if warn else "")

    # --- actions ------------------------------------------------------------
    def backup_now(self) -> None:
        ctx = self.state.ctx
        run_slow_op(self, self.state, "backup", self.tr("Нөөц хуулбар хийж байна…"),
                    lambda progress: backup.make_backup(ctx, progress=progress), busy=[self.backup_button])

    def selected_backup(self) -> backup.BackupInfo | None:
        row = self.table.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is not None:
            self.restore_path(info.path)

    def restore_from_file(self) -> None:
        name = ask_open_path(self, self.tr("Нөөц файл сонгох"),
                             self.tr("SoumDesk нөөц (*.sqlite3 *.db);;Бүх файл (*)"), "backups")
        if name:
            self.restore_path(Path(name))

    def confirmation_text(self, facts: BackupFacts) -> str:
        current = office.get_office(self.state.ctx)["name"]
        return self.tr(
            "Одоогийн өгөгдөл («%1») бүхэлдээ дараах нөөцөөр солигдоно:\n\n"
            "Байгууллага: %2\nОгноо: %3\nХэмжээ: %4\n\n"
            "Нөөцөөс хойш оруулсан бүх өөрчлөлт алга болно. Одоогийн өгөгдлийг эхлээд тусад нь нөөцөлнө. "
            "Үргэлжлүүлэх үү?"
        ).replace("%1", current).replace("%2", facts["office"] or "?") \
            .replace("%3", facts["created_at"].strftime("%Y.%m.%d %H:%M:%S")) \
            .replace("%4", size_text(facts["size_bytes"], self.state.lang))

    def restore_path(self, path: Path) -> bool:
        """Confirm, then restore `path` in the background; returns False if cancelled or refused."""
        facts = run_op(self, self.state, None, lambda: backup.check_backup_file(path))
        if facts is None:
            return False
        if not confirm(self, self.tr("Нөөцөөс сэргээх"), self.confirmation_text(facts)):
            return False
        from soum_desk.services.bundle import (
            ledger,  # the bundle's services load with their first use
        )

        ctx = self.state.ctx
        run_slow_op(self, self.state, "*", self.tr("Нөөцөөс сэргээж байна…"),
                    lambda progress: ledger.restore_keeping_numbers(ctx, path, progress), self._restored,
                    cancellable=False, busy=[self.restore_button])
        return True

    def _restored(self, safety: backup.BackupInfo) -> None:
        self.last_safety = safety
        # after run_slow_op has emitted "*": every view shows the restored data behind the message
        QTimer.singleShot(0, self, lambda: QMessageBox.information(
            self, self.tr("Нөөцөөс сэргээх"),
            self.tr("Сэргээлээ. Өмнөх өгөгдлийг хадгалсан: %1").replace("%1", safety.path.name)))


AREA = AreaSpec("backup", title=lambda: QCoreApplication.translate("areas", "Нөөц хуулбар"),
                factory=BackupView, permission=Permission.BACKUP)
