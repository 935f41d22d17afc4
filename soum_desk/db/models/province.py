"""The province's own records on the annual evaluation (seed 003 §10, §11.3): the September
progress monitoring, the governor's council's confirmation of a ranking and its special places,
and the violations found."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from soum_desk.db.base import Base


class ProgressMonitoring(Base):
    """§10.1: the working group's progress monitoring of one office in a year, and its recommendations."""

    __tablename__ = "progress_monitoring"
    __table_args__ = (UniqueConstraint("office_code", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer, index=True)
    monitored_on: Mapped[date]
    recommendations: Mapped[str] = mapped_column(Text)
    order_ref: Mapped[str | None] = mapped_column(String(200))  # the governor's order appointing the group
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime]


class RankingConfirmation(Base):
    """§10.2: the governor's council confirmed a year's ranking — its decision's date and number,
    and the places as they stood when it was recorded (JSON: office code → place)."""

    __tablename__ = "ranking_confirmation"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), unique=True)
    decided_on: Mapped[date]
    decision_number: Mapped[str] = mapped_column(String(60))
    places: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime]


class SpecialPlace(Base):
    """§10.4: a soum the governor's council gave a special place for a year."""

    __tablename__ = "special_place"
    __table_args__ = (UniqueConstraint("period", "office_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    office_code: Mapped[str] = mapped_column(String(40))
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime]


class Violation(Base):
    """§11.3: a violation an office's official committed, counted against a year."""

    __tablename__ = "violation"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(40), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    found_on: Mapped[date]
    clause: Mapped[str] = mapped_column(String(10))  # 11.3.1 … 11.3.4
    description: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(String(200))  # the act or letter that establishes it
    official: Mapped[str | None] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime]
