"""The app's own log: a rotating file in the data folder, and a crash file for faults.

A windowed build has no console, so without this a traceback goes nowhere. The log records
events (start, sign-in by user id, backups, unexpected errors), never a record's contents or a
password: services log nothing about citizens, and a message names a record by its id.

    <data dir>/logs/soumdesk.log      rotated at 1 MB, five old files kept (soumdesk.log.1 …)
    <data dir>/logs/crash.log         Python's faulthandler: the stacks of a hard crash
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import platform
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

from soum_desk import __version__

LOG_NAME = "soumdesk.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"

log = logging.getLogger("soum_desk")


class _QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log that cannot be written (full disk, a rotation Windows refuses while another
    SoumDesk holds the file) is skipped: it must not print tracebacks into the clerk's command
    output or stop the work it describes."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return


class _State:
    handler: logging.Handler | None = None
    crash_file: IO[str] | None = None
    log_path: Path | None = None


def logs_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "logs"


def current_log_path() -> Path | None:
    """The log file set up by `setup_logging`, or None before it."""
    return _State.log_path


def setup_logging(data_dir: Path, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT,
                  faults: bool = True) -> Path | None:
    """Send the `soum_desk` loggers to <data dir>/logs/soumdesk.log; return its path (None when
    the folder cannot be written: the app still runs, the open itself then says what is wrong).

    Called again (another data folder, a test) it replaces the handler it installed before.
    `faults`: a hard crash (a segfault in Qt or SQLite) writes its stacks into crash.log, unless
    faulthandler was already enabled by whoever started Python (`-X faulthandler`, pytest).
    """
    folder = logs_dir(data_dir)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    path = folder / LOG_NAME
    handler = _QuietRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    if _State.handler is not None:
        log.removeHandler(_State.handler)
        _State.handler.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _State.handler, _State.log_path = handler, path
    if faults:
        with contextlib.suppress(OSError):
            _enable_faulthandler(folder / CRASH_NAME)
    log.info("SoumDesk %s started (Python %s, %s)", __version__, platform.python_version(), platform.platform())
    return path


def _enable_faulthandler(path: Path) -> None:
    if _State.crash_file is None and faulthandler.is_enabled():
        return  # someone asked for stacks on stderr: leave them there
    previous = _State.crash_file
    _State.crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process's life
    faulthandler.enable(_State.crash_file, all_threads=True)
    if previous is not None:
        previous.close()


def log_exception(where: str, exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> None:
    """An exception nobody handled, with its traceback, into the log."""
    log.error("unhandled exception in %s", where, exc_info=(exc_type, exc, tb))


def install_cli_hooks() -> None:
    """The command line: an unhandled exception (or one in a thread) is logged, then printed as
    Python always did."""
    default_hook = sys.excepthook

    def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            log_exception("main thread", exc_type, exc, tb)
        default_hook(exc_type, exc, tb)

    def _thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log_exception(f"thread {args.thread.name if args.thread else '?'}", args.exc_type,
                          args.exc_value, args.exc_traceback)
        threading.__excepthook__(args)

    sys.excepthook = _hook
    threading.excepthook = _thread_hook
