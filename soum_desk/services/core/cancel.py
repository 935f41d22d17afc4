"""Cancellation points for long work that is thrown away whole when stopped.

The first set-up with demo data is built in a staging database and copied into place only
when complete (`services/first_setup.py`), so it may stop anywhere. `stoppable(should_stop)`
marks such work on the current thread; a loader calls `checkpoint()` between its pieces, which
raises InterruptedError once the clerk pressed Cancel. Outside `stoppable`, `checkpoint()`
does nothing: work that writes the live database in several transactions runs to its end.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

_should_stop: ContextVar[Callable[[], bool] | None] = ContextVar("soum_desk_should_stop", default=None)


def checkpoint() -> None:
    """Stop here (InterruptedError) if the work running on this thread was asked to stop."""
    should_stop = _should_stop.get()
    if should_stop is not None and should_stop():
        raise InterruptedError("cancelled")


@contextlib.contextmanager
def stoppable(should_stop: Callable[[], bool]) -> Iterator[None]:
    """Within the block, `checkpoint()` raises once `should_stop()` is true."""
    token = _should_stop.set(should_stop)
    try:
        yield
    finally:
        _should_stop.reset(token)
