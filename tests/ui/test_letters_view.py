"""The letters area through its widgets (offscreen)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from soum_desk.domain.periods import Period
from soum_desk.services.core import attachments
from soum_desk.services.core.attachments import blob_path
from soum_desk.services.letters import actions as letters
from soum_desk.services.letters import queries as letters_query
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState


@pytest.fixture
def state(clerk_ctx):
    return AppState(clerk_ctx, DataBus())


def _in(ctx, days_ago, **kw):
    return letters.register_letter(ctx, direction="in", reg_date=date.today() - timedelta(days=days_ago),
                                   counterpart=kw.pop("counterpart", "Аймгийн ЗДТГ"),
                                   subject=kw.pop("subject", "Мэдээ ирүүлэх"), reply_required=True, **kw)


def test_list_filters_and_overdue_highlight(qtbot, state):
    from soum_desk.ui.letters.view import OVERDUE, LettersView

    _in(state.ctx, 60, subject="Төсвийн тайлан")
    _in(state.ctx, 2, subject="Малын тооллого")
    for i in range(150):
        letters.register_letter(state.ctx, direction="out", reg_date=date.today() - timedelta(days=i % 30),
                                counterpart="Сангийн яам", subject=f"Хариу {i}")
    view = LettersView(state)
    qtbot.addWidget(view)
    assert view.model.total == 152 and view.model.rowCount() == 100  # paged
    view.model.fetchMore()
    assert view.model.rowCount() == 152
    view.direction.setCurrentIndex(view.direction.findData("in"))
    assert view.model.total == 2
    overdue_row = next(i for i in range(2) if view.model.row_at(i)["status"] == "overdue")
    assert view.model.data(view.model.index(overdue_row, 0), Qt.ItemDataRole.BackgroundRole) == OVERDUE
    view.search.setText("тооллого")
    qtbot.waitUntil(lambda: view.model.total == 1)
    view.table.selectRow(0)
    assert "Малын тооллого" in view.detail.text()
    view.search.clear()
    view.status.setCurrentIndex(view.status.findData("overdue"))
    qtbot.waitUntil(lambda: view.model.total == 1)


def test_register_form_with_answer(qtbot, state, monkeypatch):
    from soum_desk.ui.letters.answer_picker import AnswerPicker
    from soum_desk.ui.letters.form import LetterDialog

    first = _in(state.ctx, 3, counterpart="Боловсролын яам")
    dialog = LetterDialog(state, "out")
    qtbot.addWidget(dialog)
    assert "Боловсролын яам" in dialog.counterpart.completer().model().stringList()
    monkeypatch.setattr(AnswerPicker, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(AnswerPicker, "chosen", lambda self: [first])
    dialog.pick_answers()
    assert dialog.counterpart.text() == "Боловсролын яам"
    dialog.subject.setText("Хариу хүргүүлэх")
    dialog.save()
    assert dialog.saved is not None and dialog.result() == QDialog.DialogCode.Accepted
    assert letters.get_letter(state.ctx, first["id"])["answered_on"] == date.today().isoformat()


def test_form_error_keeps_dialog_open(qtbot, state, monkeypatch):
    from soum_desk.ui import ops
    from soum_desk.ui.letters import form

    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    dialog = form.LetterDialog(state, "in")
    qtbot.addWidget(dialog)
    dialog.save()
    assert shown and shown[0].where == "counterpart" and dialog.saved is None


def test_answer_picker_lists_waiting(qtbot, state):
    from soum_desk.ui.letters.answer_picker import AnswerPicker

    _in(state.ctx, 3)
    picker = AnswerPicker(state, "")
    qtbot.addWidget(picker)
    assert picker.list.count() == 1
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert len(picker.chosen()) == 1


def test_attachments_panel_checks_hash(qtbot, state, tmp_path, monkeypatch):
    from soum_desk.ui.widgets import attachments_panel

    letter = _in(state.ctx, 1)
    opened, errors = [], []
    monkeypatch.setattr(attachments_panel, "show_error", lambda parent, exc: errors.append(exc))
    panel = attachments_panel.AttachmentsPanel(state, "letter", opener=opened.append)
    qtbot.addWidget(panel)
    panel.set_record(letter["id"])
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    panel.add_files([str(scan)])
    assert panel.list.count() == 1
    panel.list.setCurrentRow(0)
    copy = panel.open_selected()
    assert opened == [copy] and copy.read_bytes() == b"%PDF-1.4 test"
    info = attachments.list_attachments(state.ctx, "letter", letter["id"])[0]
    blob_path(state.ctx.paths.attachments_dir, info["sha256"]).write_bytes(b"%PDF-1.4 changed")
    assert panel.open_selected() is None and len(opened) == 1 and "damaged" in str(errors[0])


def test_import_and_reports_in_background(qtbot, state, tmp_path, monkeypatch):
    from openpyxl import Workbook

    from soum_desk.ui.letters import tools
    from soum_desk.ui.letters.view import LettersView

    wb = Workbook()
    wb.active.title = "Ирсэн бичиг"
    wb.active.append(["Огноо", "Байгууллага", "Товч агуулга", "Дугаар"])
    wb.active.append(["2024.02.01", "Сангийн яам", "Төсөв", 1])
    wb.save(tmp_path / "old.xlsx")
    view = LettersView(state)
    qtbot.addWidget(view)
    seen = []
    tools.import_register(view, str(tmp_path / "old.xlsx"), confirm=lambda p: seen.append(p) or False)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].summary()["new"] == 1
    assert letters_query.count_letters(state.ctx) == 0  # cancelled: nothing written
    told = []
    monkeypatch.setattr(tools.QMessageBox, "information", lambda *a: told.append(a[-1]))
    tools.import_register(view, str(tmp_path / "old.xlsx"), confirm=lambda p: True)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert letters_query.count_letters(state.ctx) == 1
    from soum_desk.ui.widgets.report_preview import ReportPreview

    tools.overdue_report(view, str(tmp_path / "o.pdf"))
    qtbot.waitUntil(lambda: view.findChild(ReportPreview) is not None, timeout=10000)
    assert (tmp_path / "o.pdf").exists()  # made, and opened at once in the preview with Print


def test_figures_dialog(qtbot, state):
    from soum_desk.ui.letters.tools import FiguresDialog
    from soum_desk.ui.letters.view import LettersView

    _in(state.ctx, 0)
    view = LettersView(state)
    qtbot.addWidget(view)
    dialog = FiguresDialog(view)
    qtbot.addWidget(dialog)
    # reporting opens on the last closed quarter, chosen from the one period picker (was free text)
    assert dialog.period.text() == Period.containing(date.today()).previous().code
    dialog.period.setText(Period.containing(date.today()).code)
    assert dialog.values["received"].text() == "1"


def test_the_letter_dates_keep_what_is_typed_and_a_future_one_is_refused_by_name(qtbot, clerk_ctx, monkeypatch):
    from soum_desk.domain import clock
    from soum_desk.ui import ops
    from soum_desk.ui.letters.form import LetterDialog
    from soum_desk.ui.state import AppState

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))
    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    dialog = LetterDialog(AppState(clerk_ctx, DataBus()), "in")
    qtbot.addWidget(dialog)
    assert dialog.reg_date.displayFormat() == "yyyy.MM.dd" and dialog.their_date.value() is None
    dialog.counterpart.setText("Аймгийн ЗДТГ")
    dialog.subject.setText("Мэдээ ирүүлэх тухай")
    dialog.reg_date.selectAll()
    qtbot.keyClicks(dialog.reg_date, "2026.11.20")
    dialog.their_date.given.setChecked(True)
    dialog.their_date.edit.selectAll()
    qtbot.keyClicks(dialog.their_date.edit, "2026.12.10")
    dialog.save()
    assert "Тэдний огноо 2026.12.10 ирээдүйд байна" in shown[-1].msg.mn and dialog.saved is None
    dialog.their_date.edit.selectAll()
    qtbot.keyClicks(dialog.their_date.edit, "2026.11.18")
    dialog.save()
    assert (dialog.saved["reg_date"], dialog.saved["their_date"]) == ("2026-11-20", "2026-11-18")


def test_after_saving_a_letter_its_number_is_shown_and_selected(qtbot, state, monkeypatch):
    from soum_desk.ui.letters.form import LetterDialog
    from soum_desk.ui.letters.view import LettersView
    from soum_desk.ui.widgets import saved_record

    view = LettersView(state)
    qtbot.addWidget(view)
    view.search.setText("хайлтад олдохгүй үг")  # a filter that would hide the new letter

    def fill_and_save(dialog):
        dialog.counterpart.setText("Аймгийн Засаг даргын Тамгын газар")
        dialog.subject.setText("Тайлан ирүүлэх тухай")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(LetterDialog, "exec", fill_and_save)
    saved = view.new_letter("in")
    assert saved is not None and f"№{saved['reg_no']}" in view.saved_note.text()
    assert view.search.text() == "" and view.selected()["id"] == saved["id"]

    form = LetterDialog(state, "in")
    qtbot.addWidget(form)
    form.show()
    form.subject.setText("Хагас бичсэн")
    monkeypatch.setattr(saved_record, "confirm", lambda *a: False)
    form.reject()
    assert form.isVisible()  # the typed subject is not dropped without a question
