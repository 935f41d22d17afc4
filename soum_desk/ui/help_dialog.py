"""Help → the user guide (docs/guide-<lang>.md with its screenshots), shown offline.

The guides ship inside the program folder (`docs/` beside `resources/`, see
build_installer.spec), so the same lookup works in a checkout and in the build.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from soum_desk.config import resources_dir
from soum_desk.ui.widgets.window_fit import remember_geometry

GUIDE_LANGUAGES = ("mn", "en")


def docs_dir() -> Path:
    return resources_dir().parent / "docs"


def guide_path(lang: str) -> Path:
    """The guide in `lang`, or the Mongolian one when there is none in that language."""
    folder = docs_dir()
    wanted = folder / f"guide-{lang if lang in GUIDE_LANGUAGES else 'mn'}.md"
    return wanted if wanted.is_file() else folder / "guide-mn.md"


class HelpDialog(QDialog):
    """A Markdown guide in a QTextBrowser; links between the guides and images work offline."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("Хэрэглэгчийн гарын авлага"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Хайх үг… (Enter: дараагийнх)"))
        self.find_edit.returnPressed.connect(self.find_next)
        self.status = QLabel()
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.find_edit.setFocus)
        remember_geometry(self, "help_dialog", 920, 720)
        self.path = guide_path(lang)
        self.load(self.path)

    def load(self, path: Path) -> None:
        if not path.is_file():
            self.browser.setPlainText(self.tr("Гарын авлагын файл олдсонгүй: %1").replace("%1", str(path)))
            return
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)

    def find_next(self) -> None:
        """Find the next occurrence, wrapping round to the start once."""
        text = self.find_edit.text().strip()
        if not text:
            return
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.status.setText("" if found else self.tr("Олдсонгүй"))


def show_guide(parent: QWidget, lang: str) -> HelpDialog:
    """Open the guide beside the main window (not modal: the clerk can follow it while working)."""
    dialog = parent.findChild(HelpDialog, "help_dialog")
    if dialog is None or dialog.path != guide_path(lang):
        if dialog is not None:
            dialog.setObjectName("")
            dialog.deleteLater()
        dialog = HelpDialog(lang, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
