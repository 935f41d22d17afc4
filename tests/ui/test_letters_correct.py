"""Issue 15: the head corrects a registered letter from the letters view, with a reason (audited)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from soum_desk.domain import clock
from soum_desk.services.core import audit
from soum_desk.services.letters import actions as letters
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState

TODAY = date(2026, 12, 3)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def letter(clerk_ctx):
    return letters.register_letter(clerk_ctx, direction="in", reg_date=date(2026, 11, 20), counterpart="Аймгийн ЗДТГ",
                                   subject="Мэдээ ирүүлэх тухай")


def _view(qtbot, ctx):
    from soum_desk.ui.letters.view import LettersView

    view = LettersView(AppState(ctx, DataBus()))
    qtbot.addWidget(view)
    view.table.selectRow(0)
    return view


def test_only_the_head_may_correct_and_others_are_told_why(qtbot, letter, clerk_ctx, viewer_ctx, head_ctx):
    for ctx in (clerk_ctx, viewer_ctx):
        button = _view(qtbot, ctx).buttons["correct"]
        assert not button.isEnabled() and "дарга" in button.toolTip()
    head_button = _view(qtbot, head_ctx).buttons["correct"]
    assert head_button.isEnabled() and head_button.text() == "Залруулах…"


def test_the_head_corrects_the_date_typed_in_the_office_format(qtbot, letter, head_ctx, monkeypatch):
    from soum_desk.ui import ops
    from soum_desk.ui.letters.correct_dialog import CorrectLetterDialog

    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))

    def head_at_the_dialog(dialog):  # what the head does while the dialog is open
        assert dialog.reg_date.text() == "2026.11.20" and dialog.counterpart.text() == "Аймгийн ЗДТГ"
        dialog.reg_date.setFocus()
        dialog.reg_date.selectAll()
        qtbot.keyClicks(dialog.reg_date, "2026.11.02")
        dialog.save()  # no reason: refused, the form stays open
        assert "шалтгаан" in shown[-1].msg.mn and dialog.result() != QDialog.DialogCode.Accepted
        dialog.reason.setText("Огноог буруу оруулсан")  # (keyClicks types ASCII only)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(CorrectLetterDialog, "exec", head_at_the_dialog)
    view = _view(qtbot, head_ctx)
    view.buttons["correct"].click()
    assert letters.get_letter(head_ctx, letter["id"])["reg_date"] == "2026-11-02"
    entry = audit.list_entries(head_ctx, audit.AuditFilter(action_prefix="letters.correct"))[0]
    assert json.loads(entry["after"])["reason"] == "Огноог буруу оруулсан"
    assert json.loads(entry["before"])["reg_date"] == "2026-11-20"
    assert view.model.data(view.model.index(0, 2)) == "2026.11.02"  # the list follows
    assert "2026.11.02" in view.detail.text()  # and the corrected letter stays selected


def test_a_correction_that_changes_nothing_is_refused(qtbot, letter, head_ctx, monkeypatch):
    from soum_desk.ui import ops
    from soum_desk.ui.letters.correct_dialog import CorrectLetterDialog

    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    dialog = CorrectLetterDialog(AppState(head_ctx, DataBus()), letter)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reason, "x")
    dialog.save()
    assert shown and shown[-1].msg.en == "Nothing was changed."
    assert dialog.result() != QDialog.DialogCode.Accepted
