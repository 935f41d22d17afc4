"""Where reports go and what the clerk sees when one is made.

Reports used to land in the hidden data folder (or the working folder) with at most a path in a
message. Now every report is saved where the clerk can find it — the folder chosen last for that
kind of file, at first Documents/SoumDesk — and opens at once: a PDF in the preview with Print and
Save, a workbook in the program the computer opens .xlsx with. The save dialog asks before it
replaces a file of the same name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from soum_desk.ui.widgets.window_fit import ui_settings

FILTERS = {
    ".pdf": "PDF (*.pdf)",
    ".xlsx": "Excel (*.xlsx)",
    ".json": "JSON (*.json)",
}


def default_reports_folder() -> Path:
    """Documents/SoumDesk: a folder a clerk knows how to open, unlike the data folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "SoumDesk"


def last_folder(purpose: str, default: Path | None = None) -> Path:
    """The folder last chosen for this kind of file (reports, imports, bundles…)."""
    saved = ui_settings().value(f"folders/{purpose}")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return default if default is not None else default_reports_folder()


def remember_folder(purpose: str, chosen: str | Path) -> None:
    ui_settings().setValue(f"folders/{purpose}", str(Path(chosen).parent))


def ask_save_path(parent: QWidget | None, suggested_name: str, suffixes: tuple[str, ...] = (".pdf", ".xlsx"),
                  purpose: str = "reports") -> str | None:
    """The save dialog in the last folder used for `purpose`; None when the clerk cancels.

    Qt's dialog asks before replacing an existing file, so a report is never overwritten unasked.
    """
    folder = last_folder(purpose)
    folder.mkdir(parents=True, exist_ok=True)
    filters = ";;".join(FILTERS[s] for s in suffixes)
    title = QCoreApplication.translate("report_output", "Тайлан хадгалах")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(folder / suggested_name), filters)
    if not path:
        return None
    if Path(path).suffix.lower() not in suffixes:  # typed without the extension
        path += suffixes[0] if len(suffixes) == 1 else Path(suggested_name).suffix
    remember_folder(purpose, path)
    return path


def ask_open_paths(parent: QWidget | None, title: str, filters: str, purpose: str, *,
                   many: bool = False) -> list[str]:
    """An open dialog starting in the folder last used for `purpose` (the home folder at first);
    the chosen folder is remembered. Empty when the clerk cancels."""
    start = str(last_folder(purpose, Path.home()))
    if many:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, start, filters)
    else:
        path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
        paths = [path] if path else []
    if paths:
        remember_folder(purpose, paths[0])
    return paths


def ask_open_path(parent: QWidget | None, title: str, filters: str, purpose: str) -> str:
    """One file from `ask_open_paths`; "" when the clerk cancels."""
    paths = ask_open_paths(parent, title, filters, purpose)
    return paths[0] if paths else ""


def open_with_system(path: Path) -> bool:
    """Open a file in the program the computer uses for it (Excel, LibreOffice Calc)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_report(parent: QWidget | None, path: str | Path) -> QWidget | None:
    """Show the report just made: a PDF in the preview (Print, Save), returned; a workbook in its
    program."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        from soum_desk.ui.widgets.report_preview import ReportPreview

        return ReportPreview.show_pdf(parent, path)  # a child of `parent`: it lives as long as the window
    if not open_with_system(path):
        QMessageBox.information(parent, QCoreApplication.translate("report_output", "Тайлан"),
                                QCoreApplication.translate("report_output", "Хадгаллаа: %1").replace("%1", str(path)))
    return None
