"""Verdicts: what a bundle check concludes, with a reason in both languages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Code(StrEnum):
    VALID = "valid"
    REPLAY = "replay"  # already imported: importing again changes nothing
    HELD = "sequence_gap"  # valid but out of order: held for review
    ALTERED = "altered"
    UNSIGNED = "unsigned"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_OFFICE = "unknown_office"
    WRONG_OFFICE = "wrong_office"
    KEY_REVOKED = "key_revoked"
    KEY_RETIRED = "key_retired"
    ROLLBACK = "rollback"
    CONFLICT = "sequence_conflict"
    CHAIN_BROKEN = "chain_broken"
    AUDIT_CUT = "audit_log_cut"  # the office's audit log no longer continues the one the last bundle carried
    UNSAFE = "unsafe_archive"
    DAMAGED = "damaged_archive"
    NOT_A_BUNDLE = "not_a_bundle"
    SCHEMA_TOO_NEW = "schema_too_new"
    SCHEMA_INVALID = "schema_invalid"
    DECRYPT_FAILED = "decrypt_failed"
    NOT_CHECKED = "not_checked"  # the disk, the stick or a bug stopped the check or import: nothing was stored


# Verdicts after which the bundle may be imported (VALID) or is harmlessly known (REPLAY).
ACCEPTABLE = frozenset({Code.VALID, Code.REPLAY})

LABELS: dict[Code, tuple[str, str]] = {
    Code.VALID: ("Хүчинтэй", "Valid"),
    Code.REPLAY: ("Өмнө нь импортолсон", "Already imported"),
    Code.HELD: ("Дарааллын завсар — хянуулахаар хадгалсан", "Sequence gap — held for review"),
    Code.ALTERED: ("Өөрчлөгдсөн", "Altered"),
    Code.UNSIGNED: ("Гарын үсэггүй", "Unsigned"),
    Code.BAD_SIGNATURE: ("Гарын үсэг буруу", "Bad signature"),
    Code.UNKNOWN_OFFICE: ("Бүртгэлгүй байгууллага", "Unknown office"),
    Code.WRONG_OFFICE: ("Өөр байгууллагын түлхүүрээр гарын үсэг зурсан", "Signed by another office"),
    Code.KEY_REVOKED: ("Түлхүүр хүчингүй болсон", "Key revoked"),
    Code.KEY_RETIRED: ("Түлхүүр солигдсоны дараа үүсгэсэн", "Made after the key was replaced"),
    Code.ROLLBACK: ("Сүүлд импортолсноос хуучин", "Older than the last imported (rollback)"),
    Code.CONFLICT: ("Ижил дугаартай өөр багц", "Same sequence, different bundle"),
    Code.CHAIN_BROKEN: ("Өмнөх багцын хэш таарахгүй", "Previous-bundle digest does not match"),
    Code.AUDIT_CUT: ("Аудитын бүртгэл таслагдсан эсвэл өөрчлөгдсөн", "Audit log cut or rewritten"),
    Code.UNSAFE: ("Аюултай архив", "Unsafe archive"),
    Code.DAMAGED: ("Гэмтсэн эсвэл дутуу файл", "Damaged or truncated file"),
    Code.NOT_A_BUNDLE: ("SoumDesk-ийн багц биш", "Not a SoumDesk bundle"),
    Code.SCHEMA_TOO_NEW: ("Програмын шинэ хувилбараар үүсгэсэн", "Made by a newer SoumDesk"),
    Code.SCHEMA_INVALID: ("Өгөгдлийн бүтэц буруу", "Invalid data structure"),
    Code.DECRYPT_FAILED: ("Хувийн мэдээллийг тайлж чадсангүй", "Personal data could not be decrypted"),
    Code.NOT_CHECKED: ("Шалгаж, импортлож чадсангүй", "Could not be checked or imported"),
}


@dataclass
class Verdict:
    code: Code
    reason_mn: str
    reason_en: str
    file: str | None = None  # the file inside the bundle the verdict names, if any
    office_code: str | None = None
    office_name: str | None = None
    period: str | None = None
    sequence: int | None = None
    digest: str | None = None
    previous_digest: str | None = None
    key_id: str | None = None
    created_at: datetime | None = None
    schema_version: int | None = None
    app_version: str | None = None
    audit_head: str | None = None
    audit_count: int | None = None
    audit_previous: tuple[int, str] | None = None  # (count, head) where the previous bundle's chain ended
    personal_data: bool = False
    interrupted: tuple[int, ...] = ()  # sequences the office declares it never finished
    tables: dict[str, list[dict]] = field(default_factory=dict, repr=False)
    reports: list[str] = field(default_factory=list)
    arrived_on: date | None = None
    # Verification reached the sequence check with `Options.defer_sequence`: the caller runs it
    # (`verify.run_deferred_sequence`), and a refusal it finds comes before any later one.
    sequence_due: bool = field(default=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.code in ACCEPTABLE

    def label(self, lang: str = "mn") -> str:
        mn, en = LABELS[self.code]
        return en if lang == "en" else mn

    def reason(self, lang: str = "mn") -> str:
        text = self.reason_en if lang == "en" else self.reason_mn
        return f"{text} ({self.file})" if self.file and self.file not in text else text

    def as_dict(self) -> dict:
        return {"verdict": self.code.value, "ok": self.ok, "label_mn": LABELS[self.code][0],
                "label_en": LABELS[self.code][1], "reason_mn": self.reason("mn"), "reason_en": self.reason("en"),
                "file": self.file, "office_code": self.office_code, "office_name": self.office_name,
                "period": self.period, "sequence": self.sequence, "digest": self.digest,
                "previous_digest": self.previous_digest, "key_id": self.key_id,
                "created_at": self.created_at.isoformat() if self.created_at else None,
                "schema_version": self.schema_version, "personal_data": self.personal_data,
                "tables": {name: len(rows) for name, rows in self.tables.items()}, "reports": self.reports}


class Refused(Exception):
    """Raised inside the checks; carries the verdict fields."""

    def __init__(self, code: Code, mn: str, en: str, file: str | None = None) -> None:
        super().__init__(en)
        self.code, self.mn, self.en, self.file = code, mn, en, file
