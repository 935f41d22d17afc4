"""Attachments of one record: add scans (PDF, JPG, PNG) and open them after a hash check."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soum_desk.services.core import attachments
from soum_desk.ui.messages import show_error
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.report_output import ask_open_paths


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentsPanel(QWidget):
    """Lists a record's attachments; `opener` receives a checked copy (tests replace it)."""

    def __init__(self, state: AppState, entity: str, parent: QWidget | None = None,
                 opener: Callable[[Path], None] = open_with_system) -> None:
        super().__init__(parent)
        self.state, self.entity, self.entity_id, self.opener = state, entity, None, opener
        self.title = QLabel()
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose_and_add)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_record(None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Хавсралт (скан)"))
        self.add_button.setText(self.tr("Файл хавсаргах…"))
        self.open_button.setText(self.tr("Нээх"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_record(self, entity_id: object | None) -> None:
        self.entity_id = entity_id
        self.list.clear()
        self.add_button.setEnabled(entity_id is not None)
        self.open_button.setEnabled(entity_id is not None)
        if entity_id is None:
            return
        for info in attachments.list_attachments(self.state.ctx, self.entity, entity_id):
            item = QListWidgetItem(f"{info['filename']}  ({info['size'] // 1024 + 1} KB)")
            item.setData(0x0100, info["id"])
            self.list.addItem(item)

    def add_files(self, paths: list[str]) -> None:
        """Attach the files (all or none); the list refreshes only after a success."""
        run_op(self, self.state, "attachments",
               lambda: attachments.store_files(self.state.ctx, paths, entity=self.entity, entity_id=self.entity_id),
               on_done=lambda _stored: self.set_record(self.entity_id))

    def choose_and_add(self) -> None:
        paths = ask_open_paths(self, self.tr("Скан файл сонгох"), self.tr("Скан (*.pdf *.jpg *.jpeg *.png)"),
                               "scans", many=True)
        if paths:
            self.add_files(paths)

    def open_selected(self) -> Path | None:
        item = self.list.currentItem()
        if item is None:
            return None
        try:
            checked = attachments.open_attachment(self.state.ctx, item.data(0x0100))
            info = attachments.get_attachment(self.state.ctx, item.data(0x0100))
            folder = Path(tempfile.gettempdir()) / "soumdesk-view" / info["sha256"][:16]
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / Path(info["filename"]).name
            shutil.copyfile(checked, copy)
        except Exception as exc:  # a damaged or missing scan is reported, never shown
            show_error(self, exc)
            return None
        self.opener(copy)
        return copy
