import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints

from jobmatch.models import RemotePolicy, Role
from jobmatch.schemas.request import RequestBody
from jobmatch.schemas.text import Line200, LoginPassword, Password


class UserCreate(RequestBody):
    email: EmailStr
    password: Password
    full_name: Line200 | None = None
    role: Literal["candidate", "recruiter"] = Field(
        "candidate", description="`admin` cannot be self-assigned."
    )


class UserUpdate(RequestBody):
    full_name: Line200 | None = None
    location: Line200 | None = Field(None, description="Where a candidate lives or wants to work.")
    remote_preference: RemotePolicy | None = Field(
        None, description="A candidate's preference; matching's location fit uses both."
    )


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    full_name: str | None
    role: Role
    is_active: bool
    location: str | None = None
    remote_preference: RemotePolicy | None = None
    created_at: datetime


class LoginRequest(RequestBody):
    email: EmailStr
    password: LoginPassword


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")
    refresh_token: str = Field(description="Single use: POST /api/auth/refresh returns a new one.")
    user: UserRead


Opaque = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^[\w-]+$")]


class RefreshRequest(RequestBody):
    refresh_token: Opaque


class LogoutRequest(RequestBody):
    refresh_token: Opaque | None = None
    everywhere: bool = Field(False, description="End every session (needs a bearer token).")


class PasswordChange(RequestBody):
    current_password: LoginPassword
    new_password: Password


class AdminUserUpdate(RequestBody):
    role: Role | None = None
    is_active: bool | None = None
