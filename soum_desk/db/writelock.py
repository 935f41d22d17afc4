"""One writer across processes: a lock file held from BEGIN to COMMIT/ROLLBACK.

Inside one process the writing engine has a single connection. The GUI and a
`soum-desk` command can still run at the same time, and SQLite's WAL-reset bug
(3.7.0–3.51.2) needs two connections writing or checkpointing at once. Holding
an OS file lock (flock / msvcrt) next to the database around every write
transaction, migration and restore keeps writers — and the checkpoints that run
at their commits — one at a time. The OS releases the lock if a process dies.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from sqlalchemy.exc import OperationalError

LOCK_SUFFIX = ".writelock"


class WriteLock:
    """A re-entrant (per thread) exclusive lock on `<database>.writelock`."""

    def __init__(self, db_path: Path, timeout_s: float) -> None:
        self.path = Path(f"{db_path}{LOCK_SUFFIX}")
        self.timeout_s = timeout_s
        self._fd: int | None = None
        self._depth = 0
        self._owner: int | None = None
        self._mutex = threading.Lock()

    def acquire(self) -> None:
        me = threading.get_ident()
        if self._owner == me:
            self._depth += 1
            return
        if not self._mutex.acquire(timeout=self.timeout_s):
            raise _locked()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            deadline = time.monotonic() + self.timeout_s
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise _locked()
                time.sleep(0.02)
        except BaseException:
            self._mutex.release()
            raise
        self._fd, self._owner, self._depth = fd, me, 1

    def release(self) -> None:
        if self._owner != threading.get_ident() or self._fd is None:
            return
        self._depth -= 1
        if self._depth:
            return
        fd, self._fd, self._owner = self._fd, None, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
            self._mutex.release()

    def __enter__(self) -> WriteLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


_LOCKS: dict[Path, WriteLock] = {}
_LOCKS_GUARD = threading.Lock()


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


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
