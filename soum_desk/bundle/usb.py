"""Writing the bundle to a USB stick so that a full or pulled stick never leaves a file that
looks complete: write under a hidden temporary name, flush and fsync, read it back and
compare the hash, then rename into place and fsync the folder.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from soum_desk.errors import EnvironmentProblem
from soum_desk.fileio import fsync_dir, make_private, temp_path_for

CHUNK = 1 << 20
Progress = Callable[[int, int], bool]


class CopyCancelled(Exception):
    pass


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _problem(exc: OSError, target: Path) -> EnvironmentProblem:
    if exc.errno == errno.ENOSPC:
        return EnvironmentProblem(
            f"Флаш диск дүүрсэн байна: «{target.name}» бичигдсэнгүй. Зай гаргаад дахин оролдоно уу.",
            f"The USB stick is full: «{target.name}» was not written. Free some space and try again.",
            where=str(target.parent))
    if exc.errno in (errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO):
        return EnvironmentProblem(
            "Флаш диск салгагдсан эсвэл уншиж/бичиж чадахгүй байна. Дахин залгаад экспортыг давтана уу.",
            "The USB stick was removed or cannot be read/written. Plug it in again and repeat the export.",
            where=str(target.parent))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return EnvironmentProblem("Флаш диск зөвхөн унших горимд эсвэл бичих эрхгүй байна.",
                                  "The USB stick is read-only or not writable.", where=str(target.parent))
    return EnvironmentProblem(f"Флаш дискэнд бичиж чадсангүй: {exc}", f"Could not write to the USB stick: {exc}",
                              where=str(target.parent))


def copy_verified(source: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy `source` to `target` safely; raises EnvironmentProblem and leaves no `target` on failure."""
    if target.exists():
        raise EnvironmentProblem(f"«{target.name}» файл аль хэдийн байна.", f"«{target.name}» already exists.",
                                 where=str(target.parent))
    tmp = temp_path_for(target)
    expected = _hash_file(source)
    total = source.stat().st_size
    try:
        with open(source, "rb") as src, open(tmp, "wb") as out:
            done = 0
            while chunk := src.read(CHUNK):
                out.write(chunk)
                done += len(chunk)
                if progress is not None and not progress(done, total):
                    raise CopyCancelled()
            out.flush()
            os.fsync(out.fileno())
        make_private(tmp)
        if _hash_file(tmp) != expected:
            raise EnvironmentProblem(
                "Флаш дискэнд бичсэн файл эх файлтай таарахгүй байна (диск гэмтэлтэй байж болзошгүй).",
                "The file written to the USB stick does not match the original (the stick may be faulty).",
                where=str(target))
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        _discard(tmp)
        raise _problem(exc, target) from exc
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()
