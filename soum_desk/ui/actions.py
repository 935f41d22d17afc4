"""The main window's menus and actions, registered in one place.

Each action is declared once here: its key, the menu it sits in, its text (translated when
the window re-translates), its shortcut, what it does and when it is enabled. `MainWindow`
builds its menu bar from `MENUS` and `ACTIONS` and keeps the QActions by key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from soum_desk.domain.roles import Permission


class ActionHost(Protocol):
    """What an action may ask of the main window."""

    def open_area(self, key: str) -> QWidget: ...
    def has_area(self, key: str) -> bool: ...
    def open_settings(self) -> None: ...
    def open_guide(self) -> None: ...
    def about(self) -> None: ...
    def sign_out(self) -> None: ...
    def close(self) -> bool: ...


@dataclass(frozen=True)
class MenuSpec:
    key: str
    title: Callable[[], str]


@dataclass(frozen=True)
class ActionSpec:
    key: str
    menu: str  # a MenuSpec key
    text: Callable[[], str]  # translated at call time, so a language switch re-titles
    handler: Callable[[ActionHost], object]
    # A key sequence written out where Qt's standard key is unbound on Windows (Preferences, Quit).
    shortcut: QKeySequence.StandardKey | str | None = None
    enabled_if: Callable[[ActionHost], bool] | None = None  # None: always enabled
    permission: Permission | None = None  # when disabled, its tooltip names the roles that have this
    separator_before: bool = False


MENUS: list[MenuSpec] = [
    MenuSpec("file", lambda: QCoreApplication.translate("MainWindow", "&Файл")),
    MenuSpec("help", lambda: QCoreApplication.translate("MainWindow", "&Тусламж")),
]

ACTIONS: list[ActionSpec] = [
    ActionSpec("backup", "file", lambda: QCoreApplication.translate("MainWindow", "Нөөц хуулбар…"),
               lambda w: w.open_area("backup"), enabled_if=lambda w: w.has_area("backup"),
               permission=Permission.BACKUP),
    ActionSpec("settings", "file", lambda: QCoreApplication.translate("MainWindow", "Тохиргоо…"),
               lambda w: w.open_settings(), shortcut="Ctrl+,"),
    ActionSpec("sign_out", "file", lambda: QCoreApplication.translate("MainWindow", "Гарах (хэрэглэгч солих)"),
               lambda w: w.sign_out(), separator_before=True),
    ActionSpec("quit", "file", lambda: QCoreApplication.translate("MainWindow", "Програмыг хаах"),
               lambda w: w.close(), shortcut="Ctrl+Q"),
    ActionSpec("guide", "help", lambda: QCoreApplication.translate("MainWindow", "Хэрэглэгчийн гарын авлага"),
               lambda w: w.open_guide(), shortcut=QKeySequence.StandardKey.HelpContents),
    ActionSpec("about", "help", lambda: QCoreApplication.translate("MainWindow", "Програмын тухай"),
               lambda w: w.about()),
]
