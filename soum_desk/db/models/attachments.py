"""Scanned documents attached to any record, stored once by their SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from soum_desk.db.base import Base


class Attachment(Base):
    """Links a record (entity, entity_id) to a content-addressed file under the data directory."""

    __tablename__ = "attachment"
    __table_args__ = (
        Index("ix_attachment_entity", "entity", "entity_id"),
        Index("ix_attachment_sha256", "sha256"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(60))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int]
    mime: Mapped[str] = mapped_column(String(60))
    added_by: Mapped[str | None] = mapped_column(String(80))
    added_at: Mapped[datetime]
