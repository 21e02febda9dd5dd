"""taxonomy: skills and occupations imported from ESCO / O*NET (`jobmatch taxonomy import`)
and the merged snapshot processes start from

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 03:55:00.302120+00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "taxonomy_occupations",
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("alternate_titles", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("occupation_group", sa.Text(), nullable=False),
        sa.Column(
            "imported_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "source IN ('esco', 'onet')", name=op.f("ck_taxonomy_occupations_source")
        ),
        sa.PrimaryKeyConstraint("source", "code", name=op.f("pk_taxonomy_occupations")),
    )
    op.create_table(
        "taxonomy_skills",
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("concept_id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("hot", sa.Boolean(), nullable=False),
        sa.Column(
            "imported_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.CheckConstraint("source IN ('esco', 'onet')", name=op.f("ck_taxonomy_skills_source")),
        sa.PrimaryKeyConstraint("source", "concept_id", name=op.f("pk_taxonomy_skills")),
    )
    op.create_table(
        "taxonomy_snapshots",
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_taxonomy_snapshots")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("taxonomy_snapshots")
    op.drop_table("taxonomy_skills")
    op.drop_table("taxonomy_occupations")
