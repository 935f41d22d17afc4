"""The export wizard: period → USB stick → passphrase → export with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from soum_desk.services.bundle import export as bundle_export
from soum_desk.ui.messages import error_text
from soum_desk.ui.state import AppState
from soum_desk.ui.worker import run_in_background


def removable_volumes() -> list[tuple[str, str]]:
    """(path, label with free space) of mounted volumes other than the system disk."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or root in ("/", "C:/"):
            continue
        if not (root.startswith(("/media", "/run/media", "/mnt")) or (len(root) <= 3 and root[1:2] == ":")):
            continue
        free_mb = volume.bytesAvailable() // (1 << 20)
        found.append((root, f"{volume.displayName()} — {root} ({free_mb} MB)"))
    return found


class ExportWizard(QWizard):
    def __init__(self, state: AppState, parent: QWidget | None = None, period: str | None = None) -> None:
        """`period` preselects an approved period (a correction bundle for a period sent before)."""
        super().__init__(parent)
        self.state = state
        self.result_info: dict | None = None
        self.setWindowTitle(self.tr("Багц гаргах"))
        self.setObjectName("export_wizard")
        self.period = QComboBox()
        self.period.setObjectName("export_period")
        for row in bundle_export.list_approvals(state.ctx):
            self.period.addItem(row["period"])
        if period is not None and self.period.findText(period) >= 0:
            self.period.setCurrentIndex(self.period.findText(period))
        self.folder = QLineEdit()
        self.folder.setObjectName("export_folder")
        volumes = removable_volumes()
        if volumes:
            self.folder.setText(volumes[0][0])
        browse = QPushButton(self.tr("Сонгох…"))
        browse.clicked.connect(self.browse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("export_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

        first = QWizardPage()
        first.setTitle(self.tr("Тайлант үе ба флаш диск"))
        form = QFormLayout(first)
        form.addRow(self.tr("Батлагдсан үе:"), self.period)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        form.addRow(self.tr("Хаана:"), row)
        if not self.period.count():
            form.addRow(QLabel(self.tr("Дарга батласан үе алга. Эхлээд үеийг батлуулна уу.")))
        second = QWizardPage()
        second.setTitle(self.tr("Гарын үсэг зурах"))
        second.setCommitPage(True)
        layout = QVBoxLayout(second)
        layout.addWidget(QLabel(self.tr("Түлхүүрийн нууц үгээ оруулна уу (нэвтрэх нууц үг биш).")))
        layout.addWidget(self.passphrase)
        self.retry_error = QLabel()  # why the last try failed, on the page where it is put right
        self.retry_error.setObjectName("export_retry_error")
        self.retry_error.setWordWrap(True)
        self.retry_error.setStyleSheet("color: #b00020")
        layout.addWidget(self.retry_error)
        third = QWizardPage()
        third.setTitle(self.tr("Дүн"))
        QVBoxLayout(third).addWidget(self.status)
        for page in (first, second, third):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Флаш диск сонгох"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def validateCurrentPage(self) -> bool:  # noqa: N802
        if self.currentId() == 0:
            return bool(self.period.currentText()) and Path(self.folder.text()).is_dir()
        if self.currentId() == 1:
            return bool(self.passphrase.text())
        return True

    def _page_changed(self, page_id: int) -> None:
        if page_id == 2:
            self.start_export()

    def start_export(self) -> None:
        self.retry_error.clear()
        ctx, period = self.state.ctx, self.period.currentText()
        folder, passphrase = Path(self.folder.text()), self.passphrase.text()
        self.passphrase.clear()
        self.status.setText(self.tr("Гаргаж байна…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        run_in_background(self, self.tr("Багц гаргаж байна…"),
                          lambda progress: bundle_export.export_bundle(ctx, period, folder, passphrase,
                                                                       progress=progress),
                          self._done, self._failed)

    def _done(self, info: dict) -> None:
        self.result_info = info
        self.status.setText(self.tr("Бэлэн: %1\nДугаар: %2, хэмжээ: %3 КБ.\nФлаш дискийг аюулгүй салгана уу.")
                            .replace("%1", info["path"]).replace("%2", str(info["sequence"]))
                            .replace("%3", str(max(1, info["size_bytes"] // 1024))))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.state.bus.changed("bundle")

    def _failed(self, exc: Exception) -> None:
        """Back to the passphrase page with the reason (a wrong passphrase is typed again there; a
        folder problem is one Back away), instead of a last page whose Back is disabled."""
        message = self.tr("Амжилтгүй: %1").replace("%1", error_text(exc))
        self.status.setText(message)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.restart()
        self.next()
        self.retry_error.setText(message)
        self.passphrase.setFocus()
