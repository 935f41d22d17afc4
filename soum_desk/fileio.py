"""Crash-safe file writes: temporary name, flush, fsync, rename, fsync the folder.

A crash or a full disk never leaves a zero-byte or half file under the real name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from soum_desk.db.errors import environment_problem

TEMP_MARK = ".partial-"
PRIVATE_FILE = 0o600  # POSIX: what every file the app writes gets, whatever the umask (issue 19)
PRIVATE_FOLDER = 0o700


def make_private(path: Path, folder: bool = False) -> None:
    """Readable by this user only (POSIX). The database, backups, sealed keys and bundles hold
    petitioners' personal data. A file system without modes (a FAT stick) is left as it is; on
    Windows the per-user data folder's ACL does this (docs/decisions.md)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FOLDER if folder else PRIVATE_FILE)


def temp_path_for(target: Path) -> Path:
    return target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}")


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path to write; on success it is fsynced and renamed to `target`."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(target)
    try:
        yield tmp
        make_private(tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        problem = environment_problem(exc) if isinstance(exc, Exception) else None
        if problem is not None:
            raise problem from exc
        raise


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike) -> Iterator[BinaryIO]:
    """Open a binary file for writing that appears under `target` only when complete."""
    with atomic_path(target) as tmp, open(tmp, "wb") as handle:
        yield handle
        handle.flush()


def write_bytes_atomic(target: str | os.PathLike, data: bytes) -> None:
    with atomic_open(target) as handle:
        handle.write(data)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete leftovers of interrupted writes in `folder`; returns how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in folder.glob(f".*{TEMP_MARK}*"):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed
