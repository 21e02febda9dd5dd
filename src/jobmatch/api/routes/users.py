import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from jobmatch.api.deps import (
    Admin,
    CurrentUser,
    PasswordsDep,
    RateLimiterDep,
    Recruiter,
    SessionDep,
    SettingsDep,
)
from jobmatch.api.routes.auth import tokens_response
from jobmatch.models import JobStatus
from jobmatch.schemas.job import JobPage, JobRead
from jobmatch.schemas.text import QueryText
from jobmatch.schemas.user import (
    AdminUserUpdate,
    PasswordChange,
    TokenResponse,
    UserRead,
    UserUpdate,
)
from jobmatch.services import jobs, users

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=UserRead)
async def read_me(user: CurrentUser) -> object:
    """The logged-in user."""
    return user


@router.patch("/me", response_model=UserRead)
async def update_me(data: UserUpdate, user: CurrentUser, session: SessionDep) -> object:
    """Change my profile: name, and the place and remote preference matching uses (a
    change queues a new match of my CV)."""
    return await users.update_profile(session, user, data)


@router.post("/me/password", response_model=TokenResponse)
async def change_password(
    data: PasswordChange,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    passwords: PasswordsDep,
    response: Response,
    limiter: RateLimiterDep,
) -> TokenResponse:
    """Change my password: every other session ends; this one gets new tokens."""
    # Each attempt costs an argon2 verification: a stolen token must not guess freely.
    await limiter.hit(settings.RATE_LIMIT_PASSWORD_PER_USER, "password", str(user.id))
    pair = await users.change_password(session, settings, passwords, user, data)
    return tokens_response(pair, response)


@router.get("/me/jobs", response_model=JobPage)
async def my_jobs(
    user: Recruiter,
    session: SessionDep,
    status: JobStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[QueryText | None, Query(max_length=200)] = None,
) -> JobPage:
    """The jobs I posted, open and closed (or one `status`), newest first (recruiters and
    admins); paginate with `cursor`."""
    items, next_cursor = await jobs.list_owned_jobs(
        session, user, status=status, limit=limit, cursor=cursor
    )
    return JobPage(items=[JobRead.model_validate(j) for j in items], next_cursor=next_cursor)


@router.get("", response_model=list[UserRead])
async def list_users(
    _: Admin,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    # Bounded: past PostgreSQL's bigint it answered 500 (OFFSET out of range).
    offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0,
) -> object:
    """All users, oldest first (admins)."""
    return await users.list_users(session, limit=limit, offset=offset)


@router.patch("/{user_id}", response_model=UserRead)
async def update_user(
    user_id: uuid.UUID, data: AdminUserUpdate, admin: Admin, session: SessionDep
) -> object:
    """Change a user's role or deactivate them (admins); their tokens stop working."""
    return await users.admin_update(session, admin, user_id, data)
