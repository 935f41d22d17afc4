"""Dashboard tiles: a figure, a caption and a note; a click opens the matching filtered list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from soum_desk.domain.formatting import format_date, format_percent

WARN = "#b00020"
OK = "#1b5e20"


@dataclass(frozen=True)
class TileSpec:
    key: str
    area: str  # the area the tile opens
    filter: Callable[[dict], dict]  # summary → the filter handed to the area view's apply_filter
    show: Callable[[dict], tuple[str, str, str, bool]]  # summary → (caption, value, note, warn)


class Tile(QFrame):
    clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches every tile; Enter or Space opens it
        self.setStyleSheet("Tile:focus { border: 2px solid #1f5f99; }")
        self.setMinimumSize(190, 96)
        self.caption, self.value, self.note = QLabel(), QLabel("…"), QLabel()
        self.value.setObjectName("value")
        self.note.setWordWrap(True)
        self.caption.setWordWrap(True)
        self.value.setStyleSheet("font-size: 22pt; font-weight: bold")
        layout = QVBoxLayout(self)
        for label in (self.caption, self.value, self.note):
            layout.addWidget(label)

    def set_content(self, caption: str, value: str, note: str, warn: bool) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleName(f"{caption}: {value}")
        self.setAccessibleDescription(note)
        self.setToolTip(note or caption)
        color = WARN if warn else OK
        self.value.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {color}")
        self.setProperty("warn", warn)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.isEnabled():
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


def _n(value: object) -> str:
    return "—" if value is None else f"{value:,}".replace(",", " ") if isinstance(value, int) else str(value)


def _plans_due(s: dict) -> tuple[str, str, str, bool]:
    p = s["plans"]
    return (QCoreApplication.translate("Dashboard", "Энэ улиралд хугацаа болсон арга хэмжээ"), _n(p["due"]),
            QCoreApplication.translate("Dashboard", "%1 төлөвлөгөө").replace("%1", str(p["documents"])), False)


def _plans_reported(s: dict) -> tuple[str, str, str, bool]:
    p = s["plans"]
    missing = max(p["due"] - p["reported"], 0)
    return (QCoreApplication.translate("Dashboard", "Биелэлт тайлагнасан"), f"{_n(p['reported'])} / {_n(p['due'])}",
            QCoreApplication.translate("Dashboard", "тайлагнаагүй: %1").replace("%1", _n(missing)), missing > 0)


def _plans_approved(s: dict) -> tuple[str, str, str, bool]:
    p = s["plans"]
    return (QCoreApplication.translate("Dashboard", "Батлагдсан төлөвлөгөө"),
            f"{_n(p['approved'])} / {_n(p['documents'])}", p["period_label"], False)


def _plans_average(s: dict) -> tuple[str, str, str, bool]:
    avg = s["plans"]["average"]
    return (QCoreApplication.translate("Dashboard", "Биелэлтийн дундаж хувь"),
            "—" if avg is None else f"{format_percent(avg)}%", s["plans"]["period_label"], False)


def _petitions_open(s: dict) -> tuple[str, str, str, bool]:
    return (QCoreApplication.translate("Dashboard", "Шийдвэрлэгдээгүй өргөдөл"), _n(s["petitions"]["open"]),
            QCoreApplication.translate("Dashboard", "бүх хугацааны"), False)


def _petitions_soon(s: dict) -> tuple[str, str, str, bool]:
    n, days = s["petitions"]["due_soon"], str(s["petitions"]["due_soon_days"])
    return (QCoreApplication.translate("Dashboard", "Хугацаа дөхсөн өргөдөл"), _n(n),
            QCoreApplication.translate("Dashboard", "%1 хоногийн дотор").replace("%1", days), n > 0)


def _petitions_overdue(s: dict) -> tuple[str, str, str, bool]:
    n = s["petitions"]["overdue"]
    return (QCoreApplication.translate("Dashboard", "Хугацаа хэтэрсэн өргөдөл"), _n(n), "", n > 0)


def _letters_overdue(s: dict) -> tuple[str, str, str, bool]:
    n = s["letters"]["overdue"]
    return (QCoreApplication.translate("Dashboard", "Хариу нь хугацаа хэтэрсэн бичиг"), _n(n), "", n > 0)


def _deadline(s: dict) -> tuple[str, str, str, bool]:
    d = s["deadline"]
    caption = QCoreApplication.translate("Dashboard", "Дараагийн тайлангийн хугацаа хүртэл")
    if d is None:
        return caption, "—", QCoreApplication.translate("Dashboard", "хугацаа тохируулаагүй"), False
    note = f"{d['period_label']} · {format_date(date.fromisoformat(d['date']))}"
    return caption, QCoreApplication.translate("Dashboard", "%1 хоног").replace("%1", str(d["days"])), note, \
        d["days"] <= 3


def _bundle(s: dict) -> tuple[str, str, str, bool]:
    b = s["bundle"]
    caption = QCoreApplication.translate("Dashboard", "Сүүлд илгээсэн багц")
    value = "—" if b["last"] is None else f"{b['last']['period']} · №{b['last']['sequence']}"
    when = "" if b["last"] is None else format_date(date.fromisoformat(b["last"]["created_at"][:10])) + " · "
    owed = QCoreApplication.translate("Dashboard", "Илгээгээгүй: %1").replace("%1", b["owed_period_label"]) \
        if b["owed"] else QCoreApplication.translate("Dashboard", "Илгээсэн: %1").replace("%1", b["owed_period_label"])
    changed = b.get("changed") or []
    if changed:  # sent, then changed: the province holds outdated figures until a correction bundle
        owed += "\n" + QCoreApplication.translate("Dashboard", "Илгээснээс хойш өөрчлөгдсөн: %1").replace(
            "%1", ", ".join(c["period_label"] for c in changed))
    return caption, value, when + owed, b["owed"] or bool(changed)


def _backup(s: dict) -> tuple[str, str, str, bool]:
    b = s["backup"]
    caption = QCoreApplication.translate("Dashboard", "Сүүлийн нөөц хуулбар")
    if b.get("failed"):
        value = "—" if b["last"] is None else \
            QCoreApplication.translate("Dashboard", "%1 цагийн өмнө").replace("%1", str(int(b["age_hours"])))
        note = QCoreApplication.translate("Dashboard", "Автомат нөөц амжилтгүй: %1").replace("%1", b["failed"])
        return caption, value, note, True
    if b["last"] is None:
        return caption, "—", QCoreApplication.translate("Dashboard", "нөөц хуулбар хийгдээгүй"), b["warn"]
    value = QCoreApplication.translate("Dashboard", "%1 цагийн өмнө").replace("%1", str(int(b["age_hours"])))
    note = QCoreApplication.translate("Dashboard", "анхааруулах хязгаар: %1 цаг").replace("%1", str(b["warn_hours"]))
    return caption, value, note, b["warn"]


TILES = [
    TileSpec("plans_due", "plans", lambda s: {"period": s["period"], "entry_filter": "all"}, _plans_due),
    TileSpec("plans_reported", "plans", lambda s: {"period": s["period"], "entry_filter": "not_reported"},
             _plans_reported),
    TileSpec("plans_approved", "plans", lambda s: {"period": s["period"], "tab": "review"}, _plans_approved),
    TileSpec("plans_average", "plans", lambda s: {"period": s["period"], "entry_filter": "all"}, _plans_average),
    TileSpec("petitions_open", "petitions", lambda _s: {"status": "open"}, _petitions_open),
    TileSpec("petitions_due_soon", "petitions", lambda _s: {"due_soon": True}, _petitions_soon),
    TileSpec("petitions_overdue", "petitions", lambda _s: {"overdue": True}, _petitions_overdue),
    TileSpec("letters_overdue", "letters", lambda _s: {"direction": "in", "status": "overdue"}, _letters_overdue),
    TileSpec("deadline", "bundle", lambda _s: {}, _deadline),
    TileSpec("bundle", "bundle", lambda _s: {}, _bundle),
    TileSpec("backup", "backup", lambda _s: {}, _backup),
]
