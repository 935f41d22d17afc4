"""bundle figures: the plans' own §7.5 score

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('bundle_figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('plan_score', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('bundle_figures', schema=None) as batch_op:
        batch_op.drop_column('plan_score')
