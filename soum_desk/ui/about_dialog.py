"""Help → About: the program's version and licence, and every component it ships with its
version and licence text (Qt's LGPL, the DejaVu fonts, each Python package)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk import APP_NAME, __version__
from soum_desk.licences import Notice, notices


class AboutDialog(QDialog):
    """A table of components (name, version, licence) and the selected one's licence text."""

    def __init__(self, data_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Програмын тухай"))
        self.notices: list[Notice] = notices()
        heading = QLabel(f"<b>{APP_NAME} {__version__}</b><br>"
                         + self.tr("Лиценз: MIT. Өгөгдөл: %1").replace("%1", data_location))
        heading.setObjectName("about_heading")
        heading.setWordWrap(True)
        note = QLabel(self.tr("Програмд багтсан бүрэлдэхүүн хэсгүүд, тэдгээрийн хувилбар ба лиценз:"))
        self.table = QTableWidget(len(self.notices), 3)
        self.table.setObjectName("components")
        self.table.setHorizontalHeaderLabels([self.tr("Бүрэлдэхүүн"), self.tr("Хувилбар"), self.tr("Лиценз")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for row, notice in enumerate(self.notices):
            for column, value in enumerate((notice.name, notice.version, notice.licence)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        # the list keeps room for its three columns; the licence text beside it takes the rest
        self.table.setMinimumWidth(sum(header.sectionSize(c) for c in range(3))
                                   + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth())
        self.text = QPlainTextEdit()
        self.text.setObjectName("licence_text")
        self.text.setReadOnly(True)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(960, 600)
        if self.notices:
            self.table.setCurrentCell(0, 0)

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.notices):
            self.text.setPlainText(self.notices[row].text)
