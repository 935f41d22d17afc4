"""A bag read straight from its zip, one member at a time: nothing is written to disk.

`safezip.inspect` checks every header first. Tag files are then read into memory (each at
most `TAG_FILE_LIMIT` bytes) so the signature can be checked before any payload byte is
inflated; payload members are hashed while they stream, never more bytes than their header
declares (and the signed Payload-Oxum must equal the headers' total before that).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from soum_desk.bundle.safezip import DamagedArchive, Limits, UnsafeArchive, inspect

TAG_FILE_LIMIT = 16 << 20  # a manifest of 20,000 entries is ~3 MB
CHUNK = 1 << 16


@contextlib.contextmanager
def _damage_named(name: str) -> Iterator[None]:
    """zipfile's failures on a member (bad CRC, flipped local header) as a verdict naming it."""
    try:
        yield
    except UnsafeArchive:
        raise
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # a real disk problem (the stick, the machine): the caller says so
            raise
        raise DamagedArchive(f"«{name}» файл гэмтсэн эсвэл өөрчлөгдсөн ({exc})",
                             f"«{name}» is damaged or altered ({exc})", name) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, zipfile.LargeZipFile, UnicodeDecodeError,
            NotImplementedError, RuntimeError, ValueError) as exc:
        raise DamagedArchive(f"«{name}» файл гэмтсэн эсвэл өөрчлөгдсөн ({exc})",
                             f"«{name}» is damaged or altered ({exc})", name) from None


class ZipBag:
    """The members of one bag, by their path inside the bag (`bagit.txt`, `data/tables/x.json`)."""

    def __init__(self, archive: Path, limits: Limits | None = None) -> None:
        files = inspect(archive, limits or Limits())
        self.archive = archive
        self.root = PurePosixPath(files[0].filename).parts[0] if files else ""
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in files:
            parts = PurePosixPath(info.filename).parts
            self.members["/".join(parts[1:]) or "/"] = info
        with _damage_named(archive.name):
            self._zf = zipfile.ZipFile(archive)

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> ZipBag:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def root_names(self) -> set[str]:
        """What sits at the bag's top: file names and first folder names."""
        return {name.split("/", 1)[0] for name in self.members}

    def is_file(self, name: str) -> bool:
        return name in self.members

    def payload(self) -> list[str]:
        return sorted(n for n in self.members if n.startswith("data/"))

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def chunks(self, name: str, limit: int | None = None) -> Iterator[bytes]:
        """The member's bytes, never more than its header declares (nor `limit`)."""
        info = self.members[name]
        cap = info.file_size if limit is None else min(info.file_size, limit)
        if info.file_size > cap:
            raise UnsafeArchive(f"Файл хэт том: «{name}» {info.file_size} байт",
                                f"Entry too large: «{name}» {info.file_size} bytes", name)
        read = 0
        with _damage_named(name), self._zf.open(info) as src:
            while chunk := src.read(CHUNK):
                read += len(chunk)
                if read > cap:
                    raise UnsafeArchive(f"Файлын хэмжээ толгойд заасанаас их: «{name}»",
                                        f"An entry inflates beyond its declared size: «{name}»", name)
                yield chunk

    def read(self, name: str, limit: int | None = None) -> bytes:
        return b"".join(self.chunks(name, limit))

    def sha512(self, name: str) -> str:
        digest = hashlib.sha512()
        for chunk in self.chunks(name):
            digest.update(chunk)
        return digest.hexdigest()
