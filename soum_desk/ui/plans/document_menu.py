"""The «Бүтэн төлөвлөгөө» menu: export the whole plan (every period, levels, reviews) to XLSX and
import such a file back (services/plans/document_io)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStyle, QToolButton, QWidget

from soum_desk.domain.roles import Permission, allows
from soum_desk.services.plans import document_io
from soum_desk.ui.messages import confirm
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.report_output import ask_open_path


class WholePlanButton(QToolButton):
    """A button with a menu of two actions; `current` gives the selected plan, `imported(id)` is
    called after an import wrote a plan."""

    def __init__(self, state: AppState, current: Callable[[], dict | None], imported: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plans_whole")
        self.state, self.current, self.imported = state, current, imported
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.export_action = QAction(self)
        self.export_action.setObjectName("plans_whole_export")
        self.import_action = QAction(self)
        self.import_action.setObjectName("plans_whole_import")
        self.import_action.setEnabled(allows(state.ctx.actor.role, Permission.WRITE))
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        self.setMenu(menu)
        self.export_action.triggered.connect(lambda _checked=False: self.export_plan())
        self.import_action.triggered.connect(lambda _checked=False: self.import_plan())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Бүтэн төлөвлөгөө"))
        # room for the menu arrow too, which the style draws over the end of the text otherwise
        self.setMinimumWidth(0)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        self.setMinimumWidth(self.sizeHint().width() + arrow)
        self.export_action.setText(self.tr("Бүтэн төлөвлөгөөг Excel-ээр гаргах…"))
        self.import_action.setText(self.tr("Бүтэн төлөвлөгөөг Excel-ээс оруулах…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Бүтэн төлөвлөгөө хадгалах"), str(Path.home() / suggested),
                                              "Excel (*.xlsx)")
        return path

    def open_path(self) -> str:
        path = ask_open_path(self, self.tr("Бүтэн төлөвлөгөөний файл"), "Excel (*.xlsx)", "imports")
        return path

    def export_plan(self) -> None:
        doc = self.current()
        if doc is None:
            return
        path = self.save_path(f"plan-{doc['year']}-{doc['id']}.xlsx")
        if path:
            run_op(self, self.state, None, lambda: document_io.export_document(self.state.ctx, doc["id"], path))

    def import_plan(self) -> None:
        path = self.open_path()
        if not path:
            return
        preview = run_op(self, self.state, None, lambda: document_io.preview_document(self.state.ctx, path))
        if preview is None:
            return
        if preview["action"] == "unchanged":
            self._tell(self.tr("«%1» энэ программд яг адилхан байна; юу ч өөрчлөгдөхгүй.")
                       .replace("%1", preview["title"]))
            return
        entries = ", ".join(f"{period} {count}" for period, count in preview["entries"].items()) or "-"
        text = (self.tr("«%1» (%2 он): шинээр үүснэ.") if preview["action"] == "create" else
                self.tr("«%1» (%2 он) бүх үеийн хамт файлынхаар солигдоно (өмнө нь нөөц хуулбар авна)."))
        text = text.replace("%1", preview["title"]).replace("%2", str(preview["year"]))
        text += "\n" + self.tr("Хэрэгжилт: %1").replace("%1", entries)
        if not confirm(self, self.tr("Бүтэн төлөвлөгөө оруулах"), text):
            return
        run_op(self, self.state, "plans", lambda: document_io.import_document(self.state.ctx, path),
               lambda result: self.imported(result["id"]))

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Бүтэн төлөвлөгөө оруулах"), text)
