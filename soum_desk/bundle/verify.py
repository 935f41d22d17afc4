"""Checking a bundle, in the order the province relies on:

1. size and path limits of every zip header (`safezip.inspect`);
2. the tag files only (read into memory, each within a small limit) and the signature, by the
   key registered for the office the bundle claims to come from; bag-info.txt's values are
   range-checked first (`baginfo`), so even a refusal record fits the province's columns;
3. BagIt validity: the payload is exactly the manifest's files, no larger than the signed
   Payload-Oxum, each hashed while it streams from the zip (`bagcheck`);
4. the sequence: last + 1 with the matching previous digest (when a chain state is given);
5. decrypting the personal data (when a private key is given);
6. the strict schema check of every table.

Nothing is extracted to disk: a hostile file costs at most the reading of its headers and tag
files before it is refused. The caller supplies the trust (who holds which key) and the chain
state, so the same code serves `bundle verify` at an office, with a folder of key files, and
the province's import.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from soum_desk.bundle import baginfo, safezip
from soum_desk.bundle import format as fmt
from soum_desk.bundle.bagcheck import VerifiedPayload, check_payload, check_tag_files
from soum_desk.bundle.schema import SchemaProblem, parse_table
from soum_desk.bundle.verdict import Code, Refused, Verdict
from soum_desk.bundle.zipbag import ZipBag

SIGNATURE_FILE_LIMIT = 4096


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    office_code: str
    public_b64: str
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    revoked_from: date | None = None
    # A retired key, as the province recorded its successor: the highest number it may sign, and
    # the day the successor was registered (used only when that number is unknown).
    until_sequence: int | None = None
    retired_on: date | None = None


class Trust(Protocol):
    def key(self, key_id: str) -> KeyInfo | None: ...
    def office_known(self, code: str) -> bool: ...
    def keys_of(self, code: str) -> list[KeyInfo]: ...


class ChainState(Protocol):
    def digest_imported(self, digest: str) -> bool: ...
    def digest_at(self, office_code: str, sequence: int) -> str | None: ...
    def last(self, office_code: str) -> tuple[int, str] | None: ...
    def audit_head_at(self, office_code: str, sequence: int) -> str | None: ...


@dataclass
class Options:
    chain: ChainState | None = None
    allow_gap: bool = False  # the head accepted a held bundle's gap
    province_private: object | None = None  # X25519PrivateKey: open personal tables
    require_decrypt: bool = False
    keep_tables: bool = False
    arrived_on: date | None = None
    # With no `chain`: leave the sequence check to the caller (`run_deferred_sequence`), e.g. when
    # bundles are verified ahead in another thread while earlier ones are still being stored.
    defer_sequence: bool = False
    limits: safezip.Limits = safezip.Limits()


def verify(archive: Path, trust: Trust, options: Options | None = None) -> Verdict:
    """Check one bundle file; never raises for a bad bundle, returns the verdict."""
    options = options or Options()
    verdict = Verdict(Code.VALID, "Багц хүчинтэй.", "The bundle is valid.",
                      arrived_on=options.arrived_on or date.today())
    try:
        _check(Path(archive), trust, verdict, options)
    except Refused as refusal:
        verdict.code, verdict.reason_mn, verdict.reason_en = refusal.code, refusal.mn, refusal.en
        verdict.file = refusal.file
        verdict.tables = {}
    except OSError as exc:  # the stick or the machine, not the bundle: say so, the caller goes on
        from soum_desk.errors import os_problem

        problem = os_problem(exc)
        mn, en = (problem.msg.mn, problem.msg.en) if problem else ("Файлыг уншиж чадсангүй.", "Cannot read the file.")
        verdict.code = Code.NOT_CHECKED
        verdict.reason_mn = f"{mn} Багцыг шалгаж чадсангүй; дахин импортлоно уу."
        verdict.reason_en = f"{en} The bundle could not be checked; import it again."
        verdict.file, verdict.tables = Path(archive).name, {}
    return verdict


def _check(archive: Path, trust: Trust, verdict: Verdict, options: Options) -> None:
    try:
        with ZipBag(archive, options.limits) as bag:
            info, tags = check_tag_files(bag)
            claims = _fill(verdict, info)
            _check_signature(bag, tags, trust, verdict, claims.key_id)
            payload = check_payload(bag, tags, info)
            _check_schema_version(verdict)
            if options.chain is not None:
                _check_sequence(options.chain, verdict, options.allow_gap)
            elif options.defer_sequence:
                verdict.sequence_due = True
            _read_tables(payload, verdict, options)
    except safezip.DamagedArchive as exc:
        raise Refused(Code.DAMAGED, exc.mn, exc.en, exc.where) from None
    except safezip.UnsafeArchive as exc:
        raise Refused(Code.UNSAFE, exc.mn, exc.en, exc.where) from None


def _check_signature(bag: ZipBag, tags: dict[str, bytes], trust: Trust, verdict: Verdict, info_key_id: str) -> None:
    from cryptography.exceptions import InvalidSignature

    from soum_desk.bundle.keys import ed25519_public

    if not bag.is_file(fmt.SIGNATURE_FILE):
        raise Refused(Code.UNSIGNED, "Багцад гарын үсэг алга.", "The bundle is not signed.", fmt.SIGNATURE_FILE)
    try:
        key_id, signature = fmt.parse_signature_text(
            bag.read(fmt.SIGNATURE_FILE, SIGNATURE_FILE_LIMIT).decode("utf-8"))
        if len(key_id) > baginfo.MAX_LENGTH[fmt.F_KEY_ID]:
            raise ValueError("key id")
    except (ValueError, UnicodeDecodeError):
        raise Refused(Code.BAD_SIGNATURE, "Гарын үсгийн файл буруу.", "The signature file is not valid.",
                      fmt.SIGNATURE_FILE) from None
    claimed = verdict.office_code or ""
    if not trust.office_known(claimed):
        raise Refused(Code.UNKNOWN_OFFICE, f"«{claimed}» байгууллага бүртгэлгүй (нийтийн түлхүүрээ бүртгүүлээгүй).",
                      f"The office «{claimed}» is not registered (no public key on file).")
    message = fmt.signed_message(tags[fmt.TAG_MANIFEST])

    def valid(key: KeyInfo) -> bool:
        try:
            ed25519_public(key.public_b64).verify(signature, message)  # type: ignore[attr-defined]
            return True
        except (InvalidSignature, ValueError):
            return False

    key = trust.key(key_id)
    if key is not None and key.office_code != claimed and valid(key):
        raise Refused(Code.WRONG_OFFICE,
                      f"Багц «{claimed}»-с ирсэн гэж бичсэн боловч «{key.office_code}»-ийн түлхүүрээр гарын үсэг зурсан.",
                      f"The bundle claims to come from «{claimed}» but is signed with the key of «{key.office_code}».",
                      fmt.SIGNATURE_FILE)
    candidates = [key] if key is not None and key.office_code == claimed else trust.keys_of(claimed)
    key = next((k for k in candidates if valid(k)), None)
    if key is None:
        raise Refused(Code.BAD_SIGNATURE,
                      f"Гарын үсэг «{claimed}»-ийн бүртгэлтэй түлхүүрт таарахгүй: багц өөрчлөгдсөн эсвэл хуурамч.",
                      f"The signature does not match any registered key of «{claimed}»: altered or forged.",
                      fmt.SIGNATURE_FILE)
    if info_key_id != key.key_id:
        raise Refused(Code.ALTERED, "bag-info.txt доторх түлхүүрийн дугаар гарын үсэгтэй таарахгүй.",
                      "The key id in bag-info.txt does not match the signature.", fmt.BAG_INFO)
    arrived = verdict.arrived_on or date.today()
    if key.revoked_from is not None and arrived >= key.revoked_from:
        raise Refused(Code.KEY_REVOKED, f"Түлхүүр {key.revoked_from.isoformat()}-с хүчингүй болсон.",
                      f"The key was revoked from {key.revoked_from.isoformat()}.", fmt.SIGNATURE_FILE)
    _check_retired(key, verdict, arrived)
    if key.valid_until is not None and verdict.created_at and verdict.created_at > key.valid_until:
        raise Refused(Code.KEY_RETIRED, f"Түлхүүрийг {key.valid_until:%Y-%m-%d}-нд сольсон; багц түүнээс хойш үүссэн.",
                      f"The key was replaced on {key.valid_until:%Y-%m-%d}; the bundle was made after that.",
                      fmt.SIGNATURE_FILE)
    verdict.key_id = key.key_id
    verdict.digest = fmt.bundle_digest(tags[fmt.TAG_MANIFEST])


def _check_retired(key: KeyInfo, verdict: Verdict, arrived: date) -> None:
    """A retired key signs nothing numbered after the last bundle it signed before its successor;
    the bundle's own date (`SoumDesk-Created`) is not asked: it can be back-dated."""
    sequence = verdict.sequence or 0
    if key.until_sequence is not None and sequence > key.until_sequence:
        raise Refused(Code.KEY_RETIRED,
                      f"Багц №{sequence}-д солигдсон түлхүүрээр гарын үсэг зурсан: энэ түлхүүр зөвхөн "
                      f"№{key.until_sequence} хүртэлх багцад хүчинтэй. Шинэ түлхүүрээр дахин экспортлоно уу.",
                      f"Bundle {sequence} is signed with a replaced key, valid only up to bundle "
                      f"{key.until_sequence}. Export it again with the new key.", fmt.SIGNATURE_FILE)
    if key.until_sequence is None and key.retired_on is not None and arrived > key.retired_on:
        raise Refused(Code.KEY_RETIRED,
                      f"Түлхүүрийг аймагт {key.retired_on:%Y.%m.%d}-нд шинээр сольсон; түүнээс хойш ирсэн, "
                      "хуучин түлхүүрээр гарын үсэг зурсан багцыг авахгүй. Шинэ түлхүүрээр дахин экспортлоно уу.",
                      f"The key was replaced at the province on {key.retired_on:%Y-%m-%d}; a bundle signed "
                      "with the old key arriving after that is refused. Export it again with the new key.",
                      fmt.SIGNATURE_FILE)


def _fill(verdict: Verdict, info: dict[str, str]) -> baginfo.Claims:
    """bag-info's values into the verdict, each within its column's range; until the signature is
    checked only the office code and sequence, bounded, are kept for a refusal record."""
    verdict.office_code, verdict.sequence = baginfo.claimed_office(info), baginfo.claimed_sequence(info)
    claims = baginfo.read_claims(info)
    verdict.office_name, verdict.period = claims.office_name, claims.period
    verdict.previous_digest, verdict.app_version = claims.previous_digest, claims.app_version
    verdict.audit_head, verdict.personal_data = claims.audit_head, claims.personal_data
    verdict.audit_count, verdict.audit_previous = claims.audit_count, claims.audit_previous
    verdict.schema_version, verdict.created_at = claims.schema_version, claims.created_at
    verdict.interrupted = claims.interrupted
    return claims


def _check_schema_version(verdict: Verdict) -> None:
    if (verdict.schema_version or 0) > fmt.SCHEMA_VERSION:
        raise Refused(Code.SCHEMA_TOO_NEW,
                      f"Багцыг SoumDesk-ийн шинэ хувилбар үүсгэсэн (схем {verdict.schema_version}, энд {fmt.SCHEMA_VERSION}). "
                      "Програмаа шинэчилнэ үү.",
                      f"The bundle was made by a newer SoumDesk (schema {verdict.schema_version}, "
                      f"here {fmt.SCHEMA_VERSION}). Update the program.", fmt.BAG_INFO)


def _check_sequence(chain: ChainState, verdict: Verdict, allow_gap: bool = False) -> None:
    office, seq, digest = verdict.office_code or "", verdict.sequence or 0, verdict.digest or ""
    if chain.digest_imported(digest):
        raise Refused(Code.REPLAY, f"Энэ багцыг (№{seq}) өмнө нь импортолсон; юу ч өөрчлөгдөхгүй.",
                      f"This bundle (no. {seq}) was already imported; nothing changes.")
    existing = chain.digest_at(office, seq)
    if existing is not None:
        raise Refused(Code.CONFLICT, f"АНХААР: №{seq} дугаартай өөр багц өмнө нь импортлогдсон байна.",
                      f"ALERT: a different bundle with sequence {seq} was already imported.")
    last_seq, last_digest = chain.last(office) or (0, fmt.NO_PREVIOUS)
    if seq <= last_seq:
        raise Refused(Code.ROLLBACK, f"Багц №{seq} нь сүүлд импортолсон №{last_seq}-с хуучин.",
                      f"Bundle {seq} is older than the last imported, {last_seq}.")
    if seq > last_seq + 1 and (allow_gap or _gap_declared(verdict.interrupted, last_seq, seq)):
        return  # the previous digest is that of a bundle this province never saw
    if seq > last_seq + 1:
        raise Refused(Code.HELD, f"№{last_seq + 1}…№{seq - 1} багц ирээгүй байна; хянуулахаар хадгаллаа.",
                      f"Bundles {last_seq + 1}…{seq - 1} are missing; held for review.")
    if verdict.previous_digest != last_digest:
        raise Refused(Code.CHAIN_BROKEN, f"Өмнөх багцын хэш таарахгүй (№{last_seq}).",
                      f"The previous-bundle digest does not match bundle {last_seq}.", fmt.BAG_INFO)
    if last_seq and not allow_gap:  # a head who reviewed the held bundle accepted its shorter log too
        _check_audit_continues(chain.audit_head_at(office, last_seq) or "", verdict, last_seq)


def _check_audit_continues(held: str, verdict: Verdict, last_seq: int) -> None:
    """The office's audit chain must still hold, at the count bundle `last_seq` declared, the head
    that bundle carried: a log whose tail was cut, or rewritten from some entry on, cannot (each
    entry's hash covers every entry before it). A bundle without the proof was made by a SoumDesk
    before it existed and is let through: the fields are signed, so only an older program leaves
    them out (this one writes them in every bundle after the first)."""
    if not held or verdict.audit_previous is None:
        return
    count, head = verdict.audit_previous
    now = verdict.audit_count
    if not head:
        raise Refused(Code.AUDIT_CUT,
                      f"Аудитын бүртгэл богиносжээ: №{last_seq} багцыг илгээх үеийн бичлэгүүд алга"
                      f"{f' (одоо {now} бичлэгтэй)' if now is not None else ''}. Сүүлийн бичлэгүүд устгагдсан байна.",
                      f"The audit log got shorter: the entries it had when bundle {last_seq} was sent are gone"
                      f"{f' (it now has {now})' if now is not None else ''}. Its newest entries were removed.",
                      fmt.BAG_INFO)
    if now is not None and now < count:
        raise Refused(Code.AUDIT_CUT,
                      f"Аудитын бүртгэл богиносжээ: №{last_seq} багцыг илгээхэд {count} бичлэгтэй байсан, одоо {now}.",
                      f"The audit log got shorter: it had {count} entries when bundle {last_seq} was sent, now {now}.",
                      fmt.BAG_INFO)
    if head != held:
        raise Refused(Code.AUDIT_CUT,
                      f"Аудитын бүртгэл №{last_seq} багцад ирсэн бүртгэлийг үргэлжлүүлэхгүй байна: эхний {count} "
                      "бичлэгийн аль нэг нь өөрчлөгдсөн эсвэл устгагдаж, өөр бичлэгээр солигдсон.",
                      f"The audit log does not continue the one bundle {last_seq} carried: one of its first {count} "
                      "entries was changed, or removed and replaced.", fmt.BAG_INFO)


def sequence_refusal(chain: ChainState, verdict: Verdict, allow_gap: bool = False) -> Refused | None:
    """The sequence check alone, against `chain` (a fresh look after a parallel import stored first)."""
    try:
        _check_sequence(chain, verdict, allow_gap)
    except Refused as refusal:
        return refusal
    return None


def run_deferred_sequence(chain: ChainState, verdict: Verdict, allow_gap: bool = False) -> None:
    """The sequence check of a verdict made with `Options.defer_sequence`, in its place in the order:
    its refusal replaces «valid» and any refusal of a check that comes after it."""
    if not verdict.sequence_due:
        return
    verdict.sequence_due = False
    refusal = sequence_refusal(chain, verdict, allow_gap)
    if refusal is not None:
        verdict.code, verdict.reason_mn, verdict.reason_en = refusal.code, refusal.mn, refusal.en
        verdict.file, verdict.tables = refusal.file, {}


def _gap_declared(interrupted: tuple[int, ...], last_seq: int, seq: int) -> bool:
    """True when every number between the last imported and this one is an export the office
    itself (in this signed bundle) declares interrupted: nothing is missing, so no hold."""
    declared = {n for n in interrupted if last_seq < n < seq}
    return len(declared) == seq - last_seq - 1


def _read_tables(payload: VerifiedPayload, verdict: Verdict, options: Options) -> None:
    from cryptography.exceptions import InvalidTag

    folders: dict[str, list[str]] = {"tables": [], "personal": [], "reports": []}
    for name in payload:
        folder, _, rest = name.removeprefix("data/").partition("/")
        if folder not in folders or not rest:
            raise Refused(Code.SCHEMA_INVALID, "Багцад танигдахгүй хавтас/файл байна.",
                          "Unknown folder or file in the bundle.", f"data/{folder}")
        folders[folder].append(rest)
    tables: dict[str, list[dict]] = {}
    try:
        for rest in folders["tables"]:
            where = f"data/tables/{rest}"
            if not rest.endswith(".json") or "/" in rest:
                raise SchemaProblem(where, "JSON файл биш", "not a .json file")
            tables[rest.removesuffix(".json")] = parse_table(where, payload.read(where),
                                                             rest.removesuffix(".json"))
        sealed = folders["personal"]
        if sealed and (options.province_private is not None or options.require_decrypt):
            if options.province_private is None:
                raise Refused(Code.DECRYPT_FAILED, "Хувийн мэдээллийг тайлах аймгийн түлхүүр алга.",
                              "The province key needed to open the personal data is missing.")
            for rest in sealed:
                where = f"data/personal/{rest}"
                if "/" in rest:
                    raise SchemaProblem(where, "танигдахгүй хавтас", "an unknown folder")
                table = rest.removesuffix(".json.hpke")
                binding = fmt.SealBinding(verdict.office_code or "", verdict.period or "", verdict.sequence or 0, table)
                sealed_bytes = payload.read(where)
                try:
                    plain = fmt.open_sealed(sealed_bytes, options.province_private, binding)
                except (InvalidTag, ValueError):
                    raise Refused(Code.DECRYPT_FAILED, "Хувийн мэдээллийг тайлж чадсангүй (түлхүүр эсвэл холбоос буруу).",
                                  "Could not open the personal data (wrong key or binding).", where) from None
                tables[table] = parse_table(where, plain, table)
    except SchemaProblem as problem:
        raise Refused(Code.SCHEMA_INVALID, f"Өгөгдлийн бүтэц буруу: {problem.mn}",
                      f"Invalid data: {problem.en}", problem.where) from None
    office_rows = tables.get("office") or [{}]
    if office_rows[0].get("code") != verdict.office_code:
        raise Refused(Code.SCHEMA_INVALID, "office хүснэгт bag-info.txt-тэй таарахгүй.",
                      "The office table does not match bag-info.txt.", "data/tables/office.json")
    verdict.reports = sorted({rest.split("/", 1)[0] for rest in folders["reports"]})
    if options.keep_tables:
        verdict.tables = tables


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
