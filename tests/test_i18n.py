"""Translations: every string has its English, the .ts files match the code, English really shows."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from soum_desk import i18n_build

TS_FILES = sorted(i18n_build.I18N_DIR.glob("*.ts"))


def unfinished(ts_file: Path) -> list[str]:
    root = ET.parse(ts_file).getroot()
    bad = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (translation.text or "").strip():
                bad.append(f"{ts_file.name}: {name}: {message.findtext('source')!r}")
    return bad


def test_there_are_translation_files():
    assert {p.name for p in TS_FILES} >= {"shell_en.ts", "admin_en.ts"}


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(ts_file):
    assert unfinished(ts_file) == []


def test_ts_files_are_up_to_date_with_the_code(tmp_path):
    """Scanning the code again into copies adds nothing untranslated (run `make i18n` if this fails)."""
    for ts_file in TS_FILES:
        shutil.copy(ts_file, tmp_path / ts_file.name)
    fresh = i18n_build.update_ts(tmp_path)
    problems = [p for ts_file in fresh for p in unfinished(ts_file)]
    assert problems == []
    assert {p.name for p in fresh} <= {p.name for p in TS_FILES}, "a new UI package needs its .ts in git"


def test_placeholders_survive_translation():
    for ts_file in TS_FILES:
        for message in ET.parse(ts_file).getroot().iter("message"):
            source, target = message.findtext("source"), message.findtext("translation") or ""
            for marker in ("%1", "%2", "%3", "%4", "&"):
                assert (marker in source) == (marker in target), (ts_file.name, source, target)


@pytest.fixture
def english(qapp):
    from soum_desk.ui.i18n import install_language

    i18n_build.compile_qm()
    yield install_language
    install_language("mn")


def test_a_window_switched_to_english_shows_english(qtbot, ctx, english):
    from soum_desk.ui.admin.settings_dialog import SettingsDialog
    from soum_desk.ui.app import main_window_for

    window = main_window_for(ctx, ctx.actor)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "SoumDesk — Засаг даргын Тамгын газрын ажлын програм"
    dialog = SettingsDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    qtbot.waitUntil(lambda: window.windowTitle() == "SoumDesk — Governor's Office work program", timeout=5000)
    assert window.menu_file.title() == "&File"
    assert "Audit log" in [window.nav.item(i).text() for i in range(window.nav.count())]
    assert window.status_period.text().startswith("Quarter: Q")
    assert "(Administrator)" in window.status_user.text()
    window.open_area("backup")
    assert window.views["backup"].backup_button.text() == "Back up now"
    from soum_desk.services.core import settings

    assert settings.get(ctx, "ui.language") == "en"
    english("mn")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Файл", timeout=5000)


def _non_literal_translations(path: Path) -> list[str]:
    """Calls lupdate cannot see, unless the file marks its strings with QT_TRANSLATE_NOOP."""
    import ast

    source = path.read_text(encoding="utf-8")
    if "QT_TRANSLATE_NOOP(" in source:
        return []  # values marked for lupdate and translated at run time from a table
    bad = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        wanted = {"tr": 1, "translate": 2}.get(name)
        if wanted is None:
            continue
        args = node.args[:wanted]
        if len(args) < wanted or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
            bad.append(f"{path.relative_to(i18n_build.ROOT)}:{node.lineno}")
    return bad


def test_every_translation_call_uses_literal_strings():
    """lupdate only extracts literals: `self.tr(name)` or a `_tr()` wrapper would stay untranslated."""
    files = sorted(i18n_build.UI_DIR.rglob("*.py"))
    assert [hit for path in files for hit in _non_literal_translations(path)] == []
