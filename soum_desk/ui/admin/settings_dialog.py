"""Settings: office details, bags and units, users (admin), backup settings, language.

OK saves every changed tab through its service; a user without the settings
permission sees the office tabs read-only (their tooltips say why). The language is each
user's own, remembered for their next sign-in; the administrator's choice is also the
office's default (the sign-in dialog, users who never chose).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.roles import Permission, allows
from soum_desk.services import setting_areas
from soum_desk.services.core import office, settings, user_prefs
from soum_desk.ui.admin.prizes_tab import PrizesTab
from soum_desk.ui.admin.users_tab import UsersTab
from soum_desk.ui.i18n import install_language
from soum_desk.ui.messages import show_error
from soum_desk.ui.ops import run_op
from soum_desk.ui.role_notes import why_not
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import remember_geometry

PLAN_KEYS = ["plans.level_reading", "plans.score_groups"]
BACKUP_KEYS = ["backup.interval_minutes", "backup.keep_recent", "backup.keep_daily", "backup.keep_weekly",
               "backup.keep_monthly", "backup.warn_age_hours", "ui.idle_lock_minutes"]


class NameList(QWidget):
    """An editable list of names (bags or units): double-click to rename, Add, Remove."""

    def __init__(self, names: list[str], object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName(object_name)
        for name in names:
            self._append(name)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{object_name}_add")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"{object_name}_remove")
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def _append(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        item = self._append(self.tr("Шинэ нэр"))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def names(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count()) if self.list.item(i).text().strip()]


class SettingsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.state = state
        role = state.ctx.actor.role
        self.may_edit = allows(role, Permission.SETTINGS)
        self.office = office.get_office(state.ctx)
        setting_areas.load_all_defaults()
        self.values = settings.all_settings(state.ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.addTab(self._office_tab(), "")
        self.tabs.addTab(self._lists_tab(), "")
        self.users_tab = UsersTab(state) if allows(role, Permission.USERS) else None
        if self.users_tab is not None:
            self.tabs.addTab(self.users_tab, "")
        self.tabs.addTab(self._backup_tab(), "")
        self.tabs.addTab(self._plans_tab(), "")
        self.prizes_tab = PrizesTab(self.values["province.prizes"], state.lang) if self.office["is_province"] else None
        if self.prizes_tab is not None:
            self.tabs.addTab(self.prizes_tab, "")
        self.tabs.addTab(self._language_tab(), "")
        for index in range(self.tabs.count() - 1):
            if self.tabs.widget(index) is not self.users_tab:
                self.tabs.widget(index).setEnabled(self.may_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Хадгалах"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болих"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        remember_geometry(self, "settings_dialog", 640, 480)
        self.retranslate()

    # --- tabs ---------------------------------------------------------------
    def _office_tab(self) -> QWidget:
        page = QWidget()
        self.office_fields = {key: QLineEdit(self.office[key] or "") for key in ("name", "soum_name", "bag_name", "place")}
        self.office_fields["name"].setObjectName("settings_office_name")
        self.office_labels = {key: QLabel() for key in self.office_fields}
        form = QFormLayout(page)
        aimag = QLabel(f"{self.office['aimag_name']} ({self.office['aimag_code']}) — {self.office['code']}")
        self.aimag_label = QLabel()
        form.addRow(self.aimag_label, aimag)
        for key, edit in self.office_fields.items():
            form.addRow(self.office_labels[key], edit)
        return page

    def _lists_tab(self) -> QWidget:
        page = QWidget()
        self.bags = NameList(self.office["bags"], "settings_bags")
        self.units = NameList(self.office["units"], "settings_units")
        self.bags_label, self.units_label = QLabel(), QLabel()
        layout = QHBoxLayout(page)
        for label, widget in ((self.bags_label, self.bags), (self.units_label, self.units)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget)
            layout.addLayout(column)
        return page

    def _backup_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.spins: dict[str, QSpinBox] = {}
        self.spin_labels: dict[str, QLabel] = {}
        for key in BACKUP_KEYS:
            spin = QSpinBox()
            spin.setObjectName(f"setting_{key}")
            low, high = settings.BOUNDS[key]
            spin.setRange(low, high)
            spin.setValue(int(self.values[key]))
            self.spins[key] = spin
            self.spin_labels[key] = QLabel()
            form.addRow(self.spin_labels[key], spin)
        return page

    def _plans_tab(self) -> QWidget:
        """How plans are scored: the §7.1 reading and the §7.5 groups (docs/decisions.md)."""
        page = QWidget()
        form = QFormLayout(page)
        self.plan_combos: dict[str, QComboBox] = {}
        self.plan_labels: dict[str, QLabel] = {}
        for key in PLAN_KEYS:
            combo = QComboBox()
            combo.setObjectName(f"setting_{key}")
            for value in settings.CHOICES[key]:
                combo.addItem("", value)
            combo.setCurrentIndex(max(0, combo.findData(self.values[key])))
            self.plan_combos[key] = combo
            self.plan_labels[key] = QLabel()
            form.addRow(self.plan_labels[key], combo)
        return page

    def _language_tab(self) -> QWidget:
        page = QWidget()
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        self.language.addItem("Монгол", "mn")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.state.lang)))
        self.language_label = QLabel()
        form = QFormLayout(page)
        form.addRow(self.language_label, self.language)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Тохиргоо"))
        titles = [self.tr("Байгууллага"), self.tr("Баг, нэгж")]
        if self.users_tab is not None:
            titles.append(self.tr("Хэрэглэгчид"))
        titles += [self.tr("Нөөц хуулбар"), self.tr("Төлөвлөгөөний үнэлгээ")]
        if self.prizes_tab is not None:
            titles.append(self.tr("Шагнал"))
            self.prizes_tab.retranslate()
        titles.append(self.tr("Хэл"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
            if not self.tabs.widget(index).isEnabled():  # read-only for this role: say why
                self.tabs.setTabToolTip(index, why_not(self.state.ctx.actor.role, Permission.SETTINGS))
        self.aimag_label.setText(self.tr("Аймаг, код:"))
        for key, text in (("name", self.tr("Байгууллагын нэр:")), ("soum_name", self.tr("Сум:")),
                          ("bag_name", self.tr("Баг:")), ("place", self.tr("Тайлан гаргасан газар:"))):
            self.office_labels[key].setText(text)
        self.bags_label.setText(self.tr("Багууд"))
        self.units_label.setText(self.tr("Хэлтэс, нэгж, ажилтан"))
        for widget in (self.bags, self.units):
            widget.add_button.setText(self.tr("Нэмэх"))
            widget.remove_button.setText(self.tr("Хасах"))
        labels = {"backup.interval_minutes": self.tr("Автомат нөөцийн давтамж (минут):"),
                  "backup.keep_recent": self.tr("Сүүлийн хэдэн нөөц хадгалах:"),
                  "backup.keep_daily": self.tr("Өдөр тутмын нөөц (өдөр):"),
                  "backup.keep_weekly": self.tr("Долоо хоног тутмын нөөц (долоо хоног):"),
                  "backup.keep_monthly": self.tr("Сар тутмын нөөц (сар):"),
                  "backup.warn_age_hours": self.tr("Нөөц хуучирсан гэж анхааруулах (цаг):"),
                  "ui.idle_lock_minutes": self.tr("Хөдөлгөөнгүй үед түгжих (минут, 0 = үгүй):")}
        for key, label in self.spin_labels.items():
            label.setText(labels[key])
        self.language_label.setText(self.tr("Програмын хэл:"))
        self.plan_labels["plans.level_reading"].setText(self.tr("Арга хэмжээг тооцох (7.1):"))
        self.plan_labels["plans.score_groups"].setText(self.tr("0–5 оноо (7.5):"))
        texts = {"level": self.tr("түвшний утгаар — 100/70/40/0 (анхдагч)"),
                 "percent": self.tr("өөрийн хувиар — түвшний завсар дотор"),
                 "plan": self.tr("бүх арга хэмжээний дундаж × 0,05"),
                 "sections": self.tr("бүлгүүдийн дундажийг бүлгийн жингээр × 0,05")}
        for combo in self.plan_combos.values():
            for index in range(combo.count()):
                combo.setItemText(index, texts[combo.itemData(index)])

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- saving -------------------------------------------------------------
    def reject(self) -> None:
        """«Болих» undoes what the dialog did, the users tab's changes included."""
        if self.users_tab is not None:
            try:
                self.users_tab.undo_changes()
            except Exception as exc:  # noqa: BLE001 - shown; the dialog still closes
                show_error(self, exc)
        super().reject()

    def save(self) -> None:
        lang = self.language.currentData()
        if not self.may_edit:  # only the user's own language
            self._remember(lang)
            return
        changes = {k: (e.text().strip() or None) for k, e in self.office_fields.items()}
        changes["name"] = changes["name"] or self.office["name"]
        changes["soum_name"] = changes["soum_name"] or self.office["soum_name"]
        values: dict[str, object] = {key: spin.value() for key, spin in self.spins.items()}
        values.update({key: combo.currentData() for key, combo in self.plan_combos.items()})
        values["ui.language"] = lang
        bags, units = self.bags.names(), self.units.names()
        prizes = self.prizes_tab

        def save() -> None:
            if prizes is not None:
                values["province.prizes"] = prizes.value()
            office.save_settings(
                self.state.ctx,
                office_changes=changes if any(changes[k] != self.office[k] for k in changes) else None,
                bags=bags if bags != self.office["bags"] else None,
                units=units if units != self.office["units"] else None,
                values=values)

        run_op(self, self.state, "settings", save, on_done=lambda _none: self._remember(lang))

    def _remember(self, lang: str) -> None:
        """The user's own language, for their next sign-in (the admin's is the office's default too)."""
        if run_op(self, self.state, None, lambda: user_prefs.remember_language(self.state.ctx, lang)):
            self._saved(lang)

    def _saved(self, lang: str) -> None:
        if lang != self.state.lang:
            switch_language(self.state, lang)
        self.accept()

def switch_language(state: AppState, lang: str) -> None:
    """Re-translate every open window: Qt sends LanguageChange to all widgets."""
    state.ctx.lang = lang
    install_language(lang)
    state.bus.language_changed.emit(lang)
