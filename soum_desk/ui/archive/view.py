"""The archive area: four tabs over the archive services, each built when it is first shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from soum_desk.ui.archive.acts import ActsTab
from soum_desk.ui.archive.file_lists import FileListsTab
from soum_desk.ui.archive.inventory import InventoryTab
from soum_desk.ui.archive.units import UnitsTab
from soum_desk.ui.state import AppState

TAB_KEYS = ("file_lists", "units", "inventory", "acts")
FACTORIES: dict[str, Callable[[AppState], QWidget]] = {
    "file_lists": FileListsTab, "units": UnitsTab, "inventory": InventoryTab, "acts": ActsTab}


class ArchiveView(QWidget):
    """Opening the area builds only the tab in front (issue 18: the four tabs read the whole
    archive's counts, units and inventory before the first paint); the others are built, and read
    their data, the first time they are shown or used."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tabs = QTabWidget()
        self._pages: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        self._rebuilding = False
        self._build_tabs()
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        state.bus.records_changed.connect(self._on_changed)

    def _build_tabs(self) -> None:
        self._pages, self._built = {key: QWidget() for key in TAB_KEYS}, {}
        self._layouts = {key: QVBoxLayout(page) for key, page in self._pages.items()}
        titles = (self.tr("Хэргийн нэрийн жагсаалт"), self.tr("Хадгаламжийн нэгж"), self.tr("Тооллого"),
                  self.tr("Шилжүүлэх, устгах акт"))
        for key, title in zip(TAB_KEYS, titles, strict=True):
            self._layouts[key].setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(self._pages[key], title)

    def tab(self, key: str) -> QWidget:
        """The tab `key`, built (and its data read) on first use."""
        if key not in self._built:
            widget = FACTORIES[key](self.state)
            self._layouts[key].addWidget(widget)
            self._built[key] = widget
        return self._built[key]

    def _tab_shown(self, index: int) -> None:
        if not self._rebuilding and 0 <= index < len(TAB_KEYS):
            self.tab(TAB_KEYS[index])

    @property
    def file_lists(self) -> FileListsTab:
        return self.tab("file_lists")  # type: ignore[return-value]

    @property
    def units(self) -> UnitsTab:
        return self.tab("units")  # type: ignore[return-value]

    @property
    def inventory(self) -> InventoryTab:
        return self.tab("inventory")  # type: ignore[return-value]

    @property
    def acts(self) -> ActsTab:
        return self.tab("acts")  # type: ignore[return-value]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._tab_shown(self.tabs.currentIndex())
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A live language switch builds the tabs again in the new language (they hold lists and
        filters, nothing typed); the open tab stays open."""
        if event.type() == QEvent.Type.LanguageChange and self._pages:
            current = self.tabs.currentIndex()
            self._rebuilding = True
            old = list(self._pages.values())
            self.tabs.clear()
            for page in old:
                page.deleteLater()
            self._build_tabs()
            self.tabs.setCurrentIndex(current)
            self._rebuilding = False
            if self.isVisible():
                self._tab_shown(current)
        super().changeEvent(event)

    def _on_changed(self, kind: str) -> None:
        if kind in ("archive", "*"):
            for tab in self._built.values():
                tab.refresh()  # type: ignore[attr-defined]
