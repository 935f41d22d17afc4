"""registered_key.first_sequence: the first bundle number an office signs with a key

The province judges a retired key by the chain (its successor's first number), not by the
bundle's own clock (issue 19).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('registered_key', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_sequence', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('registered_key', schema=None) as batch_op:
        batch_op.drop_column('first_sequence')
