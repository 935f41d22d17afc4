"""Petitions register (өргөдөл, гомдол) and the petitioner's personal data, kept apart."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from soum_desk.db.base import Base
from soum_desk.db.mongolian_order import mongolian_order


class Petition(Base):
    """One petition. Codes (kind, channel, source, status) are listed in domain/petition_codes."""

    __tablename__ = "petition"
    __table_args__ = (
        UniqueConstraint("year", "reg_no"),
        # Period figures read only this index (covering): received range, due, resolved.
        Index("ix_petition_period", "received", "due", "resolved_on", "status"),
        # The figures' GROUP BY reads only this index (issue 18): the period range and every breakdown.
        Index("ix_petition_figures", "received", "due", "resolved_on", "kind", "channel", "topic", "bag_id",
              "official_name"),
        Index("ix_petition_open_due", "status", "due"),
        # Sort keys and list filters: (column, received_at) serves "filter by it, newest first"
        # and "sort by it" (ties ordered by received_at, id) without a temporary sort.
        *(Index(f"ix_petition_{name}_received_at", name, "received_at")
          for name in ("kind", "channel", "topic", "bag_id", "official_name", "status", "due", "resolved_on")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    reg_no: Mapped[str] = mapped_column(String(40), index=True)
    received_at: Mapped[datetime] = mapped_column(index=True)  # the list's default sort
    received: Mapped[date] = mapped_column(Date)  # ix_petition_period leads with it
    channel: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20), default="direct")
    source_ref: Mapped[str | None] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(String(200))
    bag_id: Mapped[int | None] = mapped_column(ForeignKey("bag.id"))
    summary: Mapped[str] = mapped_column(Text)
    official_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    official_name: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    period_days: Mapped[int] = mapped_column(Integer)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extended_by: Mapped[str | None] = mapped_column(String(80))
    extended_at: Mapped[datetime | None]
    due: Mapped[date] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str | None] = mapped_column(Text)
    answer_method: Mapped[str | None] = mapped_column(String(20))
    forwarded_to: Mapped[str | None] = mapped_column(String(200))
    anonymous: Mapped[bool] = mapped_column(default=False)
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Petitioner(Base):
    """Personal data of the petitioner: shown only to roles with Permission.PERSONAL_DATA."""

    __tablename__ = "petitioner"

    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    register_no: Mapped[str | None] = mapped_column(String(10), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    bag_id: Mapped[int | None] = mapped_column(ForeignKey("bag.id"))


# The list sorted by official or topic, in the Mongolian alphabet, walking an index (db/mongolian_order).
Index("ix_petition_official_mn", mongolian_order(Petition.official_name), Petition.received_at)
Index("ix_petition_topic_mn", mongolian_order(Petition.topic), Petition.received_at)
