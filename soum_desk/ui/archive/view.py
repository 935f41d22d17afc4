"""The archive area: four tabs over the archive services."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from soum_desk.ui.archive.acts import ActsTab
from soum_desk.ui.archive.file_lists import FileListsTab
from soum_desk.ui.archive.inventory import InventoryTab
from soum_desk.ui.archive.units import UnitsTab
from soum_desk.ui.state import AppState


class ArchiveView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tabs = QTabWidget()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        state.bus.records_changed.connect(self._on_changed)

    def _build_tabs(self) -> None:
        self.file_lists = FileListsTab(self.state)
        self.units = UnitsTab(self.state)
        self.inventory = InventoryTab(self.state)
        self.acts = ActsTab(self.state)
        self.tabs.addTab(self.file_lists, self.tr("Хэргийн нэрийн жагсаалт"))
        self.tabs.addTab(self.units, self.tr("Хадгаламжийн нэгж"))
        self.tabs.addTab(self.inventory, self.tr("Тооллого"))
        self.tabs.addTab(self.acts, self.tr("Шилжүүлэх, устгах акт"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A live language switch builds the tabs again in the new language (they hold lists and
        filters, nothing typed); the open tab stays open."""
        if event.type() == QEvent.Type.LanguageChange:
            current = self.tabs.currentIndex()
            old = [self.tabs.widget(i) for i in range(self.tabs.count())]
            self.tabs.clear()
            for tab in old:
                tab.deleteLater()
            self._build_tabs()
            self.tabs.setCurrentIndex(current)
        super().changeEvent(event)

    def _on_changed(self, kind: str) -> None:
        if kind in ("archive", "*"):
            for tab in (self.file_lists, self.units, self.inventory, self.acts):
                tab.refresh()
