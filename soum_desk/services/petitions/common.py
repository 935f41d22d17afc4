"""Shared pieces of the petition services: settings, look-ups, row → dict."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import Bag, Petition, Petitioner, User
from soum_desk.domain.petition_codes import code_for, label
from soum_desk.domain.petition_deadlines import DEFAULT_RULES, DeadlineRules, deadline_state
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.core import settings
from soum_desk.services.petitions.rows import PersonalRow, PetitionRow

TOPICS_DEFAULT = [
    "Газар олголт, газрын маргаан", "Нийгмийн халамж, тэтгэмж", "Ажил эрхлэлт", "Мал аж ахуй, бэлчээр",
    "Эрүүл мэнд", "Боловсрол, цэцэрлэг", "Зам, дэд бүтэц", "Ус хангамж", "Цахилгаан хангамж",
    "Иргэний бүртгэл, лавлагаа", "Орон сууц", "Хог хаягдал, тохижилт", "Албан хаагчийн ёс зүй",
    "Санхүүгийн дэмжлэг, зээл", "Байгаль орчин", "Бусад",
]

settings.register_defaults({
    "petitions.number_format": "{year}/{seq:04d}",
    "petitions.deadline_rules": DEFAULT_RULES,
    "petitions.topics": TOPICS_DEFAULT,
})

PERSONAL_FIELDS = ("name", "register_no", "phone", "address", "bag")


def rules(session: Session) -> DeadlineRules:
    return DeadlineRules.from_data(settings.get_value(session, "petitions.deadline_rules"))


def require_code(vocabulary: str, value: str | None, where: str, *, required: bool = True) -> str | None:
    code = code_for(vocabulary, value)
    if code is None and (required or (value or "").strip()):
        raise ValidationError(f"Үл мэдэгдэх утга: «{value or ''}».", f"Unknown value: «{value or ''}».",
                              where=where)
    return code


def bag_id_for(session: Session, name: str | None, where: str = "bag") -> int | None:
    if name is None or not str(name).strip():
        return None
    bag = session.scalar(select(Bag).where(Bag.name == str(name).strip()))
    if bag is None:
        raise ValidationError(f"«{name}» нэртэй баг бүртгэлгүй байна.", f"No bag named «{name}».", where=where)
    return bag.id


def bag_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Bag.id, Bag.name)).all())


def official_for(session: Session, text: str | None) -> tuple[int | None, str | None]:
    """A user (by user name or full name) or free text."""
    if text is None or not text.strip():
        return None, None
    text = text.strip()
    user = session.scalar(select(User).where((User.username == text) | (User.full_name == text)))
    return (user.id, user.full_name) if user else (None, text)


def find_petition(session: Session, ref: str | int) -> Petition:
    """By id or by registration number."""
    text = str(ref).strip()
    petition = session.scalar(select(Petition).where(Petition.reg_no == text).order_by(Petition.id.desc()))
    if petition is None and text.isdigit():
        petition = session.get(Petition, int(text))
    if petition is None:
        raise NotFound(f"«{text}» өргөдөл олдсонгүй.", f"Petition «{text}» not found.")
    return petition


def petition_dict(p: Petition, bags: dict[int, str], *, today: date | None = None,
                  due_soon_days: int = 3, lang: str = "mn") -> PetitionRow:
    """A petition without personal data (what every role may see)."""
    today = today or date.today()
    return {
        "id": p.id, "reg_no": p.reg_no, "year": p.year,
        "received_at": p.received_at.isoformat(timespec="minutes"), "received": p.received.isoformat(),
        "channel": p.channel, "channel_label": label("channel", p.channel, lang),
        "kind": p.kind, "kind_label": label("kind", p.kind, lang),
        "source": p.source, "source_label": label("source", p.source, lang), "source_ref": p.source_ref,
        "topic": p.topic, "bag": bags.get(p.bag_id) if p.bag_id else None, "summary": p.summary,
        "official": p.official_name, "official_user_id": p.official_user_id,
        "status": p.status, "status_label": label("status", p.status, lang),
        "period_days": p.period_days, "extension_days": p.extension_days,
        "extension_reason": p.extension_reason, "extended_by": p.extended_by,
        "due": p.due.isoformat(), "resolved_on": p.resolved_on.isoformat() if p.resolved_on else None,
        "resolution": p.resolution, "answer_method": p.answer_method,
        "answer_label": label("answer", p.answer_method, lang), "forwarded_to": p.forwarded_to,
        "anonymous": p.anonymous,
        "deadline_state": deadline_state(p.due, p.status, today, due_soon_days),
    }


def personal_dict(person: Petitioner | None, bags: dict[int, str]) -> PersonalRow:
    if person is None:
        return {"name": None, "register_no": None, "phone": None, "address": None, "bag": None}
    return {"name": person.name, "register_no": person.register_no, "phone": person.phone,
            "address": person.address, "bag": bags.get(person.bag_id) if person.bag_id else None}
