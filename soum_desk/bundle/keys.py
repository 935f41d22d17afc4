"""Key pairs and their files.

A private key is stored encrypted under a passphrase (not the login password): argon2id
derives a 32-byte key from the passphrase and a random salt, ChaCha20-Poly1305 seals the raw
private key with the key id, kind and public key as associated data, so a file whose public
half was swapped does not open. The file is JSON, readable by a person who wants to know
what it is.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from soum_desk.bundle.cleantext import clean_text
from soum_desk.domain.password_policy import weakness
from soum_desk.errors import UserError, ValidationError
from soum_desk.fileio import make_private, write_bytes_atomic

PRIVATE_FORMAT = "soumdesk-private-key-v1"
PUBLIC_FORMAT = "soumdesk-public-key-v1"
KINDS = ("ed25519", "x25519")
# argon2id cost: about 0.3 s and 64 MiB on a 2-core laptop, once per export.
KDF_TIME_COST = 3
KDF_MEMORY_KIB = 64 * 1024
KDF_PARALLELISM = 2
# What a key file may ask of argon2id when it is opened (inclusive): enough room for stronger
# settings later, never hours of work or gigabytes of memory from a hostile file.
KDF_BOUNDS = {"time_cost": (1, 16), "memory_kib": (8 * 1024, 1024 * 1024), "parallelism": (1, 8)}
MIN_PASSPHRASE = 10


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id_of(public_raw: bytes) -> str:
    """16 hex digits of SHA-256 of the raw public key."""
    return hashlib.sha256(public_raw).hexdigest()[:16]


def fingerprint(key_id: str) -> str:
    """The key id as a person reads it over the phone: «3F2A-91C4-0B7E-55D2»."""
    upper = key_id.upper()
    return "-".join(upper[i:i + 4] for i in range(0, len(upper), 4))


@dataclass(frozen=True)
class KeyPair:
    kind: str
    key_id: str
    public_raw: bytes
    private: object  # Ed25519PrivateKey | X25519PrivateKey

    @property
    def public_b64(self) -> str:
        return b64(self.public_raw)


def _raw_public(private: object) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)  # type: ignore[attr-defined]


def _raw_private(private: object) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())  # type: ignore[attr-defined]


def _private_from_raw(kind: str, raw: bytes) -> object:
    if kind == "ed25519":
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(raw)
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(raw)


def generate(kind: str = "ed25519") -> KeyPair:
    if kind not in KINDS:
        raise ValueError(kind)
    if kind == "ed25519":
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        private: object = Ed25519PrivateKey.generate()
    else:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        private = X25519PrivateKey.generate()
    public = _raw_public(private)
    return KeyPair(kind, key_id_of(public), public, private)


def check_passphrase(passphrase: str, *, names: Iterable[str | None] = ()) -> None:
    """Long enough and not easy to guess; `names`: the office's name and soum (a word of them is refused)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"Түлхүүрийн нууц үг хамгийн багадаа {MIN_PASSPHRASE} тэмдэгт байна.",
            f"The key passphrase must be at least {MIN_PASSPHRASE} characters.", where="passphrase")
    why = weakness(passphrase, names=names)
    if why is not None:
        raise ValidationError(f"Түлхүүрийн нууц үг хэт амархан: {why[0]}.",
                              f"The key passphrase is too easy to guess: {why[1]}.", where="passphrase")


def _derive(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, parallelism: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=time_cost, memory_cost=memory_kib,
                           parallelism=parallelism, hash_len=32, type=Type.ID)


def _aad(kind: str, key_id: str, public_b64: str) -> bytes:
    return f"{PRIVATE_FORMAT}|{kind}|{key_id}|{public_b64}".encode()


def seal_private(pair: KeyPair, passphrase: str, *, created_at: datetime) -> bytes:
    """The private key file's bytes (JSON), the key sealed under the passphrase."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(passphrase, salt, KDF_TIME_COST, KDF_MEMORY_KIB, KDF_PARALLELISM)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, _raw_private(pair.private),
                                           _aad(pair.kind, pair.key_id, pair.public_b64))
    document = {
        "format": PRIVATE_FORMAT, "kind": pair.kind, "key_id": pair.key_id, "public_key": pair.public_b64,
        "created_at": created_at.isoformat(timespec="seconds"),
        "kdf": {"name": "argon2id", "salt": b64(salt), "time_cost": KDF_TIME_COST,
                "memory_kib": KDF_MEMORY_KIB, "parallelism": KDF_PARALLELISM},
        "aead": {"name": "chacha20-poly1305", "nonce": b64(nonce)},
        "ciphertext": b64(sealed),
    }
    return json.dumps(document, indent=2).encode("utf-8")


def not_this_key(found: str, expected: str) -> UserError:
    """A key file that is not the key the office's database names (another office's, copied over)."""
    return UserError(
        f"Түлхүүрийн файл гэмтсэн эсвэл энэ байгууллагынх биш: идэвхтэй түлхүүр биш ({fingerprint(found)}; "
        f"хүлээгдэж буй {fingerprint(expected)}). Файлыг сольсон байж магадгүй.",
        f"The key file is damaged or not this office's: it is not the active key ({fingerprint(found)}; expected "
        f"{fingerprint(expected)}). The file may have been replaced.")


def open_private(path: Path, passphrase: str, expected_key_id: str | None = None) -> KeyPair:
    """Unseal a private key file; a wrong passphrase or an altered file is a clear error.

    With `expected_key_id` a file declaring another key is refused before any key derivation
    (otherwise another office's file reads as "wrong passphrase")."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        if doc.get("format") != PRIVATE_FORMAT or doc["kind"] not in KINDS:
            raise ValueError("format")
        kdf, aead = doc["kdf"], doc["aead"]
        if kdf["name"] != "argon2id" or aead["name"] != "chacha20-poly1305":
            raise ValueError("algorithm")
        time_cost, memory_kib, parallelism = int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])
        if not (KDF_BOUNDS["time_cost"][0] <= time_cost <= KDF_BOUNDS["time_cost"][1]
                and KDF_BOUNDS["memory_kib"][0] <= memory_kib <= KDF_BOUNDS["memory_kib"][1]
                and KDF_BOUNDS["parallelism"][0] <= parallelism <= KDF_BOUNDS["parallelism"][1]):
            raise ValueError("kdf parameters out of bounds")  # a hostile file must not hang or exhaust memory
        if expected_key_id is not None and doc["key_id"] != expected_key_id:
            raise not_this_key(str(doc["key_id"]), expected_key_id)
        key = _derive(passphrase, unb64(kdf["salt"]), time_cost, memory_kib, parallelism)
        nonce, sealed = unb64(aead["nonce"]), unb64(doc["ciphertext"])
    except FileNotFoundError:
        raise UserError(f"Түлхүүрийн файл олдсонгүй: {path}", f"Key file not found: {path}") from None
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise UserError(f"Түлхүүрийн файл гэмтсэн эсвэл энэ байгууллагынх биш: {Path(path).name}",
                        f"The key file is damaged or not this office's: {Path(path).name}") from exc
    try:
        raw = ChaCha20Poly1305(key).decrypt(nonce, sealed, _aad(doc["kind"], doc["key_id"], doc["public_key"]))
    except InvalidTag:
        raise UserError("Түлхүүрийн нууц үг буруу (эсвэл файл өөрчлөгдсөн).",
                        "Wrong key passphrase (or the key file was altered).", where="passphrase") from None
    private = _private_from_raw(doc["kind"], raw)
    public = _raw_public(private)
    if b64(public) != doc["public_key"] or key_id_of(public) != doc["key_id"]:
        raise UserError("Түлхүүрийн файлын нийтийн хэсэг таарахгүй байна.",
                        "The key file's public half does not match its private key.")
    return KeyPair(doc["kind"], doc["key_id"], public, private)


def write_private(folder: Path, pair: KeyPair, passphrase: str, *, created_at: datetime) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(folder, folder=True)
    target = folder / f"{pair.kind}-{pair.key_id}.key"
    write_bytes_atomic(target, seal_private(pair, passphrase, created_at=created_at))
    return target


def public_document(*, kind: str, key_id: str, public_b64: str, created_at: datetime, office: dict,
                    first_sequence: int | None = None) -> dict:
    """What goes to the province (or, for the province's X25519 key, to every office).
    `first_sequence`: the first bundle number signed with this key; the province refuses any
    higher number signed with the key before it (a retired key is judged by the chain)."""
    doc = {"format": PUBLIC_FORMAT, "kind": kind, "key_id": key_id, "public_key": public_b64,
           "fingerprint": fingerprint(key_id), "created_at": created_at.isoformat(timespec="seconds"),
           "office_code": office["code"], "office_name": office["name"], "aimag_code": office["aimag_code"],
           "is_province": bool(office.get("is_province"))}
    if first_sequence is not None:
        doc["first_sequence"] = first_sequence
    return doc


MAX_SEQUENCE = 2**31 - 1  # the registry's Integer column on PostgreSQL


# The registry's columns (registered_office: code String(40), name String(300), aimag_code String(10)).
PUBLIC_TEXT_LIMITS = {"office_code": 40, "office_name": 300, "aimag_code": 10, "created_at": 40}


def _fits(value: object, limit: int) -> bool:
    return isinstance(value, str) and len(value) <= limit and clean_text(value)


def read_public_document(path: Path) -> dict:
    """Read and check a public key file; the key id must be the hash of the key."""
    name = Path(path).name
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        raw = unb64(doc["public_key"])
        ok = (doc.get("format") == PUBLIC_FORMAT and doc["kind"] in KINDS and len(raw) == 32
              and key_id_of(raw) == doc["key_id"] and doc["office_code"] and doc["office_name"]
              and all(_fits(doc.get(field), limit) for field, limit in PUBLIC_TEXT_LIMITS.items())
              and _sequence_ok(doc.get("first_sequence")))
        datetime.fromisoformat(doc["created_at"])
    except FileNotFoundError:
        raise UserError(f"Файл олдсонгүй: {path}", f"File not found: {path}") from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        ok = False
    if not ok:
        raise ValidationError(f"{name} нь SoumDesk-ийн нийтийн түлхүүрийн файл биш эсвэл гэмтсэн.",
                              f"{name} is not a SoumDesk public key file or is damaged.", where=name)
    return doc


def _sequence_ok(value: object) -> bool:
    return value is None or (type(value) is int and 1 <= value <= MAX_SEQUENCE)


def ed25519_public(public_b64: str) -> object:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(unb64(public_b64))


def x25519_public(public_b64: str) -> object:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    return X25519PublicKey.from_public_bytes(unb64(public_b64))
