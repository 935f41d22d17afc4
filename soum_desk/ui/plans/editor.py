"""The plan editor: a tree of sections, goals and measures; add, edit, move, delete, renumber.

Keys: Insert adds a measure (or a goal under a section), Enter edits, Delete deletes,
Alt+Up / Alt+Down move the selected item.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.roles import Permission, allows
from soum_desk.services.plans import edit as plans_edit
from soum_desk.services.plans import tree as plans
from soum_desk.ui.messages import confirm
from soum_desk.ui.ops import run_op
from soum_desk.ui.plans.models import tr_plans
from soum_desk.ui.role_notes import explain_disabled
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import fit_columns_remembered

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ["№", QT_TRANSLATE_NOOP("plans", "Бүлэг, зорилт, арга хэмжээ"), QT_TRANSLATE_NOOP("plans", "Шалгуур үзүүлэлт"),
           QT_TRANSLATE_NOOP("plans", "Зорилтот түвшин"), QT_TRANSLATE_NOOP("plans", "Хугацаа"),
           QT_TRANSLATE_NOOP("plans", "Хариуцах")]


def build_tree_model(tree: dict | None, model: QStandardItemModel | None = None) -> QStandardItemModel:
    """Fill a QStandardItemModel from `plans.tree()` data (also used by the benchmark)."""
    model = model or QStandardItemModel()
    model.clear()
    model.setColumnCount(len(HEADERS))
    if tree is None:
        return model
    bold = QFont()
    bold.setBold(True)
    root = model.invisibleRootItem()
    for section in tree["sections"]:
        s_item = QStandardItem(section["code"])
        s_item.setData(("section", section["id"]), KEY_ROLE)
        s_title = QStandardItem(section["title"])
        s_title.setFont(bold)
        s_item.setFont(bold)
        root.appendRow([s_item, s_title])
        for goal in section["goals"]:
            g_item = QStandardItem(goal["code"])
            g_item.setData(("goal", goal["id"]), KEY_ROLE)
            s_item.appendRow([g_item, QStandardItem(goal["title"] or "—")])
            for m in goal["measures"]:
                cells = [QStandardItem(m["number"]), QStandardItem(m["text"]), QStandardItem(m["indicator"] or ""),
                         QStandardItem(m["target_text"] or ""), QStandardItem(m["timing_text"] or ""),
                         QStandardItem(m["responsible"] or "")]
                cells[0].setData(("measure", m["id"]), KEY_ROLE)
                cells[1].setToolTip(m["text"])
                if not m["timing_ok"]:
                    cells[4].setForeground(QBrush(QColor("#b00020")))
                    cells[4].setToolTip(QStandardItemModel.tr("Хугацааг улирлаар уншиж чадсангүй"))
                g_item.appendRow(cells)
    return model


class PlanEditor(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.document_id: int | None = None
        self.can_write = allows(state.ctx.actor.role, Permission.WRITE)
        self.model = QStandardItemModel()
        self.tree = QTreeView()
        self.tree.setObjectName("plans_tree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(lambda _i: self.edit())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, slot in (("section", self.add_section), ("goal", self.add_goal), ("measure", self.add_measure),
                          ("edit", self.edit), ("goal_move", self.move_to_goal), ("up", lambda: self.move(-1)), ("down", lambda: self.move(1)),
                          ("delete", self.delete), ("renumber", self.renumber), ("weight", self.section_weight)):
            button = QPushButton()
            button.setObjectName(f"plans_tree_{key}")
            button.clicked.connect(slot)
            button.setEnabled(self.can_write)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        if self.can_write:
            for keys, slot in (("Insert", self.add_measure), ("Return", self.edit), ("Delete", self.delete),
                               ("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(1))):
                QShortcut(QKeySequence(keys), self.tree, activated=slot)
        self.retranslate()

    def retranslate(self) -> None:
        labels = {"section": self.tr("+ Бүлэг"), "goal": self.tr("+ Зорилт"), "measure": self.tr("+ Арга хэмжээ"),
                  "edit": self.tr("Засах"), "goal_move": self.tr("Өөр зорилт руу…"), "up": self.tr("Дээш"), "down": self.tr("Доош"),
                  "delete": self.tr("Устгах"), "renumber": self.tr("Дахин дугаарлах"),
                  "weight": self.tr("Бүлгийн жин…")}
        for key, text in labels.items():
            self.buttons[key].setText(text)
            explain_disabled(self.buttons[key], self.state.ctx.actor.role, Permission.WRITE)
        self.model.setHorizontalHeaderLabels([tr_plans(h) for h in HEADERS])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _default_widths(self) -> None:
        self.tree.setColumnWidth(0, 120)
        self.tree.setColumnWidth(1, 460)

    def load(self, document_id: int | None, select: tuple[str, int] | None = None) -> None:
        self.document_id = document_id
        tree = plans.tree(self.state.ctx, document_id) if document_id else None
        build_tree_model(tree, self.model)
        self.model.setHorizontalHeaderLabels([tr_plans(h) for h in HEADERS])
        self.tree.expandAll()
        fit_columns_remembered(self.tree, "plans_tree", self._default_widths)
        if select:
            self._select(select)

    def _select(self, key: tuple[str, int]) -> None:
        stack = [self.model.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for row in range(item.rowCount()):
                child = item.child(row, 0)
                if tuple(child.data(KEY_ROLE) or ()) == tuple(key):
                    self.tree.setCurrentIndex(child.index())
                    return
                stack.append(child)

    def selected(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(KEY_ROLE)

    def _run(self, fn: Callable[[], object], select: tuple[str, int] | None = None) -> None:
        """Run one edit; after it, reload the tree with `select` (or the key `fn` returned) selected."""
        run_op(self, self.state, "plans", fn, lambda result: self.load(
            self.document_id, select or (result if isinstance(result, tuple) else self.selected())))

    # --- actions ---------------------------------------------------------------
    def add_section(self) -> None:
        if self.document_id is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Шинэ бүлэг"), self.tr("Бүлгийн нэр:"))
        if ok and title.strip():
            self._run(lambda: ("section", plans.add_section(self.state.ctx, self.document_id, title)["id"]))

    def _parent_of(self, kind: str) -> int | None:
        """The section (for a goal) or goal (for a measure) the selection is in."""
        index = self.tree.currentIndex().siblingAtColumn(0)
        while index.isValid():
            key = index.data(KEY_ROLE)
            if key and key[0] == kind:
                return key[1]
            if key and kind == "goal" and key[0] == "section":
                child = self.model.itemFromIndex(index).child(0)
                return child.data(KEY_ROLE)[1] if child is not None else None
            index = index.parent()
        return None

    def add_goal(self) -> None:
        section = self._parent_of("section")
        if section is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Шинэ зорилт"), self.tr("Зорилтын нэр:"))
        if ok and title.strip():
            self._run(lambda: ("goal", plans.add_goal(self.state.ctx, section, title)["id"]))

    def add_measure(self) -> None:
        from soum_desk.ui.plans.measure_dialog import MeasureDialog

        goal = self._parent_of("goal")
        if goal is None:
            return
        dialog = MeasureDialog(self, None)
        if dialog.exec():
            self._run(lambda: ("measure", plans.add_measure(self.state.ctx, goal, dialog.values())["id"]))

    def edit(self) -> None:
        from soum_desk.ui.plans.measure_dialog import MeasureDialog

        key = self.selected()
        if key is None or not self.can_write:
            return
        if key[0] == "measure":
            tree = plans.tree(self.state.ctx, self.document_id)
            measure = next(m for s in tree["sections"] for g in s["goals"] for m in g["measures"] if m["id"] == key[1])
            dialog = MeasureDialog(self, measure)
            if dialog.exec():
                self._run(lambda: plans.update_measure(self.state.ctx, key[1], dialog.values()) and key)
            return
        current = self.tree.currentIndex().siblingAtColumn(1).data() or ""
        title, ok = QInputDialog.getText(self, self.tr("Нэр засах"), self.tr("Нэр:"), text=current)
        if ok and title.strip():
            self._run(lambda: plans_edit.rename(self.state.ctx, key[0], key[1], title) or key)

    def section_weight(self) -> None:
        """The selected section's §7.5 weight (counted when the office scores plans by sections)."""
        section_id = self._parent_of("section")
        if section_id is None or self.document_id is None or not self.can_write:
            return
        tree = plans.tree(self.state.ctx, self.document_id)
        current = next(float(s["weight"]) for s in tree["sections"] if s["id"] == section_id)
        weight, ok = QInputDialog.getDouble(
            self, self.tr("Бүлгийн жин"),
            self.tr("Жин (7.5; тохиргоонд «бүлгүүдийн дундажийг бүлгийн жингээр» сонгосон үед тооцно):"),
            current, 0, 1000, 2)
        if ok:
            self._run(lambda: plans.set_section_weight(self.state.ctx, section_id, weight) and ("section", section_id))

    def move(self, delta: int) -> None:
        key = self.selected()
        if key is not None:
            self._run(lambda: plans_edit.move(self.state.ctx, key[0], key[1], delta) or key)

    def move_to_goal(self) -> None:
        key = self.selected()
        if key is None or key[0] != "measure" or self.document_id is None:
            return
        tree = plans.tree(self.state.ctx, self.document_id)
        goals = [(f"{s['code']} / {g['code']} {g['title']}".strip(), g["id"])
                 for s in tree["sections"] for g in s["goals"]]
        label, ok = QInputDialog.getItem(self, self.tr("Өөр зорилт руу зөөх"), self.tr("Зорилт:"),
                                         [name for name, _ in goals], 0, False)
        if ok:
            goal_id = dict(goals)[label]
            self._run(lambda: plans_edit.move(self.state.ctx, "measure", key[1], to_goal=goal_id) or key)

    def delete(self) -> None:
        key = self.selected()
        if key is None:
            return
        if confirm(self, self.tr("Устгах"), self.tr("Сонгосон мөрийг доторх бүх зүйл, биелэлтийн хамт устгах уу?")):
            self._run(lambda: plans_edit.delete_item(self.state.ctx, key[0], key[1]))

    def renumber(self) -> None:
        if self.document_id is not None:
            self._run(lambda: plans_edit.renumber(self.state.ctx, self.document_id))
