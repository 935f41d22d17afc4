"""The plans area with pytest-qt: editor, period entry by keyboard, review, import wizard, report."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from soum_desk.services import demo
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.services.plans import tree as plans
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState
from tests.conftest import as_role
from tests.plans.seed_fixture import make_seed_like_xlsx


def make_view(qtbot, ctx):
    from soum_desk.ui.plans.view import PlansView

    view = PlansView(AppState(ctx, DataBus()))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    return view


def test_entry_by_keyboard_saves_as_you_go(qtbot, ctx):
    from tests.plans.conftest import build_small_plan

    plan = build_small_plan(ctx)
    view = make_view(qtbot, as_role(ctx, "clerk"))
    view.period.setCurrentIndex(view.period.findData("2024Q1"))
    entry = view.entry
    assert entry.model.rowCount() == 5
    qtbot.waitUntil(entry.narrative.hasFocus)
    entry.narrative.insertPlainText("Гэрээний биелэлтийг нэгтгэв")  # QTest types ASCII only
    qtbot.keyClick(entry.narrative, Qt.Key.Key_Tab)
    assert entry.percent.hasFocus()
    qtbot.keyClicks(entry.percent, "88,5")
    qtbot.keyClick(entry.percent, Qt.Key.Key_Return)
    assert entry.table.currentIndex().row() == 1  # moved on to the next measure
    saved = plans_progress.get_progress(ctx, plan["measures"][0], "2024Q1")
    assert saved["narrative"] == "Гэрээний биелэлтийг нэгтгэв" and saved["self_percent"] == 88.5
    # a bad percent is refused, the typing is kept and the row does not move
    entry.narrative.insertPlainText("Батламж")
    entry.percent.setFocus()
    qtbot.keyClicks(entry.percent, "150")
    qtbot.keyClick(entry.percent, Qt.Key.Key_Return)
    assert entry.table.currentIndex().row() == 1 and "0–100" in entry.message.text()
    assert plans_progress.get_progress(ctx, plan["measures"][1], "2024Q1") is None
    # leaving the view saves what was typed
    entry.narrative.insertPlainText(" — үргэлжилж байна")
    view.tabs.setCurrentWidget(view.editor)
    assert plans_progress.get_progress(ctx, plan["measures"][1], "2024Q1") is None  # 150 % still refused
    view.tabs.setCurrentWidget(view.entry)
    entry.percent.setText("")
    entry._mark_dirty()
    view.tabs.setCurrentWidget(view.review)
    assert plans_progress.get_progress(ctx, plan["measures"][1], "2024Q1")["narrative"].endswith("үргэлжилж байна")
    view.tabs.setCurrentWidget(view.entry)
    # filters
    entry.filter.setCurrentIndex(entry.filter.findData("not_due"))
    assert {entry.model.row(i)["number"] for i in range(entry.model.rowCount())} == {"3"}


def test_editor_tree_add_move_and_review_flow(qtbot, ctx, monkeypatch):
    from soum_desk.ui.plans import editor as editor_module
    from tests.plans.conftest import build_small_plan

    plan = build_small_plan(ctx)
    view = make_view(qtbot, ctx)
    view.tabs.setCurrentWidget(view.editor)
    tree = view.editor
    assert tree.model.rowCount() == 2  # two sections
    tree._select(("measure", plan["measures"][1]))
    tree.move(-1)
    numbers = [m["text"] for s in plans.tree(ctx, plan["document"]["id"])["sections"]
               for g in s["goals"] for m in g["measures"]]
    assert numbers[0] == "Батламжийн биелэлтийг тайлагнах"
    assert tree.selected() == ("measure", plan["measures"][1])
    monkeypatch.setattr(editor_module.QInputDialog, "getText", lambda *a, **k: ("ШИНЭ БҮЛЭГ", True))
    tree.add_section()
    assert tree.model.rowCount() == 3
    # head's review: approve locks the entry view
    head_view = make_view(qtbot, as_role(ctx, "head"))
    head_view.period.setCurrentIndex(head_view.period.findData("2024Q1"))
    head_view.tabs.setCurrentWidget(head_view.review)
    review = head_view.review
    assert review.btn_approve.isEnabled() and not review.btn_reopen.isEnabled()
    review.btn_approve.click()
    assert review.btn_reopen.isEnabled() and "Баталсан" in review.status.text()
    # who and when as a person reads them: the head's name and the office's date format
    assert "Б.Дарга" in review.status.text() and "head," not in review.status.text()
    assert "T" not in review.status.text().split("—")[-1] and "-" not in review.status.text().split("—")[-1]
    head_view.tabs.setCurrentWidget(head_view.entry)
    assert head_view.entry.locked and not head_view.entry.narrative.isEnabled()


def test_import_wizard_preview_then_apply(qtbot, ctx, tmp_path):
    from soum_desk.ui.plans.import_wizard import ImportDialog

    path = make_seed_like_xlsx(tmp_path / "seed.xlsx")
    dialog = ImportDialog(AppState(ctx, DataBus()), None, str(path))
    qtbot.addWidget(dialog)
    dialog.run_preview()
    qtbot.waitUntil(lambda: dialog.btn_import.isEnabled(), timeout=10000)
    assert dialog.problems.rowCount() >= 3
    assert "Тайлан, мөр/row" in dialog.problems.item(0, 1).text()
    assert plans.list_documents(ctx) == []  # nothing written before the user confirms
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.btn_import.click()
    assert len(plans.list_documents(ctx)) == 1


def test_report_dialog_writes_pdf(qtbot, system_ctx, tmp_path, monkeypatch):
    from soum_desk.ui.plans import report_dialog

    demo.load_demo(system_ctx)
    doc = plans.list_documents(system_ctx, date.today().year - 1)[0]  # the plan with four quarters
    from soum_desk.ui.widgets import report_output

    monkeypatch.setattr(report_output, "open_with_system", lambda path: True)
    dialog = report_dialog.ReportDialog(AppState(system_ctx, DataBus()), doc, f"{doc['year']}Q4")
    qtbot.addWidget(dialog)
    dialog.out.setText(str(tmp_path / "q4.pdf"))
    dialog.make()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert (tmp_path / "q4.pdf").stat().st_size > 5000
    assert dialog.preview is not None and dialog.preview.page_count >= 5  # the shared report preview
    assert plans_scoring.compute(system_ctx, doc["id"], f"{doc['year']}Q4")["measures_total"] == 59
    # making it again asks before replacing the file; «No» leaves it as it was
    asked = []
    monkeypatch.setattr(report_dialog, "confirm", lambda *a: asked.append(a[-1]) or False)
    before = (tmp_path / "q4.pdf").stat().st_mtime_ns
    dialog.written = None
    dialog.make()
    assert asked and "q4.pdf" in asked[0] and dialog.written is None
    assert (tmp_path / "q4.pdf").stat().st_mtime_ns == before


def test_english_translation_is_complete_and_loads(qtbot, ctx):
    import xml.etree.ElementTree as ET

    from soum_desk.config import resources_dir
    from soum_desk.i18n_build import compile_qm

    ts = ET.parse(resources_dir() / "i18n" / "plans_en.ts")
    assert not [m.find("source").text for m in ts.iter("message")
                if m.find("translation").get("type") == "unfinished"]
    from soum_desk.ui.i18n import install_language

    compile_qm()
    install_language("en")
    try:
        view = make_view(qtbot, ctx)
        assert view.btn_report.text() == "Report…"
        assert view.tabs.tabText(0) == "Period entry"
        assert view.entry.filter.itemText(1) == "Not reported"
        from soum_desk.ui.plans.document_dialog import DocumentDialog

        dialog = DocumentDialog(view)
        assert "Governor's action programme" in [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    finally:
        install_language("mn")


def test_document_details_move_to_goal_and_delete(qtbot, ctx, monkeypatch):
    from soum_desk.ui.plans import document_dialog, editor, view
    from tests.plans.conftest import build_small_plan

    plan = build_small_plan(ctx)
    v = make_view(qtbot, ctx)
    monkeypatch.setattr(document_dialog.DocumentDialog, "exec", lambda self: True)
    original = document_dialog.DocumentDialog.values
    monkeypatch.setattr(document_dialog.DocumentDialog, "values",
                        lambda self: {**original(self), "act_number": "А/99"})
    v.edit_document()
    assert plans.list_documents(ctx)[0]["act_number"] == "А/99"
    v.tabs.setCurrentWidget(v.editor)
    v.editor._select(("measure", plan["measures"][0]))
    monkeypatch.setattr(editor.QInputDialog, "getItem", lambda *a, **k: (a[3][2], True))  # third goal
    v.editor.move_to_goal()
    goal3 = plans.tree(ctx, plan["document"]["id"])["sections"][1]["goals"][0]
    assert plan["measures"][0] in [m["id"] for m in goal3["measures"]]
    monkeypatch.setattr(view, "confirm", lambda *a: True)
    v.delete_document()
    assert plans.list_documents(ctx) == [] and v.document.count() == 0


def test_evidence_panel_attaches_to_the_current_measure(qtbot, ctx, tmp_path):
    from soum_desk.services.plans import evidence as plans_evidence
    from tests.plans.conftest import build_small_plan

    plan = build_small_plan(ctx)
    view = make_view(qtbot, ctx)
    view.period.setCurrentIndex(view.period.findData("2024Q1"))
    panel = view.entry.evidence
    assert panel.btn_attach.isEnabled() and panel.files.count() == 0
    scan = tmp_path / "akt.pdf"
    scan.write_bytes(b"%PDF-1.4\nscan\n%%EOF\n")
    panel.attach(str(scan))
    qtbot.waitUntil(lambda: panel.files.count() == 1, timeout=10000)
    assert panel.files.item(0).text().startswith("akt.pdf")
    assert plans_evidence.list_evidence(ctx, plan["measures"][0], "2024Q1")[0]["filename"] == "akt.pdf"


def test_viewer_sees_but_cannot_type(qtbot, ctx):
    from tests.plans.conftest import build_small_plan

    build_small_plan(ctx)
    view = make_view(qtbot, as_role(ctx, "viewer"))
    view.period.setCurrentIndex(view.period.findData("2024Q1"))
    assert view.entry.model.rowCount() == 5
    assert not view.entry.narrative.isEnabled() and not view.entry.evidence.btn_attach.isEnabled()
    assert not view.btn_import.isEnabled() and view.btn_report.isEnabled()


def _plan_audit(ctx):
    from soum_desk.services.core import audit

    return audit.list_entries(ctx, audit.AuditFilter(action_prefix="plans.progress"))


def test_saving_one_entry_row_is_one_transaction_and_one_audit_entry(qtbot, ctx, monkeypatch):
    """Narrative, percent and evaluation of one measure: one write, one audit entry (was two of each)."""
    from soum_desk.services.core.context import AppContext
    from tests.plans.conftest import build_small_plan

    plan = build_small_plan(ctx)
    view = make_view(qtbot, ctx)
    view.period.setCurrentIndex(view.period.findData("2024Q1"))
    entry = view.entry
    transactions = []
    real = AppContext.transaction

    def counting(self):  # noqa: ANN001, ANN202
        transactions.append(1)
        return real(self)

    monkeypatch.setattr(AppContext, "transaction", counting)
    changes = []
    view.state.bus.records_changed.connect(changes.append)
    entry.narrative.setPlainText("Нэгтгэн хүргүүлэв")
    entry.percent.setText("95")
    entry.level.setCurrentIndex(entry.level.findData("implemented"))
    entry.eval_percent.setText("92")
    entry._mark_dirty()
    assert entry.save()
    assert len(transactions) == 1 and changes == ["plans"]
    (logged,) = _plan_audit(ctx)
    after = json.loads(logged["after"])
    assert logged["action"] == "plans.progress.create"
    assert (after["narrative"], after["self_percent"], after["level"], after["eval_percent"]) == \
        ("Нэгтгэн хүргүүлэв", 95, "implemented", 92)
    saved = plans_progress.get_progress(ctx, plan["measures"][0], "2024Q1")
    assert (saved["self_percent"], saved["level"], saved["eval_percent"]) == (95, "implemented", 92)
    # clearing the evaluation again is still one write
    entry.level.setCurrentIndex(0)
    entry._mark_dirty()
    assert entry.save() and len(transactions) == 2 and len(_plan_audit(ctx)) == 2
    assert plans_progress.get_progress(ctx, plan["measures"][0], "2024Q1")["level"] is None
    # a refused percent writes nothing and emits nothing
    entry.percent.setText("150")
    entry._mark_dirty()
    assert not entry.save() and "0–100" in entry.message.text()
    assert len(transactions) == 2 and changes == ["plans", "plans"]


def test_one_screen_refresh_computes_the_plan_once(qtbot, ctx, monkeypatch):
    """The dashboard's drill-down sets tab, period and filter: one computation, not one per setting;
    another filter re-filters the measures already computed."""
    from tests.plans.conftest import build_small_plan

    build_small_plan(ctx)
    view = make_view(qtbot, ctx)
    calls = []
    real = plans_scoring.compute_in
    monkeypatch.setattr(plans_scoring, "compute_in", lambda *a, **k: calls.append(1) or real(*a, **k))
    view.apply_filter({"period": "2024Q2", "entry_filter": "not_reported"})
    assert len(calls) == 1
    assert view.current_period() == "2024Q2" and view.entry.filter.currentData() == "not_reported"
    assert view.entry.model.rowCount() == 4  # every measure due in Q2 and not reported
    view.entry.filter.setCurrentIndex(view.entry.filter.findData("all"))
    assert len(calls) == 1 and view.entry.model.rowCount() == 5
    view.period.setCurrentIndex(view.period.findData("2024Q3"))
    assert len(calls) == 2


def test_opening_the_plans_area_computes_the_plan_once(qtbot, ctx, monkeypatch):
    """Issue 18: opening the area on a plan reads and scores it once (a 2,000-measure plan costs most
    of the opening), and the entry shows every measure with its figures."""
    from tests.plans.conftest import build_small_plan

    build_small_plan(ctx)
    calls = []
    real = plans_scoring.compute_in
    monkeypatch.setattr(plans_scoring, "compute_in", lambda *a, **k: calls.append(1) or real(*a, **k))
    view = make_view(qtbot, ctx)
    assert len(calls) == 1
    rows = [view.entry.model.row(i) for i in range(view.entry.model.rowCount())]
    assert len(rows) == 5 and all(r["status"] for r in rows)


def test_the_plan_act_date_is_optional_typed_in_the_office_format_and_named_when_future(qtbot, ctx, monkeypatch):
    """Issue 15: the approving act's date, left out or typed as 2026.01.15; a future one is refused by name."""
    from soum_desk.domain import clock
    from soum_desk.errors import ValidationError
    from soum_desk.ui.plans.document_dialog import DocumentDialog

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))
    dialog = DocumentDialog()
    qtbot.addWidget(dialog)
    assert dialog.values()["act_date"] is None
    dialog.title.setText("2027 оны төлөвлөгөө")
    dialog.act_date.given.setChecked(True)
    dialog.act_date.edit.selectAll()
    qtbot.keyClicks(dialog.act_date.edit, "2027.01.15")
    assert dialog.values()["act_date"] == date(2027, 1, 15)
    with pytest.raises(ValidationError, match="Баталсан огноо 2027.01.15 ирээдүйд"):
        plans.create_document(ctx, **dialog.values())
    dialog.act_date.edit.selectAll()
    qtbot.keyClicks(dialog.act_date.edit, "2026.11.20")
    doc = plans.create_document(ctx, **dialog.values())
    again = DocumentDialog(document=doc)
    qtbot.addWidget(again)
    assert again.act_date.edit.text() == "2026.11.20" and again.act_date.value() == date(2026, 11, 20)


def test_whole_plan_menu_exports_and_imports(qtbot, ctx, tmp_path, monkeypatch):
    from soum_desk.services.plans import demo as plans_demo
    from soum_desk.services.plans import document_io
    from soum_desk.ui.plans import document_menu

    head = as_role(ctx, "head")
    doc = plans_demo.load_plans_demo(head, 2024)
    view = make_view(qtbot, head)
    button = view.btn_whole
    assert [a.objectName() for a in button.menu().actions()] == ["plans_whole_export", "plans_whole_import"]
    out = tmp_path / "whole.xlsx"
    monkeypatch.setattr(button, "save_path", lambda suggested: str(out))
    monkeypatch.setattr(button, "open_path", lambda: str(out))
    button.export_action.trigger()
    assert document_io.preview_document(head, out)["action"] == "unchanged"
    told: list[str] = []
    monkeypatch.setattr(document_menu.QMessageBox, "information", lambda _p, _t, text: told.append(text))
    button.import_action.trigger()
    assert told and "nothing changes" not in told[0] and "юу ч өөрчлөгдөхгүй" in told[0]
    plans.delete_document(head, doc["id"])
    view.reload_documents()
    asked: list[str] = []
    monkeypatch.setattr(document_menu, "confirm", lambda _p, _t, text: asked.append(text) or True)
    button.import_action.trigger()
    assert "шинээр үүснэ" in asked[0] and "2024Q4" in asked[0]
    [back] = plans.list_documents(head)
    assert view.current_document()["id"] == back["id"]
    assert document_io.preview_document(head, out)["action"] == "unchanged"


def test_whole_plan_import_is_not_offered_to_a_viewer(qtbot, ctx):
    view = make_view(qtbot, as_role(ctx, "viewer"))
    assert not view.btn_whole.import_action.isEnabled() and view.btn_whole.export_action.isEnabled()


def test_editor_sets_a_section_weight(qtbot, ctx, monkeypatch):
    from soum_desk.ui.plans import editor as editor_module
    from tests.plans.conftest import build_small_plan

    plan = build_small_plan(ctx)
    view = make_view(qtbot, ctx)
    view.tabs.setCurrentWidget(view.editor)
    section = plan["sections"][1]["id"]
    view.editor._select(("measure", plan["measures"][3]))  # a measure of the second section: its section is meant
    asked = []
    monkeypatch.setattr(editor_module.QInputDialog, "getDouble",
                        lambda *a, **k: asked.append(a[3]) or (40.0, True))
    view.editor.buttons["weight"].click()
    assert asked == [1.0]  # the current weight is offered
    weights = {s["id"]: s["weight"] for s in plans.tree(ctx, plan["document"]["id"])["sections"]}
    assert weights[section] == 40 and weights[plan["sections"][0]["id"]] == 1
    assert view.editor.selected() == ("section", section)
