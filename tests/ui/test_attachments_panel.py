"""The attachments panel adds files in one write and refreshes only after a success."""

from __future__ import annotations

from soum_desk.services.core import attachments
from soum_desk.ui import ops
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.attachments_panel import AttachmentsPanel

PDF = b"%PDF-1.4 scan"


def test_a_refused_file_adds_nothing_and_does_not_refresh(qtbot, ctx, tmp_path, monkeypatch):
    state = AppState(ctx=ctx, bus=DataBus())
    panel = AttachmentsPanel(state, "letter", opener=lambda _path: None)
    qtbot.addWidget(panel)
    panel.set_record(7)
    changes, errors, refreshed = [], [], []
    state.bus.records_changed.connect(changes.append)
    monkeypatch.setattr(ops, "show_error", lambda _parent, exc: errors.append(exc))
    first = tmp_path / "first.pdf"
    first.write_bytes(PDF)
    panel.add_files([str(first)])
    assert panel.list.count() == 1 and changes == ["attachments"] and errors == []

    original = panel.set_record
    monkeypatch.setattr(panel, "set_record", lambda entity_id: (refreshed.append(entity_id), original(entity_id)))
    second, fake = tmp_path / "second.pdf", tmp_path / "fake.pdf"
    second.write_bytes(PDF + b" two")
    fake.write_bytes(b"MZ not a scan")
    panel.add_files([str(second), str(fake)])
    assert len(errors) == 1 and "PDF" in str(errors[0])
    assert refreshed == [] and changes == ["attachments"]  # no refresh, no change after the error
    assert [a["filename"] for a in attachments.list_attachments(ctx, "letter", 7)] == ["first.pdf"]
    assert panel.list.count() == 1
