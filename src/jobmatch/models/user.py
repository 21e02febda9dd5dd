from enum import StrEnum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base, Timestamps, UUIDPrimaryKey


class Role(StrEnum):
    CANDIDATE = "candidate"
    RECRUITER = "recruiter"
    ADMIN = "admin"


class User(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "users"

    # Stored lower-cased, so the unique index is case-insensitive.
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    full_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(String(16), default=Role.CANDIDATE)
    is_active: Mapped[bool] = mapped_column(default=True)
    # A candidate's place and remote preference ("onsite", "hybrid", "remote"): matching's
    # location fit reads them.
    location: Mapped[str | None] = mapped_column(String(200))
    remote_preference: Mapped[str | None] = mapped_column(String(16))
    # In every access token ("ver"); bumping it (password change, deactivation, logout
    # everywhere) invalidates the tokens already issued.
    token_version: Mapped[int] = mapped_column(default=0, server_default="0")
