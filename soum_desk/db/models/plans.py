"""Plan execution: documents, sections, goals, measures, progress per period, reviews.

Evidence files are shared attachments (`attachment` table) with entity "plan_progress".
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soum_desk.db.base import Base


class PlanDocument(Base):
    """An annual plan, action programme, result contract, resolution… (kind codes in services.plans)."""

    __tablename__ = "plan_document"
    __table_args__ = (Index("ix_plan_document_year_kind", "year", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id"))
    kind: Mapped[str] = mapped_column(String(30))
    year: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    act_number: Mapped[str | None] = mapped_column(String(60))
    act_date: Mapped[date | None]
    source_file: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime]

    sections: Mapped[list[PlanSection]] = relationship(
        back_populates="document", order_by="PlanSection.position", cascade="all, delete-orphan")


class PlanSection(Base):
    """НЭГ, ХОЁР…: a bold header row."""

    __tablename__ = "plan_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("plan_document.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float, default=1.0)

    document: Mapped[PlanDocument] = relationship(back_populates="sections")
    goals: Mapped[list[PlanGoal]] = relationship(
        back_populates="section", order_by="PlanGoal.position", cascade="all, delete-orphan")


class PlanGoal(Base):
    """Зорилт 1.1…: a goal header row inside a section."""

    __tablename__ = "plan_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("plan_section.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(Text)

    section: Mapped[PlanSection] = relationship(back_populates="goals")
    measures: Mapped[list[PlanMeasure]] = relationship(
        back_populates="goal", order_by="PlanMeasure.position", cascade="all, delete-orphan")


class PlanMeasure(Base):
    """One measure (арга хэмжээ) with its indicator, target and timing."""

    __tablename__ = "plan_measure"
    __table_args__ = (Index("ix_plan_measure_document_position", "document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("plan_document.id", ondelete="CASCADE"))
    goal_id: Mapped[int] = mapped_column(ForeignKey("plan_goal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]  # order inside the goal
    number: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(Text)
    baseline: Mapped[str | None] = mapped_column(String(200))
    target_text: Mapped[str | None] = mapped_column(String(200))
    target_value: Mapped[float | None] = mapped_column(Float)
    target_cmp: Mapped[str | None] = mapped_column(String(2))
    timing_text: Mapped[str | None] = mapped_column(String(120))
    timing_quarters: Mapped[str] = mapped_column(String(10), default="1,2,3,4")
    timing_ok: Mapped[bool] = mapped_column(default=True)
    responsible: Mapped[str | None] = mapped_column(String(200))
    scale: Mapped[str] = mapped_column(String(10), default="policy")
    weight: Mapped[float] = mapped_column(Float, default=1.0)

    goal: Mapped[PlanGoal] = relationship(back_populates="measures")


class PlanProgress(Base):
    """What was done on a measure in one reporting period, and how it was evaluated."""

    __tablename__ = "plan_progress"
    __table_args__ = (UniqueConstraint("measure_id", "period"),
                      Index("ix_plan_progress_period", "period", "measure_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("plan_measure.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(8))  # 2024Q1, 2024H1, 2024
    narrative: Mapped[str | None] = mapped_column(Text)
    self_percent: Mapped[float | None] = mapped_column(Float)
    level: Mapped[str | None] = mapped_column(String(30))
    eval_percent: Mapped[float | None] = mapped_column(Float)
    evaluator: Mapped[str | None] = mapped_column(String(200))
    evaluated_on: Mapped[date | None]
    updated_at: Mapped[datetime]
    updated_by: Mapped[str | None] = mapped_column(String(80))


class PlanPeriodReview(Base):
    """The head's review and approval of one document's report for one period."""

    __tablename__ = "plan_period_review"
    __table_args__ = (UniqueConstraint("document_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("plan_document.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | reviewed | approved
    reviewed_by: Mapped[str | None] = mapped_column(String(80))
    reviewed_at: Mapped[datetime | None]
    approved_by: Mapped[str | None] = mapped_column(String(80))
    approved_at: Mapped[datetime | None]
    submitted_on: Mapped[date | None]  # sent to the province (§11.1 late penalty)
    # the «Хэрэгжилтийн дундаж хувь» an imported table wrote for this period (shown when it differs)
    declared_average: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)

