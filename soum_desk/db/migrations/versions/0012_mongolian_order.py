"""Indexes for lists sorted by a name in the Mongolian alphabet (db/mongolian_order, issue 14)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

from soum_desk.db.mongolian_order import order_key_sql

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index, table, column sorted, tie-breaking column or None)
INDEXES = [
    ("ix_petition_official_mn", "petition", "official_name", "received_at"),
    ("ix_petition_topic_mn", "petition", "topic", "received_at"),
    ("ix_letter_counterpart_mn", "letter", "counterpart", "reg_date"),
    ("ix_letter_assignee_mn", "letter", "assignee", "reg_date"),
    ("ix_letter_subject_mn", "letter", "subject", None),
]


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, table, column, then in INDEXES:
        key = order_key_sql(column)
        key = f'({key}) COLLATE "C"' if postgresql else key
        columns = f"{key}, {then}" if then else key
        op.execute(f"CREATE INDEX {name} ON {table} ({columns})")


def downgrade() -> None:
    for name, *_rest in INDEXES:
        op.execute(f"DROP INDEX {name}")
