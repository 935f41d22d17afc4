"""Help → user guide: the Markdown guide in the user's language, offline, with its pictures."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from soum_desk.ui import area_list, help_dialog
from soum_desk.ui.bus import DataBus
from soum_desk.ui.help_dialog import HelpDialog, guide_path, show_guide
from soum_desk.ui.state import AppState


def test_guides_ship_in_both_languages():
    assert guide_path("mn").name == "guide-mn.md" and guide_path("mn").is_file()
    assert guide_path("en").name == "guide-en.md" and guide_path("en").is_file()
    assert guide_path("fr").name == "guide-mn.md"


def test_dialog_renders_the_guide_and_its_images(qtbot):
    dialog = HelpDialog("mn")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "SoumDesk" in text and "#" not in text.splitlines()[0]  # rendered, not raw Markdown
    markdown = guide_path("mn").read_text(encoding="utf-8")
    images = [line.split("](", 1)[1].split(")", 1)[0] for line in markdown.splitlines() if line.startswith("![")]
    for image in images:
        assert (guide_path("mn").parent / image).is_file(), image
        resource = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(image))
        assert resource is not None and not resource.isNull(), image


def test_english_guide_is_english(qtbot):
    dialog = HelpDialog("en")
    qtbot.addWidget(dialog)
    assert "user guide" in dialog.browser.toPlainText().lower()


def test_find_moves_to_the_word_and_says_when_missing(qtbot):
    dialog = HelpDialog("mn")
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("нөөц")
    dialog.find_next()
    assert dialog.browser.textCursor().selectedText().lower() == "нөөц"
    dialog.find_edit.setText("zzzz-байхгүй-үг")
    dialog.find_next()
    assert dialog.status.text()


def test_missing_guide_says_where_it_looked(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(help_dialog, "docs_dir", lambda: tmp_path)
    dialog = HelpDialog("mn")
    qtbot.addWidget(dialog)
    assert str(tmp_path / "guide-mn.md") in dialog.browser.toPlainText()


def test_help_menu_opens_the_guide_in_the_users_language(qtbot, ctx, monkeypatch):
    from soum_desk.ui.main_window import MainWindow

    monkeypatch.setattr(area_list, "AREAS", [])
    ctx.lang = "en"
    window = MainWindow(AppState(ctx=ctx, bus=DataBus()))
    qtbot.addWidget(window)
    assert window.menu_actions["guide"] in window.menu_help.actions()
    window.menu_actions["guide"].trigger()
    dialog = window.findChild(HelpDialog, "help_dialog")
    assert dialog is not None and dialog.isVisible() and dialog.path.name == "guide-en.md"
    assert show_guide(window, "en") is dialog  # a second click raises the same window
    window.idle_timer.stop()
    window.backup_timer.stop()
