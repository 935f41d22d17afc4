"""Tell the machine's problems (disk full, read-only, locked, missing) apart from bugs."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

from soum_desk.errors import EnvironmentProblem, os_problem

_SQLITE_MESSAGES: list[tuple[str, str, str]] = [
    ("disk is full", "Диск дүүрсэн байна. Зай чөлөөлөөд дахин оролдоно уу.",
     "The disk is full. Free some space and try again."),
    ("disk i/o error", "Диск уншихад/бичихэд алдаа гарлаа. Дискээ шалгана уу.",
     "A disk read/write error occurred. Check the disk."),
    ("readonly database", "Өгөгдлийн сан зөвхөн унших горимд байна (бичих эрхгүй).",
     "The database is read-only (no write permission)."),
    ("database is locked", "Өгөгдлийн санг өөр програм түгжсэн байна. Түр хүлээгээд дахин оролдоно уу.",
     "The database is locked by another program. Wait a moment and try again."),
    ("unable to open database", "Өгөгдлийн сангийн файлыг нээж чадсангүй (байхгүй эсвэл хандах эрхгүй).",
     "Could not open the database file (missing or no access)."),
    ("no such table", "Өгөгдлийн сангийн бүтэц дутуу байна. `soum-desk db upgrade` ажиллуулна уу.",
     "The database schema is incomplete. Run `soum-desk db upgrade`."),
]

def environment_problem(exc: BaseException) -> EnvironmentProblem | None:
    """Return a clerk-friendly error for `exc` if the environment caused it, else None.

    SQLAlchemy's errors are looked up only when SQLAlchemy is loaded (none can exist otherwise):
    the start-up before the sign-in dialog runs on plain sqlite3 (issue 18)."""
    sa = sys.modules.get("sqlalchemy.exc")
    if sa is not None and isinstance(exc, sa.TimeoutError):  # the one writing connection stayed busy too long
        return EnvironmentProblem("Өгөгдлийн сан өөр ажилд (нөөцлөх, импорт) удаан завгүй байна. Дахин оролдоно уу.",
                                  "The database stayed busy with other work (backup, import). Try again.")
    if isinstance(exc, sqlite3.OperationalError) or (sa is not None and isinstance(exc, sa.DBAPIError)):
        # raw sqlite3 errors come from the backup API (backup, restore), not through SQLAlchemy
        orig = getattr(exc, "orig", None)
        text = str(orig if orig else exc).lower()
        for needle, mn, en in _SQLITE_MESSAGES:
            if needle in text:
                return EnvironmentProblem(mn, en)
        if "could not connect" in text or "connection refused" in text:
            return EnvironmentProblem(
                "Өгөгдлийн сангийн сервертэй холбогдож чадсангүй.",
                "Could not connect to the database server.",
            )
        return None
    if isinstance(exc, OSError):
        return os_problem(exc)
    return None


LOW_SPACE_BYTES = 1 << 20  # less than this free and SQLite cannot even make its shared-memory file


def disk_problem(db_path: Path, exc: BaseException) -> EnvironmentProblem:
    """Why a database that SQLite could not *read* (an I/O, full, read-only or cannot-open error,
    not corruption) is unusable: the disk is full, read-only or forbidden to this user. None of
    these is damage to the data, so the message never suggests restoring a backup."""
    folder = db_path.parent
    keep = " Өгөгдөл эвдрээгүй: нөөцөөс бүү сэргээгээрэй."
    keep_en = " The data is not damaged: do not restore a backup."
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    if free is not None and free < LOW_SPACE_BYTES:
        return EnvironmentProblem(
            f"Өгөгдлийн сангийн диск дүүрсэн байна. Зай чөлөөлөөд програмаа дахин нээнэ үү.{keep}",
            f"The disk holding the database is full. Free some space and open the program again.{keep_en}",
            where=str(folder))
    read_only = hasattr(os, "statvfs") and bool(os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    if read_only:
        return EnvironmentProblem(
            f"Өгөгдлийн сангийн диск зөвхөн унших горимд байна. Бичих боломжтой болгоод дахин нээнэ үү.{keep}",
            f"The disk holding the database is read-only. Make it writable and open the program again.{keep_en}",
            where=str(folder))
    if not (os.access(db_path, os.R_OK | os.W_OK) and os.access(folder, os.W_OK | os.X_OK)):
        return EnvironmentProblem(
            f"Өгөгдлийн сангийн файл эсвэл хавтаст энэ хэрэглэгч хандах эрхгүй.{keep}",
            f"This user may not read or write the database file or its folder.{keep_en}", where=str(db_path))
    known = environment_problem(exc)
    mn, en = (known.msg.mn, known.msg.en) if known else ("Өгөгдлийн санг уншиж чадсангүй.", "Cannot read the database.")
    return EnvironmentProblem(f"{mn} ({exc}) Дискээ шалгана уу.{keep}", f"{en} ({exc}) Check the disk.{keep_en}",
                              where=str(db_path))
