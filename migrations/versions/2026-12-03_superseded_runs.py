"""superseded runs

A done run whose list a newer done run replaced is `superseded` (see
runs.supersede_earlier): each owner keeps about one done run, so finding the newest and
removing the replaced list no longer grow with the number of runs. Existing done runs
older than their owner's newest done run are marked, and their leftover results removed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:40:00+00:00

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute(
        "UPDATE match_runs AS r SET status = 'superseded'"
        " WHERE r.status = 'done' AND EXISTS (SELECT 1 FROM match_runs AS n"
        "  WHERE n.user_id = r.user_id AND n.status = 'done'"
        "   AND (n.created_at, n.id) > (r.created_at, r.id))"
    )
    op.execute(
        "DELETE FROM match_results WHERE run_id IN"
        " (SELECT id FROM match_runs WHERE status = 'superseded')"
    )
    op.execute(
        "UPDATE candidate_runs AS r SET status = 'superseded'"
        " WHERE r.status = 'done' AND EXISTS (SELECT 1 FROM candidate_runs AS n"
        "  WHERE n.job_id = r.job_id AND n.status = 'done'"
        "   AND (n.created_at, n.id) > (r.created_at, r.id))"
    )
    op.execute(
        "DELETE FROM candidate_results WHERE run_id IN"
        " (SELECT id FROM candidate_runs WHERE status = 'superseded')"
    )


def downgrade() -> None:
    """Downgrade schema: done again, with no results (never shown either way)."""
    op.execute("UPDATE match_runs SET status = 'done' WHERE status = 'superseded'")
    op.execute("UPDATE candidate_runs SET status = 'done' WHERE status = 'superseded'")
