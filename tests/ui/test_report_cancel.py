"""Issue 14: Cancel on a report's busy dialog stops the work — no file, no error message, the
buttons back — instead of only hiding the dialog while the report is still written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from soum_desk.services.letters import report as letters_report
from soum_desk.ui import ops
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState


def test_a_cancelled_letters_report_writes_no_file(clerk_ctx, tmp_path):
    target = tmp_path / "figures.pdf"
    with pytest.raises(InterruptedError):
        letters_report.figures_report(clerk_ctx, "2024Q4", target, progress=lambda done, total: False)
    assert not target.exists()
    letters_report.figures_report(clerk_ctx, "2024Q4", target, progress=lambda done, total: True)
    assert target.read_bytes()[:4] == b"%PDF"


def test_cancel_ends_quietly_and_gives_the_buttons_back(qtbot, clerk_ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    button = QPushButton()
    qtbot.addWidget(button)

    def stopped(progress):  # noqa: ANN001
        raise InterruptedError("report cancelled")  # what a report does once progress() says stop

    ops.run_slow_op(None, AppState(clerk_ctx, DataBus()), None, "…", stopped, busy=[button])
    assert not button.isEnabled()
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    assert shown == []
