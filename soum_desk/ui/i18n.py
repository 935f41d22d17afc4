"""Installing and switching Qt translators at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from soum_desk.config import resources_dir

_installed: list[QTranslator] = []

# Qt's own texts (dialog buttons, message boxes, wizard, file dialog, text menus) in Mongolian:
# Qt ships no Mongolian, so the project keeps its own (resources/i18n/qt_mn.ts).
QT_MONGOLIAN = "qt_mn.qm"


def install_language(lang: str) -> None:
    """Mongolian is the source language (plus the project's Mongolian for Qt's own texts);
    English loads every area's .qm and Qt's own English."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    app.setProperty("soumdesk_lang", lang)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Mongolian,
                               QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.Mongolia))
    i18n_dir = resources_dir() / "i18n"
    if lang != "en":
        _install(app, str(i18n_dir / QT_MONGOLIAN))
        return
    for qm_file in sorted(i18n_dir.glob("*_en.qm")):
        _install(app, str(qm_file))
    _install(app, "qtbase_en", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _install(app: QCoreApplication, name: str, directory: str = "") -> None:
    translator = QTranslator(app)
    if translator.load(name, directory):
        app.installTranslator(translator)
        _installed.append(translator)
