"""bundle_export.state: the sequence number is reserved before the copy to the stick

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('bundle_export', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.String(length=12), server_default='done', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('bundle_export', schema=None) as batch_op:
        batch_op.drop_column('state')
