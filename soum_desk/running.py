"""While SoumDesk runs on Windows it holds a named mutex; the installer looks for it and
refuses to replace the program's files under a running program (installer/soumdesk.nsi)."""

from __future__ import annotations

import sys

MUTEX_NAME = "SoumDesk.Running"  # the same name is in installer/soumdesk.nsi
_handle: int | None = None


def announce() -> None:
    """Hold the mutex until the process ends (Windows closes the handle then; no clean-up)."""
    global _handle
    if sys.platform != "win32" or _handle is not None:
        return
    import ctypes

    _handle = ctypes.windll.kernel32.CreateMutexW(None, False, MUTEX_NAME) or None
