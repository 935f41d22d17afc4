"""The bundle's wire format: names, versions, the signed message and the personal-data seal.

A bundle is one .zip holding one BagIt bag (RFC 8493) in a top folder:

    <bag>/bagit.txt, bag-info.txt, manifest-sha512.txt, tagmanifest-sha512.txt
    <bag>/data/tables/<table>.json          one JSON document per table
    <bag>/data/personal/<table>.json.hpke  personal data sealed to the province (optional)
    <bag>/data/reports/<file>.pdf|.xlsx    the period's reports (optional)
    <bag>/signature-ed25519.txt            key id and detached signature

The signature covers a fixed context string plus the tag manifest, which holds the SHA-512
of bag-info.txt and of the payload manifest: one signature over a few hundred bytes vouches
for every file. The bundle's digest (the chain link) is SHA-256 of that tag manifest.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

SCHEMA_VERSION = 1
SIGNATURE_CONTEXT = b"SoumDesk quarterly bundle signature v1\x00"
HPKE_CONTEXT = "SoumDesk personal data v1"
SIGNATURE_FILE = "signature-ed25519.txt"
MANIFEST = "manifest-sha512.txt"
TAG_MANIFEST = "tagmanifest-sha512.txt"
BAG_INFO = "bag-info.txt"
BAGIT_TXT = "bagit.txt"
TAG_FILES = frozenset({BAGIT_TXT, BAG_INFO, MANIFEST, TAG_MANIFEST, SIGNATURE_FILE})
NO_PREVIOUS = "0" * 64

# bag-info.txt fields written by SoumDesk (besides the standard Source-Organization etc.)
F_OFFICE_CODE = "SoumDesk-Office-Code"
F_OFFICE_NAME = "SoumDesk-Office-Name"
F_AIMAG = "SoumDesk-Aimag-Code"
F_PERIOD = "SoumDesk-Period"
F_CREATED = "SoumDesk-Created"
F_APP_VERSION = "SoumDesk-App-Version"
F_SCHEMA = "SoumDesk-Schema-Version"
F_KEY_ID = "SoumDesk-Key-Id"
F_SEQUENCE = "SoumDesk-Sequence"
F_PREVIOUS = "SoumDesk-Previous-Digest"
F_AUDIT_HEAD = "SoumDesk-Audit-Head"
F_AUDIT_COUNT = "SoumDesk-Audit-Count"
# The office's audit chain at the count its previous bundle declared: the province compares this
# head with the one that bundle carried, so a log whose tail was cut (or rewritten) is refused.
F_AUDIT_PREVIOUS_COUNT = "SoumDesk-Audit-Previous-Count"
F_AUDIT_PREVIOUS_HEAD = "SoumDesk-Audit-Previous-Head"
F_PERSONAL = "SoumDesk-Personal-Data"
# Optional: sequence numbers the office reserved for exports that died before they were
# finished ("3,7"); the province does not hold a bundle for a gap made only of these.
F_INTERRUPTED = "SoumDesk-Interrupted"
REQUIRED_FIELDS = (F_OFFICE_CODE, F_OFFICE_NAME, F_AIMAG, F_PERIOD, F_CREATED, F_APP_VERSION, F_SCHEMA,
                   F_KEY_ID, F_SEQUENCE, F_PREVIOUS, F_AUDIT_HEAD, F_PERSONAL)


def sequence_list(text: str) -> tuple[int, ...]:
    """`F_INTERRUPTED`'s value as numbers; ValueError when it is not a comma-separated list."""
    numbers = tuple(int(part) for part in text.split(",") if part.strip())
    if any(n < 1 for n in numbers):
        raise ValueError("sequence numbers start at 1")
    return numbers


def signed_message(tag_manifest: bytes) -> bytes:
    return SIGNATURE_CONTEXT + tag_manifest


def bundle_digest(tag_manifest: bytes) -> str:
    return hashlib.sha256(tag_manifest).hexdigest()


def signature_text(key_id: str, signature: bytes) -> str:
    from soum_desk.bundle.keys import b64

    return f"Algorithm: Ed25519\nKey-Id: {key_id}\nSignature: {b64(signature)}\n"


def parse_signature_text(text: str) -> tuple[str, bytes]:
    """(key id, signature bytes); ValueError when the file is not one of ours."""
    from soum_desk.bundle.keys import unb64

    fields = dict(line.split(": ", 1) for line in text.strip().splitlines() if ": " in line)
    if fields.get("Algorithm") != "Ed25519" or "Key-Id" not in fields or "Signature" not in fields:
        raise ValueError("signature file")
    signature = unb64(fields["Signature"].strip())
    if len(signature) != 64:
        raise ValueError("signature length")
    return fields["Key-Id"].strip(), signature


@dataclass(frozen=True)
class SealBinding:
    """What a sealed table is bound to: opening it in another bundle fails."""

    office_code: str
    period: str
    sequence: int
    table: str

    def info(self) -> bytes:
        return f"{HPKE_CONTEXT}|{self.office_code}|{self.period}|{self.sequence}|{self.table}".encode()


def _suite():  # noqa: ANN202
    from cryptography.hazmat.primitives import hpke

    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def seal(plaintext: bytes, province_public: object, binding: SealBinding) -> bytes:
    """HPKE base mode (RFC 9180), DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305."""
    return _suite().encrypt(plaintext, province_public, info=binding.info())


def open_sealed(ciphertext: bytes, province_private: object, binding: SealBinding) -> bytes:
    """Raises cryptography.exceptions.InvalidTag for a wrong key, binding or altered bytes."""
    return _suite().decrypt(ciphertext, province_private, info=binding.info())


def parse_bag_info(text: str) -> dict[str, str]:
    """bag-info.txt → dict (continuation lines folded; the last value of a repeated label wins)."""
    fields: dict[str, str] = {}
    last = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last is not None:
            fields[last] += " " + line.strip()
        elif ":" in line:
            label, value = line.split(":", 1)
            last = label.strip()
            fields[last] = value.strip()
    return fields
