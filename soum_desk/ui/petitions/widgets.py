"""Small shared widgets of the petitions screens: code combo boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from soum_desk.domain.petition_codes import VOCABULARIES, label


def code_combo(vocabulary: str, lang: str, *, any_text: str | None = None) -> QComboBox:
    """A combo box of a vocabulary's labels; the code is the item data ("" for «any»)."""
    box = QComboBox()
    if any_text is not None:
        box.addItem(any_text, "")
    for code in VOCABULARIES[vocabulary]:
        box.addItem(label(vocabulary, code, lang), code)
    return box


def text_combo(values: list[str], *, any_text: str | None = None, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    if any_text is not None:
        box.addItem(any_text, "")
    for value in values:
        box.addItem(value, value)
    return box


def current_value(box: QComboBox) -> str:
    """The selected code, or the typed text of an editable box."""
    if box.isEditable() and box.currentText() != box.itemText(box.currentIndex()):
        return box.currentText().strip()
    data = box.currentData()
    return data if data is not None else box.currentText().strip()
