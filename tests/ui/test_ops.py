"""ui/ops: one user action runs its write, shows the error, and emits the change only on success."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from soum_desk.errors import UserError
from soum_desk.ui import ops
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState


@pytest.fixture
def state(ctx):
    return AppState(ctx=ctx, bus=DataBus())


@pytest.fixture
def shown(monkeypatch):
    errors: list[BaseException] = []
    monkeypatch.setattr(ops, "show_error", lambda _parent, exc: errors.append(exc))
    return errors


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _fail(*_args):
    raise UserError("болсонгүй", "refused")


def test_run_op_error_is_shown_and_nothing_else_happens(state, shown, parent):
    changes, done = [], []
    state.bus.records_changed.connect(changes.append)
    assert ops.run_op(parent, state, "plans", _fail, on_done=done.append) is None
    assert len(shown) == 1 and isinstance(shown[0], UserError)
    assert changes == [] and done == []


def test_run_op_success_calls_on_done_then_emits_once(state, shown, parent):
    events: list[str] = []
    state.bus.records_changed.connect(lambda kind: events.append(f"changed:{kind}"))
    result = ops.run_op(parent, state, "plans", lambda: 42, on_done=lambda r: events.append(f"done:{r}"))
    assert result == 42 and shown == []
    assert events == ["done:42", "changed:plans"]


def test_run_op_without_a_change_emits_nothing(state, shown, parent):
    changes: list[str] = []
    state.bus.records_changed.connect(changes.append)
    assert ops.run_op(parent, state, None, lambda: "read") == "read"
    assert changes == [] and shown == []


def test_run_slow_op_error_is_shown_and_the_buttons_come_back(qtbot, state, shown, parent):
    changes, done = [], []
    state.bus.records_changed.connect(changes.append)
    button = QPushButton(parent)
    ops.run_slow_op(parent, state, "backup", "…", _fail, done.append, busy=[button])
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert button.isEnabled() and changes == [] and done == []


def test_run_slow_op_success_emits_once(qtbot, state, shown, parent):
    changes, done = [], []
    state.bus.records_changed.connect(changes.append)
    button = QPushButton(parent)
    ops.run_slow_op(parent, state, "backup", "…", lambda _progress: "made", done.append, busy=[button])
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["made"] and changes == ["backup"] and shown == [] and button.isEnabled()
