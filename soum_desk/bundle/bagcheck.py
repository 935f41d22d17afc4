"""BagIt checks that name the file at fault.

`check_tag_files` runs before the signature: the bag root holds exactly the tag files we
write, and bag-info.txt, bagit.txt and the payload manifest match the tag manifest (which
the signature covers). `check_bag` then hashes every payload file once against the
manifest, naming a changed, missing or added file, and lets the `bagit` package confirm the
bag is well-formed (RFC 8493: declaration, Payload-Oxum, completeness).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from soum_desk.bundle import format as fmt
from soum_desk.bundle.verdict import Code, Refused


def _decode(name: str) -> str:
    return name.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def parse_manifest(path: Path) -> dict[str, str]:
    """manifest file → {relative path: sha512 hex}."""
    entries: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise Refused(Code.ALTERED, "Манифест файлыг уншиж чадсангүй.", "Cannot read the manifest.",
                      path.name) from None
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, _, name = line.partition(" ")
        name = _decode(name.strip().lstrip("*"))
        if len(digest) != 128 or not name or name in entries:
            raise Refused(Code.ALTERED, "Манифестын мөр буруу.", "A manifest line is not valid.", path.name)
        entries[name] = digest.lower()
    return entries


def sha512_file(path: Path) -> str:
    digest = hashlib.sha512()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_tag_files(bag: Path) -> dict[str, str]:
    """Check the bag root and tag files; return bag-info.txt's fields."""
    present = {p.name for p in bag.iterdir()}
    for name in (fmt.BAGIT_TXT, fmt.BAG_INFO, fmt.TAG_MANIFEST, fmt.MANIFEST):
        if name not in present:
            raise Refused(Code.NOT_A_BUNDLE if name == fmt.BAGIT_TXT else Code.ALTERED,
                          f"Багцад «{name}» файл алга.", f"The bundle lacks «{name}».", name)
    if "data" not in present or not (bag / "data").is_dir():
        raise Refused(Code.ALTERED, "Багцад data хавтас алга.", "The bundle has no data folder.", "data")
    for extra in sorted(present - fmt.TAG_FILES - {"data"}):
        raise Refused(Code.ALTERED, f"Багцад илүү файл нэмэгдсэн: {extra}", f"A file was added to the bundle: {extra}",
                      extra)
    tags = parse_manifest(bag / fmt.TAG_MANIFEST)
    for name in (fmt.BAGIT_TXT, fmt.BAG_INFO, fmt.MANIFEST):
        if tags.get(name) != sha512_file(bag / name):
            raise Refused(Code.ALTERED, f"«{name}» өөрчлөгдсөн байна.", f"«{name}» was altered.", name)
    try:
        return fmt.parse_bag_info((bag / fmt.BAG_INFO).read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise Refused(Code.NOT_A_BUNDLE, "bag-info.txt UTF-8 биш.", "bag-info.txt is not UTF-8.", fmt.BAG_INFO) from None


def check_bag(bag: Path) -> None:
    """Every payload file matches the manifest; nothing is missing or added."""
    import bagit

    manifest = parse_manifest(bag / fmt.MANIFEST)
    on_disk = {p.relative_to(bag).as_posix() for p in (bag / "data").rglob("*") if p.is_file() or p.is_symlink()}
    for name in sorted(set(manifest) - on_disk):
        raise Refused(Code.ALTERED, f"Файл устгагдсан эсвэл нэр нь өөрчлөгдсөн: {name}",
                      f"A file was deleted or renamed: {name}", name)
    for name in sorted(on_disk - set(manifest)):
        raise Refused(Code.ALTERED, f"Манифестэд байхгүй файл нэмэгдсэн: {name}",
                      f"A file not in the manifest was added: {name}", name)
    for name, expected in sorted(manifest.items()):
        path = bag / name
        if path.is_symlink() or sha512_file(path) != expected:
            raise Refused(Code.ALTERED, f"Файлын агуулга өөрчлөгдсөн: {name}", f"A file's content was altered: {name}",
                          name)
    try:
        bagit.Bag(str(bag)).validate(completeness_only=True)
    except (bagit.BagError, bagit.BagValidationError, UnicodeDecodeError, ValueError) as exc:
        # bagit itself raises the last two for a bagit.txt that is not UTF-8 or a name with a NUL
        raise Refused(Code.ALTERED, f"BagIt шалгалтад тэнцсэнгүй: {exc}", f"BagIt validation failed: {exc}") from None
