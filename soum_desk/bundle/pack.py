"""Packing a bundle: tables → BagIt bag (SHA-512 manifests) → sign the tag manifest → zip.

Personal tables are sealed to the province's key before the bag is made (encrypt, then
sign). The zip is built in a local working folder; `bundle/usb.py` copies it to the stick.
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from soum_desk.bundle import format as fmt
from soum_desk.bundle.schema import PERSONAL_PREFIX, table_document

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class PackInput:
    bag_name: str
    tables: dict[str, list[dict]]
    bag_info: dict[str, str]  # without the SoumDesk-Personal-Data field (set here)
    signing_key: object  # Ed25519PrivateKey
    key_id: str
    reports: tuple[Path, ...] = ()
    province_public: object | None = None  # X25519PublicKey when personal tables are present
    office_code: str = ""
    period: str = ""
    sequence: int = 0


@dataclass(frozen=True)
class Packed:
    path: Path
    digest: str
    size_bytes: int
    personal_data: bool


class Cancelled(Exception):
    pass


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise Cancelled()


def write_payload(data_dir: Path, spec: PackInput, progress: Progress | None = None) -> bool:
    """Write tables (sealing personal ones) and reports under `data_dir`; True if sealed any."""
    tables_dir, personal_dir, reports_dir = data_dir / "tables", data_dir / "personal", data_dir / "reports"
    tables_dir.mkdir(parents=True)
    total = len(spec.tables) + len(spec.reports)
    sealed = False
    for done, (table, rows) in enumerate(spec.tables.items(), start=1):
        document = table_document(table, rows)
        if table.startswith(PERSONAL_PREFIX):
            if spec.province_public is None:
                raise ValueError("personal tables need the province's public key")
            personal_dir.mkdir(exist_ok=True)
            binding = fmt.SealBinding(spec.office_code, spec.period, spec.sequence, table)
            (personal_dir / f"{table}.json.hpke").write_bytes(fmt.seal(document, spec.province_public, binding))
            sealed = True
        else:
            (tables_dir / f"{table}.json").write_bytes(document)
        _tick(progress, done, total)
    for done, report in enumerate(spec.reports, start=len(spec.tables) + 1):
        reports_dir.mkdir(exist_ok=True)
        shutil.copyfile(report, reports_dir / report.name)
        _tick(progress, done, total)
    return sealed


def pack(spec: PackInput, work_dir: Path, progress: Progress | None = None) -> Packed:
    """Build the signed bundle zip inside `work_dir` (an empty temporary folder)."""
    import bagit

    bag_dir = work_dir / spec.bag_name
    sealed = write_payload(bag_dir, spec, progress)  # make_bag moves these into data/
    info = dict(spec.bag_info)
    info[fmt.F_PERSONAL] = "yes" if sealed else "no"
    bagit.make_bag(str(bag_dir), info, checksums=["sha512"])
    tag_manifest = (bag_dir / fmt.TAG_MANIFEST).read_bytes()
    signature = spec.signing_key.sign(fmt.signed_message(tag_manifest))  # type: ignore[attr-defined]
    (bag_dir / fmt.SIGNATURE_FILE).write_text(fmt.signature_text(spec.key_id, signature), encoding="utf-8")
    archive = work_dir / f"{spec.bag_name}.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bag_dir.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(work_dir).as_posix())
    return Packed(archive, fmt.bundle_digest(tag_manifest), archive.stat().st_size, sealed)
