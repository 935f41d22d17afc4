"""Installing and switching Qt translators at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from soum_desk.config import resources_dir

_installed: list[QTranslator] = []


def install_language(lang: str) -> None:
    """Mongolian is the source language; English loads every area's .qm and Qt's own."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    app.setProperty("soumdesk_lang", lang)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Mongolian,
                               QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.Mongolia))
    if lang != "en":
        return
    for qm_file in sorted((resources_dir() / "i18n").glob("*_en.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm_file)):
            app.installTranslator(translator)
            _installed.append(translator)
    qt_translator = QTranslator(app)
    if qt_translator.load("qtbase_en", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
