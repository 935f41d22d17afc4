"""Settings dialog, audit viewer, backup view: the admin's screens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from soum_desk.services.core import audit, backup, office, settings, users
from soum_desk.ui.admin.audit_view import AuditView
from soum_desk.ui.admin.backup_view import BackupView
from soum_desk.ui.admin.settings_dialog import SettingsDialog
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState


@pytest.fixture
def state(ctx):
    return AppState(ctx=ctx, bus=DataBus())


@pytest.fixture
def boxes(monkeypatch):
    """Record message boxes instead of blocking on them; confirmations answer Yes."""
    shown: list[tuple[str, str]] = []

    def record(kind):
        def _box(_parent, _title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes
        return _box

    for kind in ("information", "critical", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def test_settings_dialog_changes_the_bag_list(qtbot, state):
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    bags = dialog.bags
    assert bags.names() == ["1-р баг", "2-р баг", "3-р баг"]
    bags.list.setCurrentRow(1)
    bags.remove()
    bags.add()
    bags.list.item(bags.list.count() - 1).setText("Хужирт баг")
    changes = []
    state.bus.records_changed.connect(changes.append)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert office.get_office(state.ctx)["bags"] == ["1-р баг", "3-р баг", "Хужирт баг"]
    assert "settings" in changes


def test_settings_dialog_saves_backup_settings_and_office_name(qtbot, state):
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    dialog.spins["backup.keep_recent"].setValue(3)
    dialog.office_fields["name"].setText("Есөнбулаг сумын ЗДТГ")
    dialog.save()
    assert settings.get(state.ctx, "backup.keep_recent") == 3
    assert office.get_office(state.ctx)["name"] == "Есөнбулаг сумын ЗДТГ"


def test_settings_are_read_only_for_a_clerk(qtbot, clerk_ctx):
    dialog = SettingsDialog(AppState(ctx=clerk_ctx, bus=DataBus()))
    qtbot.addWidget(dialog)
    assert dialog.users_tab is None
    assert not dialog.bags.isEnabled()
    assert dialog.language.isEnabled()


def test_users_tab_adds_and_unlocks(qtbot, state, boxes):
    from soum_desk.ui.admin.users_tab import NewUserDialog

    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    new = NewUserDialog(state, dialog)
    assert new.role.currentData() == "clerk"  # not the administrator by default (issue 14)
    new.username.setText("bold")
    new.full_name.setText("Б.Болд")
    new.role.setCurrentIndex(new.role.findData("head"))
    new.password.setText("bold-pass-12")
    new.password2.setText("bold-pass-12")
    new.create()  # the head signs reports: no position, no user (issue 16)
    assert new.result() != NewUserDialog.DialogCode.Accepted
    assert "bold" not in {u["username"] for u in users.list_users(state.ctx)}
    new.position.setText("ЗДТГ-ын дарга")
    new.create()
    assert new.result() == NewUserDialog.DialogCode.Accepted, new.error.text()
    tab = dialog.users_tab
    tab.reload()
    row = next(i for i, u in enumerate(tab.rows) if u["username"] == "bold")
    tab.table.selectRow(row)
    tab.toggle_active()
    assert not next(u for u in users.list_users(state.ctx) if u["username"] == "bold")["active"]
    admin_row = next(i for i, u in enumerate(tab.rows) if u["username"] == "admin")
    tab.table.selectRow(admin_row)
    tab.toggle_active()  # the last admin: refused with a message, nothing changed
    assert boxes and "administrator" not in boxes[-1][1] and "админ" in boxes[-1][1]


def test_cancel_undoes_what_the_users_tab_did(qtbot, state):
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    users.create_user(state.ctx, "bold", "bold-pass-12", "head", "Б.Болд", "ЗДТГ-ын дарга")  # as «Нэмэх…» does
    users.update_user(state.ctx, "clerk", role="viewer")  # as «Эрх солих…» does
    dialog.reject()  # «Болих»
    now = {u["username"]: u for u in users.list_users(state.ctx)}
    assert not now["bold"]["active"]  # kept for the audit log, but cannot sign in
    assert now["clerk"]["role"] == "clerk" and now["clerk"]["active"]
    saved = SettingsDialog(state)
    qtbot.addWidget(saved)
    users.create_user(state.ctx, "dorj", "dorj-pass-12", "clerk", "Д.Дорж", "Мэргэжилтэн")
    saved.accept()  # «Хадгалах» keeps what the tab did
    assert {u["username"]: u for u in users.list_users(state.ctx)}["dorj"]["active"]


def test_audit_view_filters_and_verifies(qtbot, state, boxes):
    view = AuditView(state)
    qtbot.addWidget(view)
    total = audit.count_entries(state.ctx)
    assert view.model.total == total and view.model.rowCount() == total
    view.user.setCurrentIndex(view.user.findData("admin"))
    view.apply_filter()
    assert 0 < view.model.total < total
    assert all(view.model.row_at(r)["username"] == "admin" for r in range(view.model.rowCount()))
    view.user.setCurrentIndex(0)
    view.text.setText("Г.Ажилтан")
    view.apply_filter()
    assert view.model.total == 1 and view.model.row_at(0)["action"] == "user.create"
    view.table.selectRow(0)
    assert "Хяналт-шинжилгээний мэргэжилтэн" in view.detail.toPlainText()
    # a person reads the person's name and the action in words, not «admin» and «user.create»
    action = view.model.data(view.model.index(0, 3))
    who = view.model.data(view.model.index(0, 2))
    assert action == "Хэрэглэгч нэмсэн" and "." not in action
    assert who == "Д.Админ" and view.user.itemText(view.user.findData("admin")) == "Д.Админ (admin)"
    assert "Хэрэглэгч нэмсэн" in view.detail.toPlainText()
    view.verify()
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert boxes[-1][0] == "information"


def test_audit_view_pages_through_many_rows(qtbot, state):
    with state.ctx.transaction() as session:
        for i in range(450):
            audit.record(session, state.ctx.actor, "test.bulk", "test", i)
    view = AuditView(state)
    qtbot.addWidget(view)
    assert view.model.total > 450 and view.model.rowCount() == view.model.page_size
    view.table.scrollToBottom()
    while view.model.canFetchMore(view.model.index(-1, -1)):
        view.model.fetchMore(view.model.index(-1, -1))
    assert view.model.rowCount() == view.model.total


def test_backup_view_backs_up_and_restores(qtbot, state, boxes):
    view = BackupView(state)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 0
    view.backup_now()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    made = view.backups[0]
    users.create_user(state.ctx, "late", "late-pass-1", "viewer", "Хожуу")
    text = view.confirmation_text(backup.check_backup_file(made.path))
    assert "Есөнбулаг сумын Засаг даргын Тамгын газар" in text
    assert made.created_at.strftime("%Y.%m.%d %H:%M:%S") in text and "MB" in text
    view.table.selectRow(0)
    view.restore_selected()
    qtbot.waitUntil(lambda: any(k == "information" for k, _ in boxes), timeout=10_000)
    assert "late" not in {u["username"] for u in users.list_users(state.ctx)}
    assert [b.reason for b in view.backups] == ["pre-restore", "manual"]
    assert audit.verify(state.ctx).ok
    users.create_user(state.ctx, "after", "after-pass-1", "viewer", "Дараа")  # keeps working


def test_settings_save_is_one_write_all_or_nothing(qtbot, state, boxes):
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    before = audit.count_entries(state.ctx)
    dialog.office_fields["name"].setText("Шинэ нэр")
    dialog.bags.list.item(0).setText("Хужирт баг")
    dialog.spins["backup.keep_recent"].setValue(3)
    changes = []
    state.bus.records_changed.connect(changes.append)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted and changes == ["settings"]
    assert office.get_office(state.ctx)["name"] == "Шинэ нэр"
    assert audit.count_entries(state.ctx) == before + 3  # office, bags, one setting

    again = SettingsDialog(state)
    qtbot.addWidget(again)
    again.office_fields["name"].setText("Дахин нэр")
    again.language.addItem("Français", "fr")  # refused by the settings service, after the office change
    again.language.setCurrentIndex(again.language.findData("fr"))
    again.save()
    assert boxes and boxes[-1][0] == "warning"
    assert again.result() != SettingsDialog.DialogCode.Accepted and changes == ["settings"]
    assert office.get_office(state.ctx)["name"] == "Шинэ нэр"  # nothing of the failed save was written


def test_new_user_error_keeps_the_dialog_open(qtbot, state, boxes):
    from soum_desk.ui.admin.users_tab import NewUserDialog

    changes = []
    state.bus.records_changed.connect(changes.append)
    new = NewUserDialog(state)
    qtbot.addWidget(new)
    new.username.setText("admin")  # taken
    new.password.setText("some-pass-123")
    new.password2.setText("some-pass-123")
    new.create()
    assert boxes and boxes[-1][0] == "warning"
    assert new.result() != NewUserDialog.DialogCode.Accepted and changes == []


def test_restore_refreshes_the_views_before_its_message(qtbot, state, monkeypatch):
    view = BackupView(state)
    qtbot.addWidget(view)
    made = backup.make_backup(state.ctx)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    seen_at_message = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *_a, **_k: seen_at_message.append([b.reason for b in view.backups]))
    assert view.restore_path(made.path)
    qtbot.waitUntil(lambda: bool(seen_at_message), timeout=10_000)
    assert seen_at_message == [["pre-restore", "manual"]]
    assert view.restore_button.isEnabled()


def test_settings_dialog_sets_how_plans_are_scored(qtbot, state):
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    reading = dialog.plan_combos["plans.level_reading"]
    groups = dialog.plan_combos["plans.score_groups"]
    assert reading.currentData() == "level" and groups.currentData() == "plan"  # seed 001's practice by default
    assert "100/70/40/0" in reading.currentText()
    reading.setCurrentIndex(reading.findData("percent"))
    groups.setCurrentIndex(groups.findData("sections"))
    dialog.save()
    assert settings.get(state.ctx, "plans.level_reading") == "percent"
    assert settings.get(state.ctx, "plans.score_groups") == "sections"
