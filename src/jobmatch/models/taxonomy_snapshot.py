from datetime import datetime

from sqlalchemy import LargeBinary, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base


class TaxonomySnapshot(Base):
    """The merged taxonomy of the last import, so that processes start without merging.

    One row. `fingerprint` names the built-in taxonomy and merge code it was computed
    with; a process whose code gives another fingerprint merges the imported rows itself
    (services.taxonomy_snapshot). `payload` is zlib-compressed JSON.
    """

    __tablename__ = "taxonomy_snapshots"

    fingerprint: Mapped[str] = mapped_column(Text, primary_key=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(server_default=func.clock_timestamp())
