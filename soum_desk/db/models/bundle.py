"""The signed quarterly bundle: office keys, exports, period approvals (office side),
and the province hub's registry, imports, figures, held bundles and refusals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from soum_desk.db.base import Base

# --- office side -------------------------------------------------------------------------------


class OfficeKey(Base):
    """One of the office's key pairs (Ed25519 for signing, X25519 at a province for HPKE).

    The private half lives encrypted in `keys/<file_name>`; this row holds the public half and
    its life: `retired_at` when a newer key replaced it (still valid for older bundles),
    `revoked_at` when it must no longer be trusted.
    """

    __tablename__ = "office_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # ed25519 | x25519
    public_key: Mapped[str] = mapped_column(String(100))  # base64 of the raw 32 bytes
    file_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(String(500))


class PeriodApproval(Base):
    """The head approved this period's records for export to the province."""

    __tablename__ = "period_approval"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), unique=True)
    approved_by: Mapped[str] = mapped_column(String(80))
    approved_at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(String(500))


class BundleExport(Base):
    """Every bundle the office made: the sequence numbers chain them.

    The row is written and committed *before* the bundle is copied to the stick (`state`
    "writing"), so a number that may have left the office is never given out again. "done":
    copied and verified; "interrupted": the export died and its file was not found on the
    stick at the next export, which then tells the province not to wait for it
    (`SoumDesk-Interrupted`).
    """

    __tablename__ = "bundle_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    previous_digest: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(300))
    size_bytes: Mapped[int] = mapped_column(Integer)
    personal_data: Mapped[bool] = mapped_column(default=False)
    exported_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(index=True)
    state: Mapped[str] = mapped_column(String(12), default="done", server_default="done")
    # SHA-256 of the period's public tables as sent (`services/bundle/changes`); None before 0009.
    content_digest: Mapped[str | None] = mapped_column(String(64), default=None)


# --- province side -----------------------------------------------------------------------------


class RegisteredOffice(Base):
    """A soum office or agency that sends bundles to this province."""

    __tablename__ = "registered_office"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    aimag_code: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10), default="soum")  # soum | agency
    registered_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(default=True)


class RegisteredKey(Base):
    """A public key handed over in person; valid from/until (rotation), revoked from."""

    __tablename__ = "registered_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("registered_office.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[str] = mapped_column(String(100))
    valid_from: Mapped[datetime]
    valid_until: Mapped[datetime | None]
    revoked_from: Mapped[date | None]
    revoked_reason: Mapped[str | None] = mapped_column(String(500))
    registered_at: Mapped[datetime]
    # The first bundle number the office signs with this key (its public key file says so): the
    # key before it signs nothing numbered from here on, whatever date a bundle claims (issue 19).
    first_sequence: Mapped[int | None] = mapped_column(Integer, default=None)


class ImportedBundle(Base):
    """A bundle imported at the province; (office, sequence) is unique."""

    __tablename__ = "imported_bundle"
    __table_args__ = (
        UniqueConstraint("office_code", "sequence"),
        Index("ix_imported_bundle_period_office", "period", "office_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(10))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    previous_digest: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(32))
    schema_version: Mapped[int] = mapped_column(Integer)
    app_version: Mapped[str] = mapped_column(String(20))
    audit_head: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300))
    personal_data: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    arrived_on: Mapped[date] = mapped_column(index=True)
    imported_at: Mapped[datetime]
    imported_by: Mapped[str] = mapped_column(String(80))


class BundleFigures(Base):
    """The figures the province consolidates, one row per imported bundle."""

    __tablename__ = "bundle_figures"
    __table_args__ = (Index("ix_bundle_figures_period_office", "period", "office_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("imported_bundle.id"), unique=True)
    office_code: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(10))
    plan_count: Mapped[int | None] = mapped_column(Integer)
    plan_measures: Mapped[int | None] = mapped_column(Integer)
    plan_average: Mapped[float | None] = mapped_column(Float)
    plan_score: Mapped[float | None] = mapped_column(Float)
    petitions_received: Mapped[int | None] = mapped_column(Integer)
    petitions_on_time: Mapped[int | None] = mapped_column(Integer)
    petitions_late: Mapped[int | None] = mapped_column(Integer)
    petitions_pending: Mapped[int | None] = mapped_column(Integer)
    petitions_overdue: Mapped[int | None] = mapped_column(Integer)
    petitions_average_days: Mapped[float | None] = mapped_column(Float)
    letters_incoming: Mapped[int | None] = mapped_column(Integer)
    letters_outgoing: Mapped[int | None] = mapped_column(Integer)
    letters_reply_required: Mapped[int | None] = mapped_column(Integer)
    letters_replied_on_time: Mapped[int | None] = mapped_column(Integer)
    letters_overdue: Mapped[int | None] = mapped_column(Integer)
    archive_permanent: Mapped[int | None] = mapped_column(Integer)
    archive_70_years: Mapped[int | None] = mapped_column(Integer)
    archive_temporary: Mapped[int | None] = mapped_column(Integer)


class BundleRecord(Base):
    """Every payload row of an imported bundle, as canonical JSON (details behind the figures)."""

    __tablename__ = "bundle_record"
    __table_args__ = (Index("ix_bundle_record_bundle_table", "bundle_id", "table_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("imported_bundle.id"))
    table_name: Mapped[str] = mapped_column(String(80))
    row_no: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class HeldBundle(Base):
    """A valid bundle that arrived out of order (sequence gap), kept for the head to review."""

    __tablename__ = "held_bundle"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(40), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(10))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    stored_file: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(String(500))
    arrived_on: Mapped[date]
    held_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(20))  # imported | rejected


class ImportRefusal(Base):
    """Every bundle the province refused, with the verdict and its reason."""

    __tablename__ = "import_refusal"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    office_code: Mapped[str | None] = mapped_column(String(40))
    sequence: Mapped[int | None] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(30))
    reason_mn: Mapped[str] = mapped_column(Text)
    reason_en: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(String(80))


class AccountabilityRecord(Base):
    """§11.2 at the province: for an office flagged with two unsatisfactory results in a row, whether
    its socio-economic indicators declined and when the proposal to hold its head accountable was
    forwarded to the competent official."""

    __tablename__ = "accountability_record"
    __table_args__ = (UniqueConstraint("office_code", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(10), index=True)
    indicators_declined: Mapped[bool]
    forwarded_on: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime]
