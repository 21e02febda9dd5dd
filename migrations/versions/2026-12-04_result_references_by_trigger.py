"""result references by trigger

match_results loses its two foreign keys (run, job): checking them was over half of
storing a run's list. Their ON DELETE CASCADE becomes one statement trigger per parent
table, which deletes the results of the deleted rows (also when the deletion is itself a
cascade from a user or a CV). Writers lock the run and the job before writing rows for
them (see models.match.MatchResult). Downgrade deletes any row whose run or job is gone,
then puts the keys back.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 21:30:00+00:00

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (parent table, the results column pointing at it, foreign key name)
PARENTS = (
    ("jobs", "job_id", "fk_match_results_job_id_jobs"),
    ("match_runs", "run_id", "fk_match_results_run_id_match_runs"),
)


def upgrade() -> None:
    """Upgrade schema."""
    for parent, column, key in PARENTS:
        op.drop_constraint(key, "match_results", type_="foreignkey")
        # A statement trigger sees every deleted row at once (the transition table), and
        # its DELETE takes a new snapshot: rows committed by a writer the deletion waited
        # for are seen and deleted too.
        op.execute(
            f"CREATE FUNCTION delete_results_of_{parent}() RETURNS trigger"  # noqa: S608 - constants
            " LANGUAGE plpgsql AS $$ BEGIN"
            f" DELETE FROM match_results WHERE {column} IN (SELECT id FROM gone);"
            " RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER delete_results AFTER DELETE ON {parent}"
            " REFERENCING OLD TABLE AS gone FOR EACH STATEMENT"
            f" EXECUTE FUNCTION delete_results_of_{parent}()"
        )


def downgrade() -> None:
    """Downgrade schema."""
    for parent, column, key in PARENTS:
        op.execute(f"DROP TRIGGER delete_results ON {parent}")
        op.execute(f"DROP FUNCTION delete_results_of_{parent}()")
        op.execute(
            f"DELETE FROM match_results r WHERE NOT EXISTS"  # noqa: S608 - constants
            f" (SELECT 1 FROM {parent} p WHERE p.id = r.{column})"
        )
        op.create_foreign_key(key, "match_results", parent, [column], ["id"], ondelete="CASCADE")
