from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text, func
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base

TAXONOMY_SOURCES = ("esco", "onet")


class TaxonomySkill(Base):
    """One skill imported from a public taxonomy (`jobmatch taxonomy import`), as published.

    The natural key (source, concept_id) makes a re-import an update, never a duplicate.
    Processes merge these rows with the built-in taxonomy at start (services.taxonomy).
    """

    __tablename__ = "taxonomy_skills"

    source: Mapped[str] = mapped_column(String(8), primary_key=True)
    concept_id: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[str]] = mapped_column(ARRAY(Text))
    category: Mapped[str] = mapped_column(Text)
    hot: Mapped[bool]
    # When this row last changed: a re-import that changes nothing leaves it alone.
    imported_at: Mapped[datetime] = mapped_column(server_default=func.clock_timestamp())

    __table_args__ = (CheckConstraint(f"source IN {TAXONOMY_SOURCES}", name="source"),)
