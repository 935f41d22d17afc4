"""Help → About names every shipped component with its version and licence text."""

from __future__ import annotations

import importlib.metadata as metadata
import json

from PySide6.QtWidgets import QLabel

from soum_desk import __version__, licences
from soum_desk.ui import area_list
from soum_desk.ui.about_dialog import AboutDialog
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState


def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def test_about_lists_qt_fonts_and_python_packages_with_versions(qtbot):
    dialog = AboutDialog("sqlite:///office.sqlite3")
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows["SoumDesk"] == (__version__, "MIT")
    assert rows["Qt"][1] == "LGPL-3.0-only"
    assert rows["Qt"][0] == metadata.version("PySide6-Essentials")
    assert "Bitstream-Vera" in rows["DejaVu Sans"][1]
    assert rows["SQLAlchemy"][0] == metadata.version("SQLAlchemy")
    assert rows["cryptography"][0] == metadata.version("cryptography")
    assert "pytest" not in rows, "a developer tool is not shipped"
    assert "sqlite:///office.sqlite3" in dialog.findChild(QLabel, "about_heading").text()


def test_selecting_a_component_shows_its_licence_text(qtbot):
    dialog = AboutDialog("x")
    qtbot.addWidget(dialog)
    names = [n.name for n in dialog.notices]
    dialog.table.setCurrentCell(names.index("Qt"), 0)
    text = dialog.text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3" in text
    dialog.table.setCurrentCell(names.index("DejaVu Sans"), 0)
    assert "Bitstream" in dialog.text.toPlainText()
    dialog.table.setCurrentCell(names.index("SQLAlchemy"), 0)
    assert "Permission is hereby granted" in dialog.text.toPlainText()


def test_a_build_shows_the_notices_it_shipped(qtbot, tmp_path, monkeypatch):
    written = licences.write_folder(tmp_path / "licences")
    assert (tmp_path / "licences" / "qt.txt").read_text(encoding="utf-8").startswith("Qt ")
    index = json.loads((tmp_path / "licences" / "index.json").read_text(encoding="utf-8"))
    index[0]["version"] = "9.9.9-as-built"
    (tmp_path / "licences" / "index.json").write_text(json.dumps(index), encoding="utf-8")
    monkeypatch.setattr(licences, "shipped_folder", lambda: tmp_path / "licences")
    dialog = AboutDialog("x")
    qtbot.addWidget(dialog)
    assert len(dialog.notices) == len(written)
    assert _rows(dialog)["SoumDesk"][0] == "9.9.9-as-built"


def test_help_about_opens_the_dialog(qtbot, ctx, monkeypatch):
    from soum_desk.ui.main_window import MainWindow

    monkeypatch.setattr(area_list, "AREAS", [])
    window = MainWindow(AppState(ctx=ctx, bus=DataBus()))
    qtbot.addWidget(window)
    window.menu_actions["about"].trigger()
    dialog = window.findChild(AboutDialog, "about_dialog")
    assert dialog is not None and dialog.isVisible()
    assert ctx.paths.db_url in dialog.findChild(QLabel, "about_heading").text()
    window.idle_timer.stop()
    window.backup_timer.stop()
