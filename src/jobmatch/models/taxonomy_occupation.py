from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text, func
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base
from jobmatch.models.taxonomy_skill import TAXONOMY_SOURCES


class TaxonomyOccupation(Base):
    """One occupation imported from a public taxonomy, with its alternate job titles.

    Keyed by (source, code) like TaxonomySkill; merged into the title families at start.
    """

    __tablename__ = "taxonomy_occupations"

    source: Mapped[str] = mapped_column(String(8), primary_key=True)
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    alternate_titles: Mapped[list[str]] = mapped_column(ARRAY(Text))
    # ISCO-08 unit group (ESCO) or SOC minor group (O*NET): "group" is an SQL keyword.
    occupation_group: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(server_default=func.clock_timestamp())

    __table_args__ = (CheckConstraint(f"source IN {TAXONOMY_SOURCES}", name="source"),)
