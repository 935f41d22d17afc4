"""Correspondence (letters, counterparts) and the archive (file lists, storage units, inventories, acts)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from soum_desk.db.base import Base
from soum_desk.db.mongolian_order import mongolian_order

__all__ = ["ArchiveAct", "CaseFile", "Counterpart", "FileList", "Inventory", "InventoryItem",
           "Letter", "LetterLink", "StorageUnit"]


class Counterpart(Base):
    """An organisation letters come from or go to; remembered to suggest as the clerk types."""

    __tablename__ = "counterpart"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # casefolded, for prefix search
    use_count: Mapped[int] = mapped_column(default=0, index=True)
    last_used: Mapped[date | None]


class Letter(Base):
    """An incoming (ирсэн) or outgoing (явсан) letter, numbered per direction and year."""

    __tablename__ = "letter"
    __table_args__ = (
        UniqueConstraint("direction", "year", "seq"),
        UniqueConstraint("direction", "year", "reg_no"),
        # period figures: one index range scan answers all counts
        Index("ix_letter_figures", "direction", "reply_required", "reg_date", "due_date", "answered_on"),
        Index("ix_letter_counterpart_date", "counterpart", "reg_date"),
        Index("ix_letter_assignee_date", "assignee", "reg_date"),
        Index("ix_letter_open", "direction", "answered_on", "due_date", "reg_date"),
        Index("ix_letter_dir_year_seq", "direction", "year", "seq"),
        Index("ix_letter_year_seq", "year", "seq"),  # the list sorted by number (issue 18)
        # short words (under 3 letters, no trigram) scan a date range of this index, not the table
        Index("ix_letter_date_text", "reg_date", "search_text"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    year: Mapped[int]
    seq: Mapped[int]
    reg_no: Mapped[str] = mapped_column(String(40), index=True)
    reg_date: Mapped[date] = mapped_column(index=True)
    counterpart: Mapped[str] = mapped_column(String(300))
    their_ref: Mapped[str | None] = mapped_column(String(80))
    their_date: Mapped[date | None]
    subject: Mapped[str] = mapped_column(String(500), index=True)
    pages: Mapped[int | None]
    case_file_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    assignee: Mapped[str | None] = mapped_column(String(200))
    reply_required: Mapped[bool] = mapped_column(default=False)
    due_date: Mapped[date | None] = mapped_column(index=True)
    answered_on: Mapped[date | None] = mapped_column(index=True)
    note: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)  # casefolded number, counterpart, reference, subject
    created_by: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime]


class LetterLink(Base):
    """An outgoing letter answers an incoming one (many to many)."""

    __tablename__ = "letter_link"

    outgoing_id: Mapped[int] = mapped_column(ForeignKey("letter.id"), primary_key=True)
    incoming_id: Mapped[int] = mapped_column(ForeignKey("letter.id"), primary_key=True, index=True)


class FileList(Base):
    """Хөтлөх хэргийн нэрийн жагсаалт: one per year and unit, approved by the head."""

    __tablename__ = "file_list"
    __table_args__ = (UniqueConstraint("year", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_on: Mapped[date | None]
    created_at: Mapped[datetime]


class CaseFile(Base):
    """A case file (хэрэг) in a file list: index, title, retention."""

    __tablename__ = "case_file"
    __table_args__ = (UniqueConstraint("file_list_id", "index_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_list_id: Mapped[int] = mapped_column(ForeignKey("file_list.id"), index=True)
    index_code: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(500), index=True)
    retention: Mapped[str] = mapped_column(String(12), index=True)  # permanent | years70 | temporary
    retention_years: Mapped[int | None]
    note: Mapped[str | None] = mapped_column(Text)


class StorageUnit(Base):
    """Хадгаламжийн нэгж: a bound file handed over to the office archive."""

    __tablename__ = "storage_unit"
    __table_args__ = (UniqueConstraint("archive_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    archive_no: Mapped[str] = mapped_column(String(40))
    case_file_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    year: Mapped[int] = mapped_column(index=True)  # the year the documents were closed
    title: Mapped[str] = mapped_column(String(500), index=True)
    retention: Mapped[str] = mapped_column(String(12), index=True)
    retention_years: Mapped[int | None]
    sheets: Mapped[int | None]
    scheduled_on: Mapped[date | None] = mapped_column(index=True)
    received_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(12), index=True)  # scheduled|received|transferred|destroyed
    act_id: Mapped[int | None] = mapped_column(ForeignKey("archive_act.id"), index=True)
    created_at: Mapped[datetime]


class Inventory(Base):
    """Тооллого: a check of every unit held in the archive."""

    __tablename__ = "inventory"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_on: Mapped[date] = mapped_column(index=True)
    finished_on: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(80))


class InventoryItem(Base):
    __tablename__ = "inventory_item"
    __table_args__ = (UniqueConstraint("inventory_id", "storage_unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inventory_id: Mapped[int] = mapped_column(ForeignKey("inventory.id"), index=True)
    storage_unit_id: Mapped[int] = mapped_column(ForeignKey("storage_unit.id"), index=True)
    result: Mapped[str | None] = mapped_column(String(10), index=True)  # found | missing | damaged
    note: Mapped[str | None] = mapped_column(String(300))


class ArchiveAct(Base):
    """An act transferring permanent units to the state archive or destroying expired ones."""

    __tablename__ = "archive_act"
    __table_args__ = (UniqueConstraint("kind", "act_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), index=True)  # transfer | destruction
    act_no: Mapped[str] = mapped_column(String(40))
    act_date: Mapped[date] = mapped_column(index=True)
    recipient: Mapped[str | None] = mapped_column(String(300))  # the state archive, for a transfer
    reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), index=True)  # draft | approved
    prepared_by: Mapped[str | None] = mapped_column(String(200))
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_on: Mapped[date | None]
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    unit_ids: Mapped[str] = mapped_column(Text)  # JSON list: the units proposed (kept after approval)
    created_at: Mapped[datetime]


# The list sorted by organisation, assignee or subject, in the Mongolian alphabet (db/mongolian_order).
Index("ix_letter_counterpart_mn", mongolian_order(Letter.counterpart), Letter.reg_date)
Index("ix_letter_assignee_mn", mongolian_order(Letter.assignee), Letter.reg_date)
Index("ix_letter_subject_mn", mongolian_order(Letter.subject))
