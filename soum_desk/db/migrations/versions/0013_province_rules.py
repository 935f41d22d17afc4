"""progress_monitoring, ranking_confirmation, special_place, violation: seed 003 §10 and §11.3 at the province

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'progress_monitoring',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('office_code', sa.String(length=40), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('monitored_on', sa.Date(), nullable=False),
        sa.Column('recommendations', sa.Text(), nullable=False),
        sa.Column('order_ref', sa.String(length=200), nullable=True),
        sa.Column('recorded_by', sa.String(length=80), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_monitoring')),
        sa.UniqueConstraint('office_code', 'year', name=op.f('uq_progress_monitoring_office_code_year')),
    )
    with op.batch_alter_table('progress_monitoring', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_monitoring_year'), ['year'], unique=False)
    op.create_table(
        'ranking_confirmation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('decision_number', sa.String(length=60), nullable=False),
        sa.Column('places', sa.Text(), nullable=False),
        sa.Column('recorded_by', sa.String(length=80), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ranking_confirmation')),
        sa.UniqueConstraint('period', name=op.f('uq_ranking_confirmation_period')),
    )
    op.create_table(
        'special_place',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('office_code', sa.String(length=40), nullable=False),
        sa.Column('recorded_by', sa.String(length=80), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_special_place')),
        sa.UniqueConstraint('period', 'office_code', name=op.f('uq_special_place_period_office_code')),
    )
    with op.batch_alter_table('special_place', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_special_place_period'), ['period'], unique=False)
    op.create_table(
        'violation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('office_code', sa.String(length=40), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('found_on', sa.Date(), nullable=False),
        sa.Column('clause', sa.String(length=10), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('reference', sa.String(length=200), nullable=False),
        sa.Column('official', sa.String(length=200), nullable=True),
        sa.Column('recorded_by', sa.String(length=80), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_violation')),
    )
    with op.batch_alter_table('violation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_violation_office_code'), ['office_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_violation_year'), ['year'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('violation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_violation_year'))
        batch_op.drop_index(batch_op.f('ix_violation_office_code'))
    op.drop_table('violation')
    with op.batch_alter_table('special_place', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_special_place_period'))
    op.drop_table('special_place')
    op.drop_table('ranking_confirmation')
    with op.batch_alter_table('progress_monitoring', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_monitoring_year'))
    op.drop_table('progress_monitoring')
