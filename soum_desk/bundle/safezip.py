"""Opening a bundle .zip that may be hostile: every header is checked before a byte is written.

Refused before extraction: a file too big, an archive that is not a zip or is cut short,
too many entries, names that escape the folder (absolute, `..`, drive letters, backslashes,
control characters), duplicate names, symbolic links and other special files, encrypted
entries, declared sizes over the limits, and compression ratios no honest bundle has.
Extraction then counts the bytes actually inflated, so a header that lies about its size is
stopped at the limit too.
"""

from __future__ import annotations

import errno
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass(frozen=True)
class Limits:
    max_archive_bytes: int = 1 << 30  # 1 GiB on the stick
    max_entries: int = 20_000
    max_entry_bytes: int = 512 << 20
    max_total_bytes: int = 2 << 30
    max_ratio: int = 200  # inflated ÷ compressed; JSON compresses ~10–30×
    max_name_length: int = 240
    max_depth: int = 8


class UnsafeArchive(ValueError):
    def __init__(self, mn: str, en: str, where: str | None = None) -> None:
        super().__init__(en)
        self.mn, self.en, self.where = mn, en, where


class DamagedArchive(UnsafeArchive):
    """Not a zip, or cut short (a stick pulled mid-copy)."""


def _check_name(name: str, limits: Limits) -> PurePosixPath:
    bad = (not name or len(name) > limits.max_name_length or "\\" in name or name.startswith("/")
           or any(ord(ch) < 32 for ch in name) or (len(name) > 1 and name[1] == ":"))
    path = PurePosixPath(name)
    if bad or any(part in ("..", ".", "") for part in name.rstrip("/").split("/")) \
            or len(path.parts) > limits.max_depth:
        raise UnsafeArchive(f"Архивт аюултай зам байна: «{name}»", f"Unsafe path in the archive: «{name}»", name)
    return path


def inspect(archive: Path, limits: Limits = Limits()) -> list[zipfile.ZipInfo]:
    """Check the archive's headers; return its file entries (directories dropped)."""
    try:
        size = archive.stat().st_size
    except OSError as exc:
        raise DamagedArchive(f"Файлыг уншиж чадсангүй: {exc}", f"Cannot read the file: {exc}", str(archive)) from None
    if size > limits.max_archive_bytes:
        raise UnsafeArchive(f"Файл хэт том: {size} байт", f"The file is too large: {size} bytes", archive.name)
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, UnicodeDecodeError) as exc:
        raise DamagedArchive(f"ZIP файл биш эсвэл дутуу хуулагдсан ({exc})",
                             f"Not a zip file, or cut short ({exc})", archive.name) from None
    if len(infos) > limits.max_entries:
        raise UnsafeArchive(f"Архивт хэт олон файл байна: {len(infos)}",
                            f"Too many files in the archive: {len(infos)}", archive.name)
    seen: set[str] = set()
    tops: set[str] = set()
    total = 0
    files = []
    for info in infos:
        path = _check_name(info.filename, limits)
        key = info.filename.rstrip("/").casefold()
        if key in seen:
            raise UnsafeArchive(f"Архивт давхардсан нэр: «{info.filename}»",
                                f"Duplicate name in the archive: «{info.filename}»", info.filename)
        seen.add(key)
        tops.add(path.parts[0])
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
            raise UnsafeArchive(f"Архивт холбоос эсвэл тусгай файл байна: «{info.filename}»",
                                f"A link or special file in the archive: «{info.filename}»", info.filename)
        if info.flag_bits & 0x1:
            raise UnsafeArchive(f"Шифрлэгдсэн файл: «{info.filename}»",
                                f"Encrypted entry: «{info.filename}»", info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeArchive(f"Дэмжигдээгүй шахалт: «{info.filename}»",
                                f"Unsupported compression: «{info.filename}»", info.filename)
        if info.is_dir():
            continue
        if info.file_size > limits.max_entry_bytes:
            raise UnsafeArchive(f"Файл хэт том: «{info.filename}» {info.file_size} байт",
                                f"Entry too large: «{info.filename}» {info.file_size} bytes", info.filename)
        if info.file_size > 1024 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafeArchive(f"Шахалтын харьцаа хэт өндөр (zip bomb): «{info.filename}»",
                                f"Compression ratio too high (zip bomb): «{info.filename}»", info.filename)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise UnsafeArchive("Задалсан хэмжээ хэтэрхий их", "The unpacked size is too large", archive.name)
        files.append(info)
    if len(tops) != 1:
        raise UnsafeArchive("Архив нэг үндсэн хавтастай байх ёстой (BagIt).",
                            "The archive must hold exactly one top folder (BagIt).", archive.name)
    return files


def extract(archive: Path, target: Path, limits: Limits = Limits()) -> Path:
    """Inspect, then extract into `target` (which must be empty); returns the bag folder."""
    files = inspect(archive, limits)
    root = target.resolve()
    total = 0
    try:
        with zipfile.ZipFile(archive) as zf:
            for info in files:
                dest = (root / info.filename).resolve()
                if root not in dest.parents:
                    raise UnsafeArchive("Архивт аюултай зам байна", "Unsafe path in the archive", info.filename)
                dest.parent.mkdir(parents=True, exist_ok=True)
                total += _extract_one(zf, info, dest, limits.max_total_bytes - total)
    except FileExistsError as exc:
        raise UnsafeArchive("Архивт давхардсан нэр", "Duplicate name in the archive", str(exc.filename)) from None
    except (UnsafeArchive, DamagedArchive):
        raise
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error, UnicodeDecodeError,
            NotImplementedError, RuntimeError, ValueError) as exc:
        # a flipped bit in a local header: a name that is not UTF-8, an "encrypted" or unknown-method flag
        raise DamagedArchive(f"ZIP файл гэмтсэн ({exc})", f"The zip file is damaged ({exc})", archive.name) from None
    tops = {PurePosixPath(i.filename).parts[0] for i in files}
    return root / tops.pop()


def _extract_one(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, budget: int) -> int:
    """Copy one entry, counting real bytes; a bad CRC names the entry."""
    written = 0
    try:
        with zf.open(info) as src, open(dest, "xb") as out:
            while chunk := src.read(1 << 16):
                written += len(chunk)
                if written > info.file_size or written > budget:
                    raise UnsafeArchive(f"Файлын хэмжээ толгойд заасанаас их: «{info.filename}»",
                                        f"An entry inflates beyond its declared size: «{info.filename}»",
                                        info.filename)
                out.write(chunk)
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # a real disk problem while writing the temporary copy
            raise
        # a flipped header offset makes zipfile seek before the start of the file
        raise DamagedArchive(f"«{info.filename}» файл гэмтсэн эсвэл өөрчлөгдсөн ({exc})",
                             f"«{info.filename}» is damaged or altered ({exc})", info.filename) from None
    except (zipfile.BadZipFile, zlib.error) as exc:
        raise DamagedArchive(f"«{info.filename}» файл гэмтсэн эсвэл өөрчлөгдсөн ({exc})",
                             f"«{info.filename}» is damaged or altered ({exc})", info.filename) from None
    return written
