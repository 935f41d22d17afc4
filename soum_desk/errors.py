"""Errors a clerk can act on, each with a Mongolian and an English message.

`UserError` is bad input or a forbidden action; `EnvironmentProblem` is the
machine's fault (disk full, read-only, locked). Anything else is a bug.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass
from pathlib import Path

# A `where` that is a program's name for a field («summary», «due_date», «--period») helps the code
# find the field; a clerk reads the message, which names the field by its label, without it.
_INTERNAL_NAME = re.compile(r"^-{0,2}[a-z][a-z0-9_]*$")


def shown_location(where: str | None) -> str | None:
    """`where` as a person should read it: a file, row or record number, never an internal name."""
    if not where or _INTERNAL_NAME.match(where):
        return None
    return where


@dataclass(frozen=True)
class Msg:
    """A message in both UI languages."""

    mn: str
    en: str

    def text(self, lang: str = "mn") -> str:
        return self.en if lang == "en" else self.mn

    def __str__(self) -> str:
        return f"{self.mn} / {self.en}"


class SoumDeskError(Exception):
    """Base of all errors the app explains to the user."""

    def __init__(self, mn: str, en: str, *, where: str | None = None) -> None:
        self.msg = Msg(mn, en)
        self.where = where
        super().__init__(str(self))

    def text(self, lang: str = "mn") -> str:
        base = self.msg.text(lang)
        location = shown_location(self.where)
        return f"{location}: {base}" if location else base

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.msg.mn} / {self.msg.en}"


class UserError(SoumDeskError):
    """Invalid input or an action the rules forbid; nothing was written."""


class ValidationError(UserError):
    """One or more fields are wrong."""


class NotFound(UserError):
    """The record asked for does not exist."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow this action."""


class AuthenticationFailed(UserError):
    """Wrong user name or password, or the account is locked (then `wait_seconds` says how long)."""

    wait_seconds: int | None = None


class EnvironmentProblem(SoumDeskError):
    """The machine, not the input: disk full, read-only, locked, file missing."""


class DatabaseTooNew(EnvironmentProblem):
    """The database was made by a newer SoumDesk."""


class DatabaseDamaged(EnvironmentProblem):
    """PRAGMA quick_check failed. `backup` is the newest good backup's path, if there is one."""

    backup: Path | None = None


_OS_ERRNOS = {
    errno.ENOSPC: ("Диск дүүрсэн байна.", "The disk is full."),
    errno.EROFS: ("Диск зөвхөн унших горимд байна.", "The disk is read-only."),
    errno.EACCES: ("Файлд хандах эрх алга.", "Permission denied."),
    errno.ENOENT: ("Файл эсвэл хавтас олдсонгүй.", "File or folder not found."),
    errno.EIO: ("Диск уншихад/бичихэд алдаа гарлаа.", "A disk input/output error occurred."),
    errno.ENOTDIR: ("Замын нэг хэсэг нь хавтас биш, файл байна.", "Part of the path is a file, not a folder."),
    errno.EEXIST: ("Ийм нэртэй файл байгаа тул хавтас үүсгэж чадсангүй.",
                   "A file with this name exists, so the folder cannot be created."),
}


def os_problem(exc: OSError) -> EnvironmentProblem | None:
    """A clerk-friendly error for an OSError the machine caused (disk full, read-only, …), else None."""
    if exc.errno not in _OS_ERRNOS:
        return None
    mn, en = _OS_ERRNOS[exc.errno]
    where = getattr(exc, "filename", None)
    return EnvironmentProblem(mn, en, where=str(where) if where else None)
