"""Choose the incoming letters an outgoing letter answers (those still waiting for a reply)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.services.letters import queries as letters_query
from soum_desk.services.letters.queries import LetterFilter
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import remember_geometry


class AnswerPicker(QDialog):
    def __init__(self, state: AppState, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Хариу хүлээж буй ирсэн бичиг"))
        self.search = QLineEdit(text)
        self.search.setPlaceholderText(self.tr("Хайх: байгууллага, дугаар, агуулга"))
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.checked: dict[int, dict] = {}
        self.list.itemChanged.connect(self._toggle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        remember_geometry(self, "letters_answer_picker", 720, 420)
        self.refresh()

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        flt = LetterFilter(direction="in", status="waiting", text=self.search.text() or None)
        for row in letters_query.list_letters(self.state.ctx, flt, sort="due_date", descending=False, limit=300):
            item = QListWidgetItem(f"№{row['reg_no']}  {row['reg_date']}  {row['counterpart']} — {row['subject']}"
                                   f"  ({self.tr('хугацаа')} {row['due_date']})")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row["id"] in self.checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _toggle(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[row["id"]] = row
        else:
            self.checked.pop(row["id"], None)

    def chosen(self) -> list[dict]:
        return list(self.checked.values())
