"""Issue 16: signatories, date and place chosen in a report dialog reach the paper, and come back next time."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from soum_desk.services.core import users
from soum_desk.ui.bus import DataBus
from soum_desk.ui.petitions.report_dialog import ReportDialog
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.signing_box import SigningDialog, ask_signing
from tests.conftest import as_role


def _office(ctx):
    users.create_user(ctx, "tsetseg", "tsetseg-pass-1", "clerk", "Я.Жаргалцэцэг",
                      "Төрийн захиргааны удирдлагын хэлтсийн дарга")
    users.create_user(ctx, "nameless", "nameless-pass-1", "viewer", "")
    return AppState(as_role(ctx, "clerk"), DataBus())


def _choose(combo, login: str) -> None:
    index = combo.findData(login)
    assert index >= 0, login
    combo.setCurrentIndex(index)


def test_signatories_chosen_in_the_petitions_dialog_are_printed_and_remembered(qtbot, ctx, tmp_path, monkeypatch):
    state = _office(ctx)
    dialog = ReportDialog(state)
    qtbot.addWidget(dialog)
    box = dialog.signing
    people = [box.people["checked"].itemText(i) for i in range(box.people["checked"].count())]
    assert "Б.Дарга — ЗДТГ-ын дарга" in people and not any("nameless" in p or "admin" in p for p in people)
    assert box.place.text() == "Есөнбулаг"  # the office's place by default
    first = box.signing()  # nothing remembered: the head checks, who makes the report reports
    assert (first.checked, first.reported, first.compiled) == ("head", "clerk", "-")
    _choose(box.people["checked"], "head")
    _choose(box.people["reported"], "tsetseg")
    _choose(box.people["compiled"], "clerk")
    box.report_date.setDate(QDate(2024, 12, 13))
    box.place.setText("Алтай хот")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export("pdf")
    qtbot.waitUntil(lambda: target.exists() and hasattr(dialog, "last_path"), timeout=20000)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    for expected in ("ХЯНАСАН:", "Б.ДАРГА", "ТАЙЛАГНАСАН:", "Я.ЖАРГАЛЦЭЦЭГ", "БИЕЛЭЛТИЙГ НЭГТГЭСЭН:", "Г.АЖИЛТАН",
                     "2024.12.13", "Алтай хот"):
        assert expected in text, expected
    again = ReportDialog(state)
    qtbot.addWidget(again)
    chosen = again.signing.signing()
    assert (chosen.checked, chosen.reported, chosen.compiled) == ("head", "tsetseg", "clerk")
    assert chosen.report_date == date.today() and chosen.place == "Есөнбулаг"  # date and place default anew


def test_the_signing_dialog_of_another_report_kind_keeps_its_own_choice(qtbot, ctx):
    state = _office(ctx)
    dialog = SigningDialog(state, "archive")
    qtbot.addWidget(dialog)
    assert dialog.box.signing().compiled == "-"  # nothing chosen yet for the archive's reports: by hand
    _choose(dialog.box.people["compiled"], "tsetseg")
    dialog.box.remember()
    assert ask_signing(None, state, "archive", ask=False).compiled == "tsetseg"
    assert ask_signing(None, state, "letters", ask=False).compiled is None


def test_the_users_tab_fills_in_a_full_name_and_position(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from soum_desk.ui.admin.users_tab import UsersTab

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    tab = UsersTab(AppState(ctx, DataBus()))
    qtbot.addWidget(tab)
    tab.table.selectRow(next(i for i, u in enumerate(tab.rows) if u["username"] == "viewer"))
    answers = iter([("Х.Харагч", True), ("Ахлах мэргэжилтэн", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    tab.change_details()
    viewer = next(u for u in users.list_users(ctx) if u["username"] == "viewer")
    assert viewer["position"] == "Ахлах мэргэжилтэн" and viewer["full_name"] == "Х.Харагч"
    tab.table.selectRow(next(i for i, u in enumerate(tab.rows) if u["username"] == "head"))
    answers = iter([("Б.Дарга", True), ("", True)])  # the head signs reports: the position stays required
    tab.change_details()
    head = next(u for u in users.list_users(ctx) if u["username"] == "head")
    assert head["position"] == "ЗДТГ-ын дарга" and shown and "Албан тушаал" in shown[-1]
