"""newest done run by creation

The newest finished run of a user is the newest by creation (as the poll's latest run),
not by finish time: a run queued later that finishes first is the one shown, and the
results of runs created before it are removed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 11:30:00+00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DONE = sa.text("status = 'done'")


def upgrade() -> None:
    """Upgrade schema."""
    _done_runs_by("created_at")


def downgrade() -> None:
    """Downgrade schema."""
    _done_runs_by("finished_at")


def _done_runs_by(column: str) -> None:
    op.drop_index("ix_match_runs_user_id_done", table_name="match_runs", postgresql_where=DONE)
    op.create_index(
        "ix_match_runs_user_id_done", "match_runs", ["user_id", column], postgresql_where=DONE
    )
