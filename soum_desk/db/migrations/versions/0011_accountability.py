"""accountability_record: §11.2 proposals recorded at the province

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'accountability_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('office_code', sa.String(length=40), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('indicators_declined', sa.Boolean(), nullable=False),
        sa.Column('forwarded_on', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('recorded_by', sa.String(length=80), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_accountability_record')),
        sa.UniqueConstraint('office_code', 'period', name=op.f('uq_accountability_record_office_code_period')),
    )
    with op.batch_alter_table('accountability_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accountability_record_period'), ['period'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('accountability_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accountability_record_period'))
    op.drop_table('accountability_record')
