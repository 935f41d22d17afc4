"""Issue 14: reports go to a folder the clerk can find (Documents/SoumDesk, then the folder chosen
last), open at once, and are never overwritten unasked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from soum_desk.ui.widgets import report_output


def test_the_first_report_is_offered_in_documents_then_where_the_clerk_saved(qtbot, tmp_path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    offered = []

    def dialog(_parent, _title, suggested, _filters):
        offered.append(Path(suggested))
        return str(tmp_path / "office" / "report"), ""  # typed without the extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(report_output, "default_reports_folder", lambda: tmp_path / "Documents" / "SoumDesk")
    (tmp_path / "office").mkdir()
    first = report_output.ask_save_path(parent, "petitions_2026Q3.pdf", (".pdf",))
    assert offered[0] == tmp_path / "Documents" / "SoumDesk" / "petitions_2026Q3.pdf"
    assert offered[0].parent.is_dir()  # created, so the dialog opens in it
    assert first == str(tmp_path / "office" / "report.pdf")
    report_output.ask_save_path(parent, "letters_2026Q3.xlsx")
    assert offered[1] == tmp_path / "office" / "letters_2026Q3.xlsx"  # the folder chosen last
    report_output.ask_save_path(parent, "bundle.zip", (".pdf",), purpose="bundles")
    assert offered[2].parent == tmp_path / "Documents" / "SoumDesk"  # another purpose keeps its own



def test_open_dialogs_start_where_that_kind_of_file_was_last_taken(qtbot, tmp_path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    stick = tmp_path / "stick"
    stick.mkdir()
    started: list[str] = []

    def many(_parent, _title, folder, _filters):
        started.append(folder)
        return [str(stick / "a.zip"), str(stick / "b.zip")], ""

    def one(_parent, _title, folder, _filters):
        started.append(folder)
        return str(tmp_path / "register.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", many)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", one)
    assert report_output.ask_open_paths(parent, "", "SoumDesk (*.zip)", "bundles", many=True) == [
        str(stick / "a.zip"), str(stick / "b.zip")]
    assert started[0] == str(Path.home())  # the first time: the home folder
    report_output.ask_open_paths(parent, "", "SoumDesk (*.zip)", "bundles", many=True)
    assert started[1] == str(stick)  # the stick the bundles came from last time
    assert report_output.ask_open_path(parent, "", "Excel (*.xlsx)", "imports") == str(tmp_path / "register.xlsx")
    assert started[2] == str(Path.home())  # imports keep their own folder
