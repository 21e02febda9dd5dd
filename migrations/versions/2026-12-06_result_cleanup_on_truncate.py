"""result cleanup on truncate

Migration 0009's statement triggers fire on DELETE only; the foreign keys they replaced
also made `TRUNCATE jobs CASCADE` (or users, match_runs) empty match_results. An AFTER
TRUNCATE trigger on each parent table does that again. It DELETEs rather than truncates:
a TRUNCATE inside it fails when the same statement names match_results too (as the
tests' clean-up does).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 20:10:00+00:00

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARENTS = ("jobs", "match_runs")


def upgrade() -> None:
    """Upgrade schema."""
    op.execute(
        "CREATE FUNCTION delete_all_results() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN DELETE FROM match_results; RETURN NULL; END $$"
    )
    for parent in PARENTS:
        op.execute(
            f"CREATE TRIGGER delete_all_results AFTER TRUNCATE ON {parent}"
            " FOR EACH STATEMENT EXECUTE FUNCTION delete_all_results()"
        )


def downgrade() -> None:
    """Downgrade schema."""
    for parent in PARENTS:
        op.execute(f"DROP TRIGGER delete_all_results ON {parent}")
    op.execute("DROP FUNCTION delete_all_results()")
