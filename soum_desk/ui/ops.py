"""Running one user action: the service write, its error message, and the change signal.

Every view does the same three things after a button press: call a service, show what went
wrong (nothing was written: the service uses one transaction), or else refresh and tell the
other views what changed. `run_op` does them in that order, and never refreshes after an error.
Slow work (`slow=True`) runs off the GUI thread with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from soum_desk.ui.messages import show_error
from soum_desk.ui.state import AppState
from soum_desk.ui.worker import ProgressFn, run_in_background

T = TypeVar("T")


def run_op(parent: QWidget | None, state: AppState, change: str | None, fn: Callable[[], T],
           on_done: Callable[[T], None] | None = None) -> T | None:
    """Run `fn()` now; on success call `on_done(result)`, then emit `change`; return the result.

    On an error the user sees its message, `on_done` is not called, nothing is emitted and
    None is returned.
    """
    try:
        result = fn()
    except Exception as exc:  # shown to the user; the service wrote nothing
        show_error(parent, exc)
        return None
    if on_done is not None:
        on_done(result)
    if change:
        state.bus.changed(change)
    return result


def run_slow_op(parent: QWidget | None, state: AppState, change: str | None, label: str,
                fn: Callable[[ProgressFn], Any], on_done: Callable[[Any], None] | None = None, *,
                cancellable: bool = True, busy: Sequence[QWidget] = ()) -> None:
    """`run_op` for long work: off the GUI thread, with a progress dialog (and Cancel).

    The `busy` widgets (the buttons that started the work) are disabled until it ends, and
    enabled again whether it succeeded or not.
    """
    for widget in busy:
        widget.setEnabled(False)

    def _release() -> None:
        for widget in busy:
            widget.setEnabled(True)

    def _done(result: Any) -> None:
        _release()
        if on_done is not None:
            on_done(result)
        if change:
            state.bus.changed(change)

    def _failed(exc: Exception) -> None:
        _release()
        if isinstance(exc, InterruptedError):  # the clerk pressed Cancel: the work stopped, nothing written
            return
        show_error(parent, exc)

    run_in_background(parent, label, fn, _done, _failed, cancellable=cancellable)
