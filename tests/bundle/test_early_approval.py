"""Issue 15: approving a period before its end needs a confirmation that lists what is unfinished."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from soum_desk.domain import clock
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.core import audit
from soum_desk.services.petitions import actions as petitions
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState
from tests.bundle.test_cli import run

TODAY = date(2026, 12, 3)


@pytest.fixture
def running_q4(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _open_petition(ctx):
    petitions.register(ctx, received_at=datetime(2026, 11, 20, 9), channel="written", kind="request",
                       summary="Газар олгох хүсэлт", anonymous=True)


def test_an_early_approval_lists_what_is_unfinished_and_needs_the_confirmation(make_office, running_q4):
    env = make_office()
    _open_petition(env.ctx)
    with pytest.raises(bundle_export.EarlyApproval) as refused:
        bundle_export.approve_period(env.ctx, "2026Q4")
    assert refused.value.unfinished["open_petitions"] == 1 and refused.value.unfinished["running"]
    assert "2026.12.31" in refused.value.text("mn") and "шийдвэрлээгүй өргөдөл 1" in refused.value.text("mn")
    assert "open petitions 1" in refused.value.text("en")
    assert bundle_export.list_approvals(env.ctx) == []  # nothing written
    bundle_export.approve_period(env.ctx, "2026Q4", confirm_early=True)
    assert [a["period"] for a in bundle_export.list_approvals(env.ctx)] == ["2026Q4"]
    entries = audit.list_entries(env.ctx, audit.AuditFilter(action_prefix="bundle.approve_period"))
    assert len(entries) == 1 and json.loads(entries[0]["after"])["early"] is True


def test_an_ended_period_is_approved_without_a_question(make_office, running_q4):
    env = make_office()
    assert not bundle_export.unfinished(env.ctx, "2026Q3")["running"]
    bundle_export.approve_period(env.ctx, "2026Q3")


def test_the_cli_refuses_an_early_approval_without_early(make_office, running_q4):
    env = make_office()
    office = str(env.ctx.paths.data_dir)
    refused = run("--data-dir", office, "--user", "head", "bundle", "approve", "2026Q4", ok=False)
    assert refused.exit_code != 0 and "Traceback" not in refused.output
    assert "2026.12.31" in refused.output
    run("--data-dir", office, "--user", "head", "bundle", "approve", "2026Q4", "--early")


def test_the_view_asks_before_an_early_approval(qtbot, make_office, running_q4, monkeypatch):
    from soum_desk.ui.bundle.view import BundleView

    env = make_office()
    view = BundleView(AppState(env.ctx, DataBus()))
    qtbot.addWidget(view)
    asked = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.period_edit.setText("2026Q4")
    view.approve.click()
    assert asked and "2026.12.31" in asked[0] and "2026Q4" not in view.approved_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.approve.click()
    assert "2026Q4" in view.approved_label.text()
