"""What the §10/§11.3 record-keeping services share: the registered office a record is about."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import RegisteredOffice
from soum_desk.errors import ValidationError


def registered_office(session: Session, office_code: str) -> RegisteredOffice:
    """The office by its code, or a refusal that names the code the officer typed."""
    row = session.scalar(select(RegisteredOffice).where(RegisteredOffice.code == office_code.strip()))
    if row is None:
        raise ValidationError(f"«{office_code}» кодтой сум, агентлаг бүртгэлгүй байна.",
                              f"No soum or agency is registered with the code «{office_code}».",
                              where="Байгууллага / Office")
    return row


def required_text(value: str | None, label_mn: str, label_en: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label_mn} хоосон байна.", f"{label_en} is empty.", where=f"{label_mn} / {label_en}")
    return text
