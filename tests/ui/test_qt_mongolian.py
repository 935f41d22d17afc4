"""Qt's own texts (buttons, message boxes, the wizard, the file dialog, text menus) follow the app's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTreeView,
    QWizard,
)

from soum_desk import i18n_build
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState

Btn = QDialogButtonBox.StandardButton


@pytest.fixture
def language(qapp):
    """Switch the app's language; Mongolian again afterwards, as the app starts."""
    from soum_desk.ui.i18n import install_language

    i18n_build.compile_qm()
    install_language("mn")
    yield install_language
    install_language("mn")


def menu_texts(widget) -> list[str]:
    menu = widget.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    return texts


def file_dialog(qtbot, mode: QFileDialog.AcceptMode, folder) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def confirm_buttons() -> list[str]:
    """The buttons of the app's own delete/restore question (`ui/messages.confirm`), answered «No»."""
    from soum_desk.ui.messages import confirm

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    assert confirm(None, "?", "?") is False
    return seen


def label_texts(dialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel)}


def test_dialog_buttons_and_message_boxes_speak_the_apps_language(qtbot, language):
    box = QDialogButtonBox(Btn.Save | Btn.Cancel | Btn.Close | Btn.Ok)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (Btn.Save, Btn.Cancel, Btn.Close, Btn.Ok)] == \
        ["Хадгалах", "Болих", "Хаах", "За"]
    assert confirm_buttons() == ["&Тийм", "&Үгүй"]

    language("en")
    box = QDialogButtonBox(Btn.Save | Btn.Cancel)
    qtbot.addWidget(box)
    assert (box.button(Btn.Save).text(), box.button(Btn.Cancel).text()) == ("Save", "Cancel")
    assert confirm_buttons() == ["&Yes", "&No"]


def test_an_open_button_box_switches_language_live(qtbot, language):
    box = QDialogButtonBox(Btn.Save | Btn.Cancel)
    qtbot.addWidget(box)
    language("en")
    qtbot.waitUntil(lambda: box.button(Btn.Save).text() == "Save", timeout=3000)
    language("mn")
    qtbot.waitUntil(lambda: box.button(Btn.Cancel).text() == "Болих", timeout=3000)


def test_the_export_wizard_buttons_speak_the_apps_language(qtbot, ctx, language):
    from soum_desk.ui.bundle.export_wizard import ExportWizard

    def buttons(wizard: QWizard) -> list[str]:
        return [wizard.button(b).text() for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                                  QWizard.WizardButton.CommitButton,
                                                  QWizard.WizardButton.FinishButton,
                                                  QWizard.WizardButton.CancelButton)]

    wizard = ExportWizard(AppState(ctx, DataBus()))
    qtbot.addWidget(wizard)
    assert buttons(wizard) == ["< &Өмнөх", "&Дараах >", "Гүйцэтгэх", "&Дуусгах", "Болих"]
    language("en")
    wizard = ExportWizard(AppState(ctx, DataBus()))
    qtbot.addWidget(wizard)
    assert buttons(wizard) == ["< &Back", "&Next >", "Commit", "&Finish", "Cancel"]


def test_text_field_menus_speak_the_apps_language(qtbot, language):
    field, text = QLineEdit("Баянбулаг"), QPlainTextEdit("Баянбулаг")
    qtbot.addWidget(field)
    qtbot.addWidget(text)
    mongolian = ["&Буцаах", "&Дахин хийх", "&Тасдах", "&Хуулах", "Бу&улгах", "Устгах", "Бүгдийг сонгох"]
    assert menu_texts(field) == mongolian
    assert menu_texts(text) == mongolian
    language("en")
    english = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]
    assert menu_texts(field) == english
    assert menu_texts(text) == english


def test_the_file_dialog_speaks_the_apps_language(qtbot, language, tmp_path):
    opening = file_dialog(qtbot, QFileDialog.AcceptMode.AcceptOpen, tmp_path)
    assert {"&Байршил:", "Файлын &нэр:", "Файлын &төрөл:"} <= label_texts(opening)
    buttons = opening.findChild(QDialogButtonBox)
    assert (buttons.button(Btn.Open).text(), buttons.button(Btn.Cancel).text()) == ("&Нээх", "Болих")
    files = opening.findChild(QTreeView).model()
    assert [files.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == \
        ["Нэр", "Хэмжээ", "Төрөл", "Өөрчилсөн огноо"]
    saving = file_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave, tmp_path)
    assert saving.findChild(QDialogButtonBox).button(Btn.Save).text() == "&Хадгалах"

    language("en")
    opening = file_dialog(qtbot, QFileDialog.AcceptMode.AcceptOpen, tmp_path)
    assert {"&Look in:", "File &name:", "Files of &type:"} <= label_texts(opening)
    buttons = opening.findChild(QDialogButtonBox)
    assert (buttons.button(Btn.Open).text(), buttons.button(Btn.Cancel).text()) == ("&Open", "Cancel")


def test_the_print_dialog_speaks_the_apps_language(qtbot, language):
    """Qt's own print dialog (Linux; Windows shows its own, in the system's language)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QPushButton

    def texts(dialog: QPrintDialog) -> set[str]:
        return {w.text() for w in dialog.findChildren(QPushButton) + dialog.findChildren(QLabel)}

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert {"&Хэвлэх", "Болих", "&Шинж чанар", "&Нэр:"} <= texts(dialog)
    language("en")
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert {"&Print", "Cancel", "P&roperties", "&Name:"} <= texts(dialog)
