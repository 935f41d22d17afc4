"""bundle_export.content_digest: what the bundle said, to see when the period has changed since

Revision ID: 0009
Revises: 0008_perf
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008_perf'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('bundle_export', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_digest', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('bundle_export', schema=None) as batch_op:
        batch_op.drop_column('content_digest')
