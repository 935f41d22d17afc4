"""Issue 19: at start the clerk is told, in the office's language, when the audit log no longer
reaches the head kept beside the database (the latest saved work lost after a crash)."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from soum_desk.services.letters import actions as letters
from soum_desk.ui import app
from soum_desk.ui.i18n import install_language


def _shown(monkeypatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: texts.append(text)))
    return texts


def test_no_warning_for_an_intact_log(qtbot, ctx, monkeypatch):
    texts = _shown(monkeypatch)
    app.warn_lost_audit_entries(ctx)
    assert texts == []


def test_lost_entries_are_told_in_mongolian(qtbot, ctx, monkeypatch):
    letters.register_letter(ctx, direction="in", reg_date="2024.01.10", counterpart="Аймгийн ЗДТГ", subject="Мэдээ")
    ctx.dispose()
    conn = sqlite3.connect(ctx.paths.sqlite_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
    conn.commit()
    conn.close()
    texts = _shown(monkeypatch)
    install_language("mn")
    app.warn_lost_audit_entries(ctx)
    assert len(texts) == 1 and "Аудитын бүртгэлд 1 бичлэг дутуу" in texts[0] and "audit" not in texts[0]
