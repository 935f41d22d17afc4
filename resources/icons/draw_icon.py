"""Draw SoumDesk's icon (a report sheet with a check mark) as PNG and ICO.

    QT_QPA_PLATFORM=offscreen python resources/icons/draw_icon.py

The icon is drawn with Qt rather than kept only as a binary, so it can be changed in code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f4e8c"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    sheet = QPainterPath()
    sheet.moveTo(64 * s, 40 * s)
    sheet.lineTo(160 * s, 40 * s)
    sheet.lineTo(196 * s, 76 * s)
    sheet.lineTo(196 * s, 216 * s)
    sheet.lineTo(64 * s, 216 * s)
    sheet.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(160 * s, 40 * s)
    fold.lineTo(160 * s, 76 * s)
    fold.lineTo(196 * s, 76 * s)
    fold.closeSubpath()
    p.setBrush(QColor("#c9d6ea"))
    p.drawPath(fold)
    p.setBrush(QColor("#9fb3d1"))
    for y, width in ((96, 104), (124, 104), (152, 64)):
        p.drawRoundedRect(QRectF(80 * s, y * s, width * s, 12 * s), 6 * s, 6 * s)
    p.setBrush(QColor("#2e9d4f"))
    p.drawEllipse(QPointF(186 * s, 190 * s), 46 * s, 46 * s)
    pen = QPen(QColor("#ffffff"), 14 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath()
    check.moveTo(164 * s, 190 * s)
    check.lineTo(180 * s, 206 * s)
    check.lineTo(208 * s, 174 * s)
    p.drawPath(check)
    p.end()
    return image


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - image plugins need it
    image = draw(256)
    for name in ("soumdesk.png", "soumdesk.ico"):
        if not image.save(str(HERE / name)):
            raise OSError(f"could not write {HERE / name}")


if __name__ == "__main__":
    main()
