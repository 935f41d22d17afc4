"""Tools to alter bundle files the way an attacker or a faulty stick would."""

from __future__ import annotations

import hashlib
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

from soum_desk.bundle import format as fmt

Entries = dict[str, bytes]


def read(path: Path) -> Entries:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write(entries: Entries, path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def rewrite(source: Path, target: Path, change: Callable[[Entries], None]) -> Path:
    entries = read(source)
    change(entries)
    return write(entries, target)


def bag_root(entries: Entries) -> str:
    return next(iter(entries)).split("/")[0]


def payload_names(entries: Entries) -> list[str]:
    return sorted(n for n in entries if "/data/" in n)


def remanifest(entries: Entries, *, sign_with: object | None = None, key_id: str | None = None,
               bag_info: dict[str, str] | None = None) -> None:
    """Rebuild the manifests (and optionally bag-info and the signature) after a change."""
    root = bag_root(entries)
    if bag_info is not None:
        text = fmt.parse_bag_info(entries[f"{root}/{fmt.BAG_INFO}"].decode())
        text.update(bag_info)
        entries[f"{root}/{fmt.BAG_INFO}"] = "".join(f"{k}: {v}\n" for k, v in text.items()).encode()
    fix_oxum(entries)
    lines = [f"{hashlib.sha512(data).hexdigest()}  {name[len(root) + 1:]}\n"
             for name, data in sorted(entries.items()) if "/data/" in name]
    entries[f"{root}/{fmt.MANIFEST}"] = "".join(lines).encode()
    tags = [f"{hashlib.sha512(entries[f'{root}/{n}']).hexdigest()}  {n}\n"
            for n in (fmt.BAG_INFO, fmt.BAGIT_TXT, fmt.MANIFEST)]
    entries[f"{root}/{fmt.TAG_MANIFEST}"] = "".join(tags).encode()
    if sign_with is not None:
        signature = sign_with.sign(fmt.signed_message(entries[f"{root}/{fmt.TAG_MANIFEST}"]))
        entries[f"{root}/{fmt.SIGNATURE_FILE}"] = fmt.signature_text(key_id, signature).encode()


def fix_oxum(entries: Entries) -> None:
    root = bag_root(entries)
    payload = [d for n, d in entries.items() if "/data/" in n]
    info = fmt.parse_bag_info(entries[f"{root}/{fmt.BAG_INFO}"].decode())
    info["Payload-Oxum"] = f"{sum(len(d) for d in payload)}.{len(payload)}"
    entries[f"{root}/{fmt.BAG_INFO}"] = "".join(f"{k}: {v}\n" for k, v in info.items()).encode()


def zip_with_symlink(path: Path, root: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{root}/bagit.txt", "BagIt-Version: 0.97\n")
        link = zipfile.ZipInfo(f"{root}/data/tables/office.json")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    return path
