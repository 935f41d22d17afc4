from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import queries as q
from soum_desk.ui.bus import DataBus
from soum_desk.ui.petitions.detail_dialog import DetailDialog
from soum_desk.ui.petitions.import_dialog import ImportDialog
from soum_desk.ui.petitions.register_dialog import RegisterDialog
from soum_desk.ui.petitions.report_dialog import ReportDialog
from soum_desk.ui.petitions.view import HIGHLIGHT, PetitionsView
from soum_desk.ui.state import AppState

PERSON = {"name": "Б.Болд", "register_no": "УБ85010112", "phone": "99112233"}


def state_for(ctx):
    return AppState(ctx, DataBus())


@pytest.fixture
def filled(clerk_ctx):
    today = date.today()
    old = datetime(today.year - 1, 1, 10, 9, 0)
    petitions.register(clerk_ctx, received_at=old, channel="written", kind="complaint",
                       summary="Гомдол: ус түгээх байр хаалттай", petitioner=PERSON, bag="1-р баг")
    for i in range(5):
        petitions.register(clerk_ctx, received_at=datetime.now().replace(microsecond=0), channel="phone",
                           kind="request", summary=f"Тэтгэмжийн хүсэлт {i}", anonymous=True)
    return clerk_ctx


def test_list_filters_search_sort_and_highlight(qtbot, filled):
    view = PetitionsView(state_for(filled))
    qtbot.addWidget(view)
    assert view.model.rowCount() == 6
    view.search.setText("ГОМДОЛ")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    index = view.model.index(0, 0)
    assert view.model.data(index, Qt.ItemDataRole.BackgroundRole).color() == HIGHLIGHT["overdue"]
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 6, timeout=3000)
    view.overdue.setChecked(True)
    assert view.model.rowCount() == 1
    view.overdue.setChecked(False)
    view.kind.setCurrentIndex(view.kind.findData("request"))
    assert view.model.rowCount() == 5
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.model.sort_key == "reg_no" and not view.model.descending
    assert q.overdue_count(filled) == 1


def test_a_petition_is_found_by_number_and_by_the_citizen(qtbot, filled, viewer_ctx):
    view = PetitionsView(state_for(filled))
    qtbot.addWidget(view)
    view.show()
    wanted = q.list_page(filled, q.PetitionFilter(text="ГОМДОЛ"))[0]["reg_no"]
    view.search.setText(wanted)  # «2025/0001» as written on the citizen's slip
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    view.search.clear()
    assert view.person.isVisible()
    view.person.setText("болд")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    viewer = PetitionsView(state_for(viewer_ctx))  # no personal-data right: no such box
    qtbot.addWidget(viewer)
    viewer.show()
    assert not viewer.person.isVisible() and viewer.current_filter().person is None


def test_register_form_shows_due_date_and_saves(qtbot, clerk_ctx):
    state = state_for(clerk_ctx)
    dialog = RegisterDialog(state)
    qtbot.addWidget(dialog)
    dialog.received.setDateTime(datetime(2024, 3, 5, 10, 0))
    assert dialog.due.text().startswith("2024.04.04")
    dialog.channel.setCurrentIndex(dialog.channel.findData("c1111"))
    assert dialog.due.text().startswith("2024.03.20")
    dialog.summary.setPlainText("Худаг засварлуулах хүсэлт")
    dialog.name.setText("Д.Сараа")
    dialog.register_no.setText("ЧД92031512")
    with qtbot.waitSignal(state.bus.records_changed):
        assert dialog.save(close=False) is not None
    assert dialog.saved[0]["reg_no"] == "2024/0001" and dialog.summary.toPlainText() == ""
    dialog.register_no.setText("ЧД1")
    dialog.name.setText("x")
    dialog.summary.setPlainText("y")
    from soum_desk.ui import messages
    shown = []
    messages_show = messages.QMessageBox.warning
    messages.QMessageBox.warning = lambda *a: shown.append(a)
    try:
        assert dialog.save(close=True) is None
    finally:
        messages.QMessageBox.warning = messages_show
    assert shown and "Регистр" in shown[0][2]


def test_detail_personal_data_history_and_actions(qtbot, filled, viewer_ctx, head_ctx):
    pid = 1
    clerk_view = DetailDialog(state_for(filled), pid)
    qtbot.addWidget(clerk_view)
    texts = [clerk_view.person.itemAt(i).widget().text() for i in range(clerk_view.person.count())
             if clerk_view.person.itemAt(i).widget()]
    assert "Б.Болд" in texts
    assert clerk_view.history.count() >= 1 and not clerk_view.btn_extend.isEnabled()
    viewer = DetailDialog(state_for(viewer_ctx), pid)
    qtbot.addWidget(viewer)
    texts = [viewer.person.itemAt(i).widget().text() for i in range(viewer.person.count())
             if viewer.person.itemAt(i).widget()]
    assert "Б.Болд" not in " ".join(texts) and not viewer.btn_resolve.isEnabled()
    head = DetailDialog(state_for(head_ctx), pid)
    qtbot.addWidget(head)
    assert head.btn_extend.isEnabled()
    head._run(lambda: petitions.extend(head_ctx, pid, "Нэмэлт шалгалт"))
    assert not head.btn_extend.isEnabled() and head.history.count() >= 3


def test_report_dialog_figures_and_pdf(qtbot, filled, tmp_path, monkeypatch):
    dialog = ReportDialog(state_for(filled))
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(dialog.period.findData(str(date.today().year - 1)))
    assert dialog.table.item(0, 1).text() == "1"
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export("pdf")
    qtbot.waitUntil(lambda: target.exists() and hasattr(dialog, "last_path"), timeout=20000)
    assert target.read_bytes()[:4] == b"%PDF"
    from soum_desk.ui.widgets.report_preview import ReportPreview

    preview = dialog.findChild(ReportPreview)  # the report opens at once, with Print
    assert preview is not None and preview.isVisible() and preview.page_count >= 1


def test_import_dialog_preview_and_import(qtbot, clerk_ctx, tmp_path):
    from tests.importers.test_petition_xlsx import make_register

    path = make_register(tmp_path / "register.xlsx")
    state = state_for(clerk_ctx)
    dialog = ImportDialog(state, path=str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=10000)
    assert dialog.errors.count() == 3 and dialog.import_button.isEnabled()
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert dialog.result["imported"] == 3


def test_import_dialog_lists_a_missing_bag_once_with_its_rows(qtbot, clerk_ctx, tmp_path):
    """Issue 19: 400 identical lines for one missing bag; now one line with the count, rows and fix."""
    from tests.importers.test_petition_xlsx import _row, _rows_register

    rows = [_row(str(n), "2024.03.05", bag="9-р баг") for n in range(1, 401)] + [_row("401", "2024.03.05")]
    dialog = ImportDialog(state_for(clerk_ctx), path=str(_rows_register(tmp_path / "bags.xlsx", rows)))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=10000)
    assert dialog.errors.count() == 1
    assert "«9-р баг» баг бүртгэлгүй" in dialog.errors.item(0).text() and "400 мөр (мөр 2–401)" in \
        dialog.errors.item(0).text()


def test_import_dialog_adds_the_missing_bags_with_one_tick(qtbot, clerk_ctx, tmp_path):
    """Issue 16: the bags the file names are listed with their row counts; unticked, the rows stay out."""
    from soum_desk.services.core import office
    from soum_desk.services.petitions import queries as q
    from tests.importers.test_petition_xlsx import _row, _rows_register

    rows = [_row(f"2024/{n:04d}", "2024.03.05", bag="9-р баг") for n in range(1, 214)]
    path = str(_rows_register(tmp_path / "bags.xlsx", rows))
    dialog = ImportDialog(state_for(clerk_ctx), path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=10000)
    assert dialog.missing.text() == "Бүртгэлгүй баг: 9-р баг — 213 мөр"
    assert not dialog.add_missing.isChecked() and not dialog.import_button.isEnabled()  # nothing else to import
    assert "213" in dialog.add_missing.text() and "Дутуу багуудыг бүртгэх" in dialog.add_missing.text()
    dialog.add_missing.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert dialog.result["imported"] == 213 and "9-р баг" in [b["name"] for b in office.list_bags(clerk_ctx)]
    assert q.count(clerk_ctx) == 213


def test_view_switches_to_english(qtbot, filled):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from soum_desk.config import resources_dir

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "i18n" / "petitions_en.qm"))
    app = QCoreApplication.instance()

    def install_language(lang):  # ui/i18n.install_language, limited to this area's translations
        if lang == "en":
            app.installTranslator(translator)
        else:
            app.removeTranslator(translator)

    view = PetitionsView(state_for(filled))
    qtbot.addWidget(view)
    assert view.btn_new.text() == "Шинэ өргөдөл"
    try:
        filled.lang = "en"
        install_language("en")
        qtbot.waitUntil(lambda: view.btn_new.text() == "New petition", timeout=3000)
        assert view.kind.itemText(view.kind.findData("complaint")) == "Complaint"
        assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Received"
    finally:
        filled.lang = "mn"
        install_language("mn")
    qtbot.waitUntil(lambda: view.btn_new.text() == "Шинэ өргөдөл", timeout=3000)


def test_detail_attaches_a_scan_to_the_petition(qtbot, filled, viewer_ctx, tmp_path):
    from soum_desk.services.core import attachments

    dialog = DetailDialog(state_for(filled), 1)
    qtbot.addWidget(dialog)
    scan = tmp_path / "ourgodol.pdf"
    scan.write_bytes(b"%PDF-1.4 petition scan")
    dialog.attachments.add_files([str(scan)])
    assert dialog.attachments.list.count() == 1
    stored = attachments.list_attachments(filled, "petition", 1)
    assert [a["filename"] for a in stored] == ["ourgodol.pdf"]
    viewer = DetailDialog(state_for(viewer_ctx), 1)
    qtbot.addWidget(viewer)
    assert viewer.attachments.isHidden()  # scans carry personal data


def test_the_head_corrects_a_closed_petition_from_its_detail(qtbot, filled, head_ctx, clerk_ctx):
    from soum_desk.ui.petitions.correct_dialog import CorrectDialog

    pid = 1  # received 10 January last year
    year = date.today().year - 1
    petitions.close(clerk_ctx, pid, resolution="Шийдвэрлэв", on=date(year, 3, 20))
    clerk_view = DetailDialog(state_for(clerk_ctx), pid)
    qtbot.addWidget(clerk_view)
    assert not clerk_view.btn_correct.isEnabled() and "дарга" in clerk_view.btn_correct.toolTip()  # only the head
    head = DetailDialog(state_for(head_ctx), pid)
    qtbot.addWidget(head)
    assert head.btn_correct.isEnabled() and not head.btn_resolve.isEnabled()
    still_open = DetailDialog(state_for(head_ctx), 2)
    qtbot.addWidget(still_open)
    assert not still_open.btn_correct.isEnabled() and "шийдвэрлэхдээ" in still_open.btn_correct.toolTip()
    dialog = CorrectDialog(head.state, head.row, head)
    qtbot.addWidget(dialog)
    dialog.on.setDate(date(year, 3, 10))
    dialog.reason.setText("Огноог буруу оруулсан")
    dialog.save()
    assert petitions.show(head_ctx, pid)["resolved_on"] == f"{year}-03-10"
    head.load()
    assert any("Залруулсан" in head.history.item(i).text() for i in range(head.history.count()))


def test_the_resolve_dialog_keeps_a_typed_date_and_refuses_a_future_one_by_name(qtbot, filled, monkeypatch):
    from soum_desk.domain import clock
    from soum_desk.ui import ops
    from soum_desk.ui.petitions.resolve_dialog import ResolveDialog

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))
    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    dialog = ResolveDialog(state_for(filled), petitions.show(filled, 1))
    qtbot.addWidget(dialog)
    dialog.resolution.setPlainText("Шийдвэрлэв")
    assert dialog.on.displayFormat() == "yyyy.MM.dd"
    dialog.on.setFocus()
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2027.11.01")  # a slip of the year: kept as typed, not silently changed
    assert dialog.on.text() == "2027.11.01"
    dialog.save()
    assert "Шийдвэрлэсэн огноо 2027.11.01 ирээдүйд байна" in shown[-1].msg.mn
    assert "Resolution date 2027.11.01 is in the future" in shown[-1].msg.en
    assert petitions.show(filled, 1)["resolved_on"] is None
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2026.11.01")
    dialog.save()
    assert petitions.show(filled, 1)["resolved_on"] == "2026-11-01"


def test_the_register_dialog_takes_a_typed_received_time_and_refuses_the_future(qtbot, clerk_ctx, monkeypatch):
    from soum_desk.domain import clock
    from soum_desk.ui import ops

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))
    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    dialog = RegisterDialog(state_for(clerk_ctx))
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Худаг засварлуулах хүсэлт")
    dialog.anonymous.setChecked(True)
    dialog.received.setFocus()
    dialog.received.selectAll()
    qtbot.keyClicks(dialog.received, "2026.12.05 09:30")
    assert dialog.save(close=False) is None
    assert "Хүлээн авсан огноо 2026.12.05 ирээдүйд байна" in shown[-1].msg.mn
    dialog.received.selectAll()
    qtbot.keyClicks(dialog.received, "2026.11.02 14:05")
    saved = dialog.save(close=False)
    assert saved is not None and saved["received"] == "2026-11-02"


def test_the_petition_correction_takes_a_typed_date(qtbot, clerk_ctx, head_ctx, monkeypatch):
    from soum_desk.domain import clock
    from soum_desk.ui import ops
    from soum_desk.ui.petitions.correct_dialog import CorrectDialog

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))
    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    p = petitions.register(clerk_ctx, received_at=datetime(2026, 10, 5, 9), channel="written", kind="request",
                           summary="Газар олгох хүсэлт", anonymous=True)
    petitions.close(clerk_ctx, p["id"], resolution="Шийдвэрлэв", on=date(2026, 11, 25))
    dialog = CorrectDialog(state_for(head_ctx), petitions.show(head_ctx, p["id"]))
    qtbot.addWidget(dialog)
    assert dialog.on.text() == "2026.11.25"
    dialog.reason.setText("Огноог буруу оруулсан")
    dialog.on.setFocus()
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2026.12.25")
    dialog.save()
    assert "Resolution date 2026.12.25 is in the future" in shown[-1].msg.en
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2025.11.01")  # another year than shown: before the received date, so refused too
    dialog.save()
    assert "before the received date" in shown[-1].msg.en
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2026.11.01")
    dialog.save()
    assert petitions.show(head_ctx, p["id"])["resolved_on"] == "2026-11-01"


def test_after_saving_the_number_is_shown_and_the_petition_selected(qtbot, filled, monkeypatch):
    view = PetitionsView(state_for(filled))
    qtbot.addWidget(view)
    view.overdue.setChecked(True)  # a filter that would hide the new petition

    def fill_and_save(dialog):
        dialog.summary.setPlainText("Малын тооллогын гомдол")
        dialog.anonymous.setChecked(True)
        dialog.save(close=True)
        return dialog.result()

    monkeypatch.setattr(RegisterDialog, "exec", fill_and_save)
    view.new_petition()
    new = q.list_page(filled, q.PetitionFilter(text="тооллогын"))[0]
    assert f"№{new['reg_no']}" in view.saved_note.text()
    assert not view.overdue.isChecked() and view.selected_id() == new["id"]


def test_a_typed_form_asks_before_it_is_dropped(qtbot, clerk_ctx, monkeypatch):
    from soum_desk.ui.widgets import saved_record

    dialog = RegisterDialog(state_for(clerk_ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    monkeypatch.setattr(saved_record, "confirm", lambda *a: asked.append(a) or False)
    dialog.reject()  # an empty form closes without a question
    assert not dialog.isVisible() and asked == []
    dialog.show()
    dialog.summary.setPlainText("Бичиж эхэлсэн өргөдөл")
    dialog.reject()  # Esc: the clerk answers «No»
    assert dialog.isVisible() and len(asked) == 1
    monkeypatch.setattr(saved_record, "confirm", lambda *a: True)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_petitions_history_names_people_at_the_local_time(qtbot, filled, head_ctx, monkeypatch):
    """Issue 14: the history listed login names («clerk») at UTC times, eight hours off in Mongolia."""
    from datetime import datetime

    from soum_desk.domain.formatting import format_moment
    from soum_desk.services.core import users

    monkeypatch.setenv("TZ", "Asia/Ulaanbaatar")
    import time
    time.tzset()
    try:
        assert format_moment("2024-03-05T02:30:00+00:00") == "2024.03.05 10:30"
        view = DetailDialog(state_for(head_ctx), 1)
        qtbot.addWidget(view)
        lines = [view.history.item(i).text() for i in range(view.history.count())]
        assert lines
        people = {u["username"]: u["full_name"] for u in users.list_users(head_ctx)}
        for line in lines:
            assert not any(f"  {login}  " in line for login in people if people[login]), line
        first = petitions.history(head_ctx, 1)[0]
        local = datetime.fromisoformat(first["at"]).astimezone()
        assert lines[0].startswith(f"{local:%Y.%m.%d %H:%M}")
    finally:
        monkeypatch.undo()
        time.tzset()
