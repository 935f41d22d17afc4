"""One QObject that tells open views what changed after a service call."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """Views connect to `records_changed(kind)` and refresh when their kind changes.

    Kinds are short area names: "plans", "petitions", "letters", "archive",
    "settings", "users", "backup", "bundle", "province", or "*" for everything.
    """

    records_changed = Signal(str)
    language_changed = Signal(str)

    def changed(self, kind: str) -> None:
        self.records_changed.emit(kind)
