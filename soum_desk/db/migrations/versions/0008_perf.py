"""issue 18: indexes for letters sorted by number, short-word search, for petition figures counted in SQL

Revision ID: 0008_perf
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0008_perf'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIGURES_COLUMNS = ['received', 'due', 'resolved_on', 'kind', 'channel', 'topic', 'bag_id', 'official_name']


def upgrade() -> None:
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index('ix_letter_year_seq', ['year', 'seq'], unique=False)
        batch_op.create_index('ix_letter_date_text', ['reg_date', 'search_text'], unique=False)
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.create_index('ix_petition_figures', FIGURES_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.drop_index('ix_petition_figures')
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index('ix_letter_date_text')
        batch_op.drop_index('ix_letter_year_seq')
