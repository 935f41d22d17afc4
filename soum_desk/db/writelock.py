"""One writer across processes: a lock file held from BEGIN to COMMIT/ROLLBACK.

Inside one process the writing engine has a single connection. The GUI and a
`soum-desk` command can still run at the same time, and SQLite's WAL-reset bug
(3.7.0–3.51.2) needs two connections writing or checkpointing at once. Holding
an OS file lock next to the database around every write transaction, migration
and restore keeps writers — and the checkpoints that run at their commits — one
at a time. The OS releases the lock if a process dies.

The OS lock is the `filelock` library's (flock on Linux/macOS, LockFileEx via
msvcrt on Windows; its authors test it on Windows in CI), without its soft
fallback: a marker file would outlive a crashed process. This module adds what
SoumDesk needs on top: re-entry per thread, threads of one process taking turns,
and SQLite's own "database is locked" error when the wait runs out.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy.exc import OperationalError

LOCK_SUFFIX = ".writelock"


class WriteLock:
    """A re-entrant (per thread) exclusive lock on `<database>.writelock`."""

    def __init__(self, db_path: Path | str, timeout_s: float) -> None:
        self.path = Path(f"{db_path}{LOCK_SUFFIX}")
        self.timeout_s = timeout_s
        self._file = FileLock(self.path, thread_local=False, fallback_to_soft=False,
                              preserve_lock_file=True, poll_interval=0.02, mode=0o600)  # private, as the database
        self._depth = 0
        self._owner: int | None = None
        self._mutex = threading.Lock()

    def acquire(self) -> None:
        me = threading.get_ident()
        if self._owner == me:
            self._depth += 1
            return
        deadline = time.monotonic() + self.timeout_s
        if not self._mutex.acquire(timeout=self.timeout_s):
            raise _locked()
        try:
            self._file.acquire(timeout=max(0.0, deadline - time.monotonic()))
        except Timeout:
            self._mutex.release()
            raise _locked() from None
        except BaseException:
            self._mutex.release()
            raise
        self._owner, self._depth = me, 1

    def release(self) -> None:
        if self._owner != threading.get_ident():
            return
        self._depth -= 1
        if self._depth:
            return
        self._owner = None
        try:
            self._file.release(force=True)
        finally:
            self._mutex.release()

    def __enter__(self) -> WriteLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


_LOCKS: dict[Path, WriteLock] = {}
_LOCKS_GUARD = threading.Lock()


def _forget_in_child() -> None:
    """A forked child takes its own locks: filelock refuses one inherited across a fork, and the
    parent's holder state means nothing in the child."""
    global _LOCKS_GUARD
    _LOCKS.clear()
    _LOCKS_GUARD = threading.Lock()


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=_forget_in_child)


def for_database(db_path: Path, timeout_s: float = 10.0) -> WriteLock:
    """The one WriteLock of this process for `db_path` (engines and restore share it)."""
    key = Path(db_path).resolve()
    with _LOCKS_GUARD:
        if key not in _LOCKS:
            _LOCKS[key] = WriteLock(key, timeout_s)
        return _LOCKS[key]


def _locked() -> OperationalError:
    """The same error SQLite gives, so db/errors.py maps it to the clerk's "locked" message."""
    return OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked (another SoumDesk is writing)"))
