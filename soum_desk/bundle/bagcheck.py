"""BagIt checks that name the file at fault, read straight from the zip (`zipbag`).

`check_tag_files` runs before the signature: the bag root holds exactly the tag files we
write, and bag-info.txt, bagit.txt and the payload manifest match the tag manifest (which
the signature covers). Only tag files are read for that, each within a small limit.
`check_payload` runs after the signature: the payload is exactly the manifest's files, the
signed Payload-Oxum equals the sizes the zip declares (so nothing larger than what the office
signed is ever inflated), and every file, hashed as it streams, matches its manifest digest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from soum_desk.bundle import format as fmt
from soum_desk.bundle.verdict import Code, Refused
from soum_desk.bundle.zipbag import TAG_FILE_LIMIT, ZipBag


def _decode(name: str) -> str:
    return name.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def parse_manifest(data: bytes, file: str) -> dict[str, str]:
    """A manifest's bytes → {relative path: sha512 hex}."""
    entries: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(Code.ALTERED, "Манифест файлыг уншиж чадсангүй.", "Cannot read the manifest.", file) from None
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, _, name = line.partition(" ")
        name = _decode(name.strip().lstrip("*"))
        if len(digest) != 128 or not name or name in entries:
            raise Refused(Code.ALTERED, "Манифестын мөр буруу.", "A manifest line is not valid.", file)
        entries[name] = digest.lower()
    return entries


def check_tag_files(bag: ZipBag) -> tuple[dict[str, str], dict[str, bytes]]:
    """Check the bag root and tag files; return bag-info.txt's fields and the tag files' bytes."""
    present = bag.root_names
    for name in (fmt.BAGIT_TXT, fmt.BAG_INFO, fmt.TAG_MANIFEST, fmt.MANIFEST):
        if not bag.is_file(name):
            raise Refused(Code.NOT_A_BUNDLE if name == fmt.BAGIT_TXT else Code.ALTERED,
                          f"Багцад «{name}» файл алга.", f"The bundle lacks «{name}».", name)
    if "data" not in present or bag.is_file("data"):
        raise Refused(Code.ALTERED, "Багцад data хавтас алга.", "The bundle has no data folder.", "data")
    for extra in sorted(present - fmt.TAG_FILES - {"data"}):
        raise Refused(Code.ALTERED, f"Багцад илүү файл нэмэгдсэн: {extra}", f"A file was added to the bundle: {extra}",
                      extra)
    tags = {name: bag.read(name, TAG_FILE_LIMIT) for name in (fmt.TAG_MANIFEST, fmt.BAGIT_TXT, fmt.BAG_INFO,
                                                                  fmt.MANIFEST)}
    listed = parse_manifest(tags[fmt.TAG_MANIFEST], fmt.TAG_MANIFEST)
    for name in (fmt.BAGIT_TXT, fmt.BAG_INFO, fmt.MANIFEST):
        if listed.get(name) != hashlib.sha512(tags[name]).hexdigest():
            raise Refused(Code.ALTERED, f"«{name}» өөрчлөгдсөн байна.", f"«{name}» was altered.", name)
    try:
        return fmt.parse_bag_info(tags[fmt.BAG_INFO].decode("utf-8")), tags
    except UnicodeDecodeError:
        raise Refused(Code.NOT_A_BUNDLE, "bag-info.txt UTF-8 биш.", "bag-info.txt is not UTF-8.", fmt.BAG_INFO) from None


def _bagit_failed(why: str) -> Refused:
    return Refused(Code.ALTERED, f"BagIt шалгалтад тэнцсэнгүй: {why}", f"BagIt validation failed: {why}")


def _check_declaration(bagit_txt: bytes) -> None:
    """bagit.txt (RFC 8493 §2.1.1): a version and the UTF-8 tag file encoding, nothing else odd."""
    try:
        text = bagit_txt.decode("utf-8")
    except UnicodeDecodeError:
        raise _bagit_failed("bagit.txt is not UTF-8") from None
    if "\x00" in text:
        raise _bagit_failed("bagit.txt holds a NUL character")
    lines = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
    fields = {k.strip(): v.strip() for k, v in lines.items()}
    if len(text.splitlines()) != len(lines):
        raise _bagit_failed("bagit.txt has a line that is not «name: value»")
    if fields.get("BagIt-Version") not in ("0.97", "1.0") \
            or fields.get("Tag-File-Character-Encoding", "").upper() != "UTF-8":
        raise _bagit_failed("bagit.txt does not declare BagIt-Version and Tag-File-Character-Encoding: UTF-8")


def _check_oxum(bag: ZipBag, info: dict[str, str], names: list[str]) -> None:
    """The signed Payload-Oxum ("octets.count") equals what the zip's headers declare."""
    octets, _, count = info.get("Payload-Oxum", "").partition(".")
    if not (octets.isdigit() and count.isdigit() and len(octets) <= 15 and len(count) <= 9):
        raise _bagit_failed("bag-info.txt has no valid Payload-Oxum")
    if int(count) != len(names) or int(octets) != sum(bag.size(n) for n in names):
        raise _bagit_failed("the payload's size differs from the signed Payload-Oxum")


def check_payload(bag: ZipBag, tags: dict[str, bytes], info: dict[str, str]) -> VerifiedPayload:
    """Every payload file matches the manifest; nothing is missing, added or larger than signed."""
    manifest = parse_manifest(tags[fmt.MANIFEST], fmt.MANIFEST)
    present = bag.payload()
    for name in sorted(set(manifest) - set(present)):
        raise Refused(Code.ALTERED, f"Файл устгагдсан эсвэл нэр нь өөрчлөгдсөн: {name}",
                      f"A file was deleted or renamed: {name}", name)
    for name in sorted(set(present) - set(manifest)):
        raise Refused(Code.ALTERED, f"Манифестэд байхгүй файл нэмэгдсэн: {name}",
                      f"A file not in the manifest was added: {name}", name)
    _check_declaration(tags[fmt.BAGIT_TXT])
    _check_oxum(bag, info, present)
    payload = VerifiedPayload(bag, manifest)
    for name in sorted(manifest):
        payload.verify(name)
    return payload


class VerifiedPayload:
    """The payload files, each checked against the manifest as it streams. Tables (read again to
    be parsed) are kept from the first read up to `KEEP_BYTES`; beyond, they are read and hashed
    again, since the file on the stick may change between two reads."""

    KEEP_BYTES = 64 << 20

    def __init__(self, bag: ZipBag, manifest: dict[str, str]) -> None:
        self.bag, self.manifest = bag, manifest
        self._kept: dict[str, bytes] = {}
        self._kept_bytes = 0

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.manifest))

    def verify(self, name: str) -> None:
        keep = name.startswith(("data/tables/", "data/personal/")) \
            and self._kept_bytes + self.bag.size(name) <= self.KEEP_BYTES
        digest, parts = hashlib.sha512(), []
        for chunk in self.bag.chunks(name):
            digest.update(chunk)
            if keep:
                parts.append(chunk)
        self._check(name, digest.hexdigest())
        if keep:
            self._kept[name] = b"".join(parts)
            self._kept_bytes += len(self._kept[name])

    def read(self, name: str) -> bytes:
        """A payload file's bytes, verified."""
        if name in self._kept:
            return self._kept.pop(name)
        data = self.bag.read(name)
        self._check(name, hashlib.sha512(data).hexdigest())
        return data

    def _check(self, name: str, digest: str) -> None:
        if self.manifest.get(name) != digest:
            raise Refused(Code.ALTERED, f"Файлын агуулга өөрчлөгдсөн: {name}",
                          f"A file's content was altered: {name}", name)
